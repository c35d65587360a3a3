// A short-lived, per-process memo of each repository's validated config, keyed by what the
// thread query found (the file's text, by hash): an unchanged file is parsed, and a bad one
// warned about, once per CONFIG_TTL_MS; an edited file applies at once. For a file that uses
// `_extends` it also spares the REST reads of context.config on every event. Bounded like the
// analysis cache.
import { createHash } from "node:crypto";
import type { ConfigContext } from "../config/load.ts";
import type { Config } from "../config/schema.ts";
import type { ConfigSource } from "../github/index.ts";
import { BoundedCache } from "./analysis-cache.ts";

/** How long a repository's config is reused before it is resolved again. */
export const CONFIG_TTL_MS = 5 * 60_000;
/** Repositories remembered at most. */
export const CONFIG_CACHE_ENTRIES = 2_000;

/** The part of a Probot context that names the repository (and installation) an event is about. */
interface RepoContext extends ConfigContext {
  payload?: { repository?: { full_name?: string }; installation?: { id?: number } };
}

export type ConfigLoader = (context: ConfigContext, source: ConfigSource) => Promise<Config>;

function sourceKey(source: ConfigSource): string {
  if (source.kind !== "file") return source.kind;
  return `file:${source.repository.toLowerCase()}:${createHash("sha256").update(source.text).digest("base64")}`;
}

/** Wraps a config loader with a per-repository memo that expires after `ttlMs`. */
export function cachedConfigLoader(load: ConfigLoader, now: () => Date, ttlMs = CONFIG_TTL_MS, entries = CONFIG_CACHE_ENTRIES): ConfigLoader {
  const cache = new BoundedCache<string, { at: number; version: string; config: Promise<Config> }>(entries);
  return (context, source) => {
    const payload = (context as RepoContext).payload;
    const repo = payload?.repository?.full_name;
    if (!repo) return load(context, source);
    const key = `${payload?.installation?.id ?? ""}:${repo.toLowerCase()}`;
    const time = now().getTime();
    const version = sourceKey(source);
    const hit = cache.get(key);
    if (hit && hit.version === version && time - hit.at < ttlMs) return hit.config;
    const config = load(context, source);
    cache.set(key, { at: time, version, config });
    return config;
  };
}
