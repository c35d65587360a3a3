// A short-lived, per-process memo of each repository's validated config, so a busy thread does
// not re-read `.github/common-ground.yml` (and the org's `.github` fallback) on every event:
// steady state is one GitHub read per event, the thread itself. A changed file applies within
// CONFIG_TTL_MS. Bounded like the analysis cache.
import type { ConfigContext } from "../config/load.ts";
import type { Config } from "../config/schema.ts";
import { BoundedCache } from "./analysis-cache.ts";

/** How long a repository's config is reused before it is read again. */
export const CONFIG_TTL_MS = 5 * 60_000;
/** Repositories remembered at most. */
export const CONFIG_CACHE_ENTRIES = 2_000;

/** The part of a Probot context that names the repository (and installation) an event is about. */
interface RepoContext extends ConfigContext {
  payload?: { repository?: { full_name?: string }; installation?: { id?: number } };
}

export type ConfigLoader = (context: ConfigContext) => Promise<Config>;

/** Wraps a config loader with a per-repository memo that expires after `ttlMs`. */
export function cachedConfigLoader(load: ConfigLoader, now: () => Date, ttlMs = CONFIG_TTL_MS, entries = CONFIG_CACHE_ENTRIES): ConfigLoader {
  const cache = new BoundedCache<string, { at: number; config: Promise<Config> }>(entries);
  return (context) => {
    const payload = (context as RepoContext).payload;
    const repo = payload?.repository?.full_name;
    if (!repo) return load(context);
    const key = `${payload?.installation?.id ?? ""}:${repo.toLowerCase()}`;
    const time = now().getTime();
    const hit = cache.get(key);
    if (hit && time - hit.at < ttlMs) return hit.config;
    const config = load(context);
    cache.set(key, { at: time, config });
    return config;
  };
}
