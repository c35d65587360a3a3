// Prometheus metrics for the server: one registry, the app's named counters and the
// analysis-duration histogram. Recording is always safe and cheap (the CLI and the Action
// may call it too: nothing is exported unless a server mounts the /metrics route);
// process metrics are switched on only by the server, via enableProcessMetrics().
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import { isConfigReadError } from "./github/config-source.ts";

export const registry = new Registry();

const eventsReceived = new Counter({
  name: "events_received_total",
  help: "GitHub webhook events received, by event name.",
  labelNames: ["event"] as const,
  registers: [registry],
});

const nudgesPosted = new Counter({
  name: "nudges_posted_total",
  help: "Coaching comments created or updated, by kind of nudge.",
  labelNames: ["kind"] as const,
  registers: [registry],
});

const commands = new Counter({
  name: "commands_total",
  help: "Slash commands handled, by command.",
  labelNames: ["command"] as const,
  registers: [registry],
});

const silences = new Counter({
  name: "silences_total",
  help: "Events where the coach decided to say nothing, by reason.",
  labelNames: ["reason"] as const,
  registers: [registry],
});

const githubApiErrors = new Counter({
  name: "github_api_errors_total",
  help: "Failed GitHub API requests (after retries), by HTTP status; 'network' when none, 'graphql' for errors in a 200 GraphQL answer.",
  labelNames: ["status"] as const,
  registers: [registry],
});

const analysisDuration = new Histogram({
  name: "analysis_duration_seconds",
  help: "Time spent analysing one thread, in seconds.",
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});

/** Label values come from our own code, but keep them short and printable whatever happens. */
function label(value: string | number | undefined): string {
  const text = String(value ?? "unknown").replace(/[^\w.:/-]/g, "_");
  return text.length === 0 ? "unknown" : text.slice(0, 64);
}

/** At most this many distinct values per label; later newcomers count as "other". */
export const MAX_LABEL_VALUES = 50;

/** A label guard: a caller passing free text (a reason with numbers in it) cannot blow up the series count. */
function boundedLabel(): (value: string | number | undefined) => string {
  const seen = new Set<string>();
  return (value) => {
    const text = label(value);
    if (seen.has(text)) return text;
    if (seen.size >= MAX_LABEL_VALUES) return "other";
    seen.add(text);
    return text;
  };
}

const eventLabel = boundedLabel();
const kindLabel = boundedLabel();
const commandLabel = boundedLabel();
const reasonLabel = boundedLabel();
const statusLabel = boundedLabel();

/** Seconds since an arbitrary origin, from the monotonic clock. */
function nowSeconds(): number {
  return performance.now() / 1000;
}

/** The small API the app calls. Every method is safe to call anywhere, any number of times. */
export const metrics = {
  /** A webhook event arrived (e.g. "issue_comment"). */
  recordEvent(event: string): void {
    eventsReceived.inc({ event: eventLabel(event) });
  },
  /** The coaching comment was written (e.g. kind "escalation", "open_items", "summary"). */
  recordNudge(kind: string): void {
    nudgesPosted.inc({ kind: kindLabel(kind) });
  },
  /** A slash command was handled (e.g. "summarize", "coach_off"). */
  recordCommand(command: string): void {
    commands.inc({ command: commandLabel(command) });
  },
  /** The coach stayed silent: pass a short fixed code (e.g. "cooldown", "calm", "not_english", "bot"), not prose. */
  recordSilence(reason: string): void {
    silences.inc({ reason: reasonLabel(reason) });
  },
  /** A GitHub API request failed for good; status is the HTTP status ("graphql" for errors in a 200 answer), if any. */
  recordGitHubError(status: number | string | undefined): void {
    githubApiErrors.inc({ status: statusLabel(status ?? "network") });
  },
  /** Record an analysis that took `seconds`. */
  observeAnalysis(seconds: number): void {
    if (Number.isFinite(seconds) && seconds >= 0) analysisDuration.observe(seconds);
  },
  /** Run `analyze` and record how long it took; returns its result (rethrows its error). */
  timeAnalysis<T>(analyze: () => T): T {
    const start = nowSeconds();
    try {
      return analyze();
    } finally {
      analysisDuration.observe(nowSeconds() - start);
    }
  },
};

export type Metrics = typeof metrics;

let processMetricsOn = false;

/** Add Node's default process metrics (CPU, memory, event loop, GC) to the registry, once. */
export function enableProcessMetrics(): void {
  if (processMetricsOn) return;
  processMetricsOn = true;
  collectDefaultMetrics({ register: registry });
}

/** The registry in Prometheus text format, and the content type to serve it with. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}

/** Minimal structural view of an Octokit instance: just its request hooks. */
export interface HookableOctokit {
  // Loosely typed on purpose: Octokit's hook types are generic overloads per hook name.
  hook: { error: (...args: any[]) => void; after: (...args: any[]) => void };
}

/**
 * GraphQL reports most failures inside a 200 answer: the `type` of each error, except
 * NOT_FOUND (a thread or comment that is gone, which the app expects and skips) and the config
 * reads a thread document may miss (an owner without a readable `.github` repository).
 */
export function graphqlFailures(response: { data?: unknown } | undefined, url: string | undefined): string[] {
  if (typeof url !== "string" || !url.endsWith("/graphql")) return [];
  const errors = (response?.data as { errors?: Array<{ type?: string; path?: Array<string | number> }> } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter((e) => !isConfigReadError(e ?? {})).map((e) => e?.type ?? "ERROR").filter((type) => type !== "NOT_FOUND");
}

/**
 * Octokit plugin counting failed requests in github_api_errors_total. Registered after
 * Probot's retry and throttling plugins, so it sees each request's final outcome once.
 * Usage: `ProbotOctokit.plugin(countGitHubErrors)`.
 */
export function countGitHubErrors(octokit: HookableOctokit): void {
  octokit.hook.error("request", (error: { status?: number }, options: { url?: string }) => {
    const status = typeof error?.status === "number" ? error.status : undefined;
    if (!isExpectedMiss(status, options?.url)) metrics.recordGitHubError(status);
    throw error;
  });
  octokit.hook.after("request", (response: { data?: unknown }, options: { url?: string }) => {
    if (graphqlFailures(response, options?.url).length > 0) metrics.recordGitHubError("graphql");
  });
}

/** A 404 on a file read is how a repo without `.github/common-ground.yml` answers: not an error. */
function isExpectedMiss(status: number | undefined, url: string | undefined): boolean {
  return status === 404 && typeof url === "string" && url.includes("/contents/");
}
