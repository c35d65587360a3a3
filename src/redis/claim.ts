// A one-shot claim across replicas: `SET key replica NX PX ttl`. The first replica to claim a
// key (a repository's digest refresh for one schedule slot) does the work; the others skip it.
// When Redis is unreachable every replica claims (each process then refreshes on its own; the
// digest page is still found and edited in place, never duplicated).
import { randomUUID } from "node:crypto";
import type { RedisLink } from "./link.ts";

export const CLAIM_PREFIX = "common-ground:claim:";

/** True when this replica got `key` for the next `ttlMs`. */
export type SharedClaim = (key: string, ttlMs: number) => Promise<boolean>;

export function redisClaim(link: RedisLink): SharedClaim {
  const me = randomUUID();
  return async (key, ttlMs) => {
    if (!link.available) return true;
    try {
      return (await link.client.set(CLAIM_PREFIX + key, me, "PX", Math.max(1, Math.round(ttlMs)), "NX")) === "OK";
    } catch (err) {
      link.lost(err);
      return true;
    }
  };
}
