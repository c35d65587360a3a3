// When the server refreshes digests: every opted-in repository it knows of on its schedule
// (`digest.scheduleHours`, checked every TICK_MS), and `digest.debounceMinutes` after a thread's
// latest event (each new event pushes the refresh back, so a busy hour costs one refresh). A
// repository becomes known from a thread event whose config opts in, or from the sweep of the
// installations' repositories (digest-events.ts) that reads each one's config. With REDIS_URL each refresh is claimed per repository and slot, so exactly one
// replica does it. Timers and the clock are injected for tests.
import type { Config } from "../config/schema.ts";
import type { SharedClaim } from "../redis/claim.ts";

/** How often the schedule is checked. */
export const TICK_MS = 5 * 60_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export interface DigestRepo {
  owner: string;
  repo: string;
  installationId?: number;
}

export type DigestReason = "schedule" | "activity" | "refresh-checkbox";

export interface SchedulerClock {
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
}

export const realClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  setInterval: (fn, ms) => {
    const t = setInterval(fn, ms);
    t.unref?.();
    return t;
  },
  clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
};

interface Entry extends DigestRepo {
  scheduleMs: number;
  debounceMs: number;
  lastRun?: number;
  timer?: unknown;
}

const keyOf = (r: DigestRepo) => `${r.owner}/${r.repo}`.toLowerCase();

export class DigestScheduler {
  private readonly repos = new Map<string, Entry>();
  private interval?: unknown;
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly run: (repo: DigestRepo, reason: DigestReason) => Promise<void>,
    private readonly clock: SchedulerClock = realClock,
    private readonly claim?: SharedClaim,
  ) {}

  /** Repositories known to have the digest on. */
  known(): string[] {
    return [...this.repos.keys()];
  }

  /** A thread event in `repo` was handled with this config: remember the repository and debounce a refresh. */
  noteActivity(repo: DigestRepo, config: Config): void {
    const entry = this.remember(repo, config);
    if (entry === undefined || entry.debounceMs <= 0) return; // newly known: the next tick refreshes it
    // The debounced refresh below comes first; the schedule counts from it.
    if (entry.lastRun === undefined) entry.lastRun = this.clock.now();
    if (entry.timer !== undefined) this.clock.clearTimeout(entry.timer);
    entry.timer = this.clock.setTimeout(() => {
      entry.timer = undefined;
      this.fire(entry, "activity");
    }, entry.debounceMs);
  }

  /** The sweep found `repo` with this config: remember it (no debounce: the next tick refreshes it when due). */
  discover(repo: DigestRepo, config: Config): void {
    this.remember(repo, config);
  }

  /** Keep `repo` with its config's timings, or forget it (and its pending refresh) when the digest is off; the entry kept, if any. */
  private remember(repo: DigestRepo, config: Config): Entry | undefined {
    const key = keyOf(repo);
    const existing = this.repos.get(key);
    if (!config.enabled || !config.digest.enabled) {
      if (existing?.timer !== undefined) this.clock.clearTimeout(existing.timer);
      this.repos.delete(key);
      return undefined;
    }
    const entry: Entry = { ...existing, ...repo, scheduleMs: config.digest.scheduleHours * HOUR_MS, debounceMs: config.digest.debounceMinutes * MINUTE_MS };
    this.repos.set(key, entry);
    return entry;
  }

  /** Run every known repository whose schedule is due. */
  tick(): void {
    const now = this.clock.now();
    for (const entry of this.repos.values()) {
      if (entry.lastRun === undefined || now - entry.lastRun >= entry.scheduleMs) this.fire(entry, "schedule");
    }
  }

  start(tickMs = TICK_MS): void {
    if (this.interval === undefined) this.interval = this.clock.setInterval(() => this.tick(), tickMs);
  }

  /** Stop the timers and wait for refreshes under way. */
  async stop(): Promise<void> {
    if (this.interval !== undefined) this.clock.clearInterval(this.interval);
    this.interval = undefined;
    for (const entry of this.repos.values()) if (entry.timer !== undefined) this.clock.clearTimeout(entry.timer);
    await Promise.allSettled([...this.running]);
  }

  /** Settles when every refresh started so far has ended (tests). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private fire(entry: Entry, reason: DigestReason): void {
    const now = this.clock.now();
    entry.lastRun = now;
    // One replica per repository and slot: the schedule's slot, or the debounce window's.
    const span = reason === "schedule" ? entry.scheduleMs : Math.max(entry.debounceMs, MINUTE_MS);
    const slot = `digest:${keyOf(entry)}:${reason}:${Math.floor(now / span)}`;
    const repo: DigestRepo = { owner: entry.owner, repo: entry.repo, ...(entry.installationId !== undefined ? { installationId: entry.installationId } : {}) };
    this.track(
      (async () => {
        if (this.claim && !(await this.claim(slot, span))) return;
        await this.run(repo, reason);
      })(),
    );
  }

  private track(p: Promise<void>): Promise<void> {
    const settled = p.catch(() => {});
    this.running.add(settled);
    void settled.finally(() => this.running.delete(settled));
    return settled;
  }
}
