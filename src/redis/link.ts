// The process's connection to Redis (REDIS_URL): the thread lock runs on it, and the throttle
// lanes (throttle.ts) go by its view of whether Redis is usable right now. Set up so Redis can
// never hold an event: no offline queue (a command while disconnected fails at once), no retry
// of a command cut off by a dropped connection, short connect and command timeouts; ioredis
// keeps reconnecting in the background. An outage is
// logged once (a warning) and its end once (info), however many events arrive in between.
import { Redis, type RedisOptions } from "ioredis";

export interface LinkLog {
  warn: (obj: Record<string, unknown>, msg: string) => void;
  info: (obj: Record<string, unknown>, msg: string) => void;
}

/** ioredis settings that turn an unreachable Redis into a quick error instead of a wait. */
export const FAIL_FAST: RedisOptions = {
  connectTimeout: 1_000,
  commandTimeout: 1_000,
  maxRetriesPerRequest: 0,
  enableOfflineQueue: false,
  // Reconnect forever, at most every 2 s, so Redis is used again soon after it returns.
  retryStrategy: (times: number) => Math.min(100 * times, 2_000),
};

/** The URL without a password, for logs. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable REDIS_URL)";
  }
}

export class RedisLink {
  readonly client: Redis;
  private down = false;
  private readonly listeners = new Set<(available: boolean) => void>();

  constructor(
    readonly url: string,
    private readonly log: LinkLog,
    options: RedisOptions = {},
  ) {
    this.client = new Redis(url, { ...FAIL_FAST, ...options });
    this.client.on("error", (err: Error) => this.lost(err));
    this.client.on("close", () => this.lost(new Error("connection closed")));
    this.client.on("ready", () => this.back());
  }

  /** True while the connection is ready: callers use Redis; otherwise they fall back. */
  get available(): boolean {
    return this.client.status === "ready";
  }

  /** Called when the connection or a command failed: warns once per outage. */
  lost(err: unknown): void {
    if (this.down) return;
    this.down = true;
    this.log.warn(
      { redis: redactedUrl(this.url), err: err instanceof Error ? err.message : String(err) },
      "Redis is unreachable: threads are locked per process and duplicates repaired on the next event until it is back",
    );
    for (const f of this.listeners) f(false);
  }

  /** Runs `f` with false when an outage starts and true when Redis is ready again. */
  onChange(f: (available: boolean) => void): void {
    this.listeners.add(f);
  }

  private back(): void {
    if (this.down) this.log.info({ redis: redactedUrl(this.url) }, "Redis is reachable again: threads are locked across replicas");
    this.down = false;
    for (const f of this.listeners) f(true);
  }

  /** Close the connection (tests and shutdown). */
  async close(): Promise<void> {
    this.listeners.clear();
    this.client.removeAllListeners("close");
    this.client.removeAllListeners("error");
    this.client.on("error", () => undefined);
    this.client.disconnect();
  }
}
