// Octokit's request spacing shared through Redis. The throttling plugin keeps one Bottleneck
// group per lane (global, auth, search, write, notifications) and one limiter per throttle id;
// the server gives each installation its own id (github/server-octokit.ts), so on Redis the
// write lane of installation 42 is the limiter `octokit-write-installation-42`, shared by every
// replica. The groups here mirror the plugin's lane settings on a Redis connection of their own.
// While Redis is unreachable each new Octokit gets per-process groups instead (a request must
// never wait on Redis), and a fresh set of Redis groups is built once it is back.
import Bottleneck from "bottleneck";
import { Redis } from "ioredis";
import { FAIL_FAST, type RedisLink } from "./link.ts";

/** The plugin's lanes and their settings (@octokit/plugin-throttling). */
const LANES = {
  global: { id: "octokit-global", maxConcurrent: 10 },
  auth: { id: "octokit-auth", maxConcurrent: 1 },
  search: { id: "octokit-search", maxConcurrent: 1, minTime: 2_000 },
  write: { id: "octokit-write", maxConcurrent: 1, minTime: 1_000 },
  notifications: { id: "octokit-notifications", maxConcurrent: 1, minTime: 3_000 },
} as const;

/** Idle limiters (and their Redis keys) are dropped after this long, as in the plugin. */
const LIMITER_TIMEOUT_MS = 2 * 60_000;

type Lanes = Record<keyof typeof LANES, Bottleneck.Group>;

function lanes(connection?: Bottleneck.IORedisConnection): Lanes {
  const common = { timeout: LIMITER_TIMEOUT_MS, ...(connection ? { datastore: "ioredis" as const, connection } : {}) };
  const make = (k: keyof typeof LANES) => new Bottleneck.Group({ ...LANES[k], ...common });
  return { global: make("global"), auth: make("auth"), search: make("search"), write: make("write"), notifications: make("notifications") };
}

/** Throttle options for each new Octokit: Redis-backed lanes while `link` is available. */
export function sharedThrottle(link: RedisLink): () => Record<string, unknown> {
  const local = lanes();
  let shared: { connection: Bottleneck.IORedisConnection; lanes: Lanes } | undefined;

  link.onChange((available) => {
    if (available || !shared) return;
    // Limiters created on this connection may be broken by the outage: start afresh later.
    shared.connection.disconnect(false).catch(() => undefined);
    shared = undefined;
  });

  return () => {
    if (!link.available) return { Bottleneck, connection: undefined, ...local };
    if (!shared) {
      // Its own client (and Bottleneck's subscriber copy of it), so dropping it leaves the link's.
      const connection = new Bottleneck.IORedisConnection({ Redis, client: new Redis(link.url, FAIL_FAST) });
      connection.on("error", () => undefined); // the link reports outages, once
      shared = { connection, lanes: lanes(connection) };
    }
    return { Bottleneck, connection: shared.connection, ...shared.lanes };
  };
}
