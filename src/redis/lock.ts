// The per-thread lock across replicas: `SET key token NX PX ttl` takes it, a renewal every
// ttl/3 keeps it while the task runs, and only the holder releases it (compare-and-delete in
// one Lua script, so a lock that expired and was taken by another replica is never deleted).
// A replica that crashes holding a lock blocks that thread for at most `ttlMs`. Waiters poll
// with a growing, capped delay for at most `waitMs`, then run anyway (the handler's duplicate
// repair converges). When Redis is unreachable the task runs at once: callers keep their
// in-process lock in front, so each process still handles a thread one event at a time.
import { randomUUID } from "node:crypto";
import type { RedisLink } from "./link.ts";

/** Deletes the key only if it still holds our token. */
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;
/** Extends the key's expiry only if it still holds our token. */
const RENEW = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;

export const LOCK_PREFIX = "common-ground:thread-lock:";

export interface LockTimings {
  /** How long a lock outlives a holder that stopped renewing it (crash, lost connection). */
  ttlMs: number;
  /** Longest a waiter waits before running without the lock. */
  waitMs: number;
  /** First and largest pause between two attempts of a waiter. */
  pollMs: number;
  maxPollMs: number;
}

export const DEFAULT_TIMINGS: LockTimings = { ttlMs: 10_000, waitMs: 60_000, pollMs: 20, maxPollMs: 250 };

export interface LockLog {
  warn: (obj: Record<string, unknown>, msg: string) => void;
  debug: (obj: Record<string, unknown>, msg: string) => void;
}

export type SharedLock = <T>(key: string, task: () => Promise<T>) => Promise<T>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A lock function over `link`; `key` names the thread (e.g. "acme/widgets#12"). */
export function redisLock(link: RedisLink, log: LockLog, timings: LockTimings = DEFAULT_TIMINGS): SharedLock {
  const { ttlMs, waitMs, pollMs, maxPollMs } = timings;

  /** true: ours; false: still held by another after waitMs; undefined: Redis failed. */
  async function acquire(name: string, token: string): Promise<boolean | undefined> {
    const deadline = Date.now() + waitMs;
    let pause = pollMs;
    for (;;) {
      if (!link.available) return undefined;
      try {
        if ((await link.client.set(name, token, "PX", ttlMs, "NX")) === "OK") return true;
      } catch (err) {
        link.lost(err);
        return undefined;
      }
      if (Date.now() + pause > deadline) return false;
      await sleep(pause + Math.random() * pause);
      pause = Math.min(maxPollMs, Math.ceil(pause * 1.5));
    }
  }

  return async function withRedisLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    const name = LOCK_PREFIX + key;
    const token = randomUUID();
    const held = await acquire(name, token);
    if (held === false) log.warn({ lock: name, waitedMs: waitMs }, "thread lock still held by another replica after the longest wait: going ahead");
    if (!held) return task();
    const renewal = setInterval(() => {
      link.client.eval(RENEW, 1, name, token, String(ttlMs)).then(
        (ok) => ok === 1 || log.debug({ lock: name }, "thread lock expired before renewal"),
        (err: unknown) => link.lost(err),
      );
    }, Math.max(1, Math.floor(ttlMs / 3)));
    try {
      return await task();
    } finally {
      clearInterval(renewal);
      // Not ours any more (expired, or Redis restarted): nothing to release. A failed release
      // leaves the key to expire within ttlMs.
      await link.client.eval(RELEASE, 1, name, token).catch((err: unknown) => link.lost(err));
    }
  };
}
