// The process's Redis, when REDIS_URL is set: one link, created by the app function with the
// app's logger, and the throttle options built on it for every new Octokit (main.ts).
import { RedisLink, type LinkLog } from "./link.ts";
import { sharedThrottle } from "./throttle.ts";

let link: RedisLink | undefined;
let throttle: (() => Record<string, unknown>) | undefined;

/** The process's link to REDIS_URL (created on the first call), or undefined without REDIS_URL. */
export function sharedRedis(log: LinkLog, url = process.env.REDIS_URL): RedisLink | undefined {
  if (!url) return undefined;
  link ??= new RedisLink(url, log);
  return link;
}

/** Throttle options for a new Octokit: Redis-backed lanes once the link exists, else none. */
export function sharedThrottleOptions(): Record<string, unknown> {
  if (!link) return {};
  throttle ??= sharedThrottle(link);
  return throttle();
}
