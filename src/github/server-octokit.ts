// How the long-running server's Octokit talks to GitHub, on top of Probot's defaults:
// - request spacing per installation: Probot 14 gives every installation's client the same
//   throttling id, so one busy installation would space everyone's calls (1 s between writes,
//   3 s between new comments); keyed by installation, each is spaced on its own, as GitHub limits it;
// - one retry after a secondary rate limit (403/429 with retry-after), as GitHub asks, where
//   Probot's server settings only log it; beyond that the next event converges;
// - with REDIS_URL, the throttle lanes main.ts hands in (redis/throttle.ts), so replicas share
//   that per-installation spacing;
// - a timeout on every request, so a hung connection turns into an error the retry plugin
//   retries instead of holding an event (and its thread) for minutes.
import type { ProbotOctokit } from "probot";

/** Longest a single GitHub request may take before it is aborted and retried. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** A secondary rate limit asking for a longer wait than this is not retried in-process. */
export const SECONDARY_RETRY_MAX_SECONDS = 60;

type Options = Record<string, any>;
type Log = { warn: (msg: string) => void };

/** The fetch every request goes through: the global fetch, with a timeout unless the caller set a signal. */
export function fetchWithTimeout(ms: number): typeof fetch {
  return (input, init) => globalThis.fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(ms) });
}

/** Retry a secondary rate limit once, when GitHub asks for a short wait. */
export function onSecondaryRateLimit(retryAfter: number, options: Options, octokit: { log: Log }, retryCount = 0): boolean {
  const retry = retryCount < 1 && retryAfter <= SECONDARY_RETRY_MAX_SECONDS;
  octokit.log.warn(
    `GitHub's secondary rate limit on ${options.method} ${options.url}: ${retry ? `retrying in ${retryAfter} s` : "not retrying; the next event will catch up"}`,
  );
  return retry;
}

/** Extra throttle options for each new client (e.g. Redis-backed lanes); none by default. */
export type ThrottleLanes = () => Options;

/** Adds the server's settings to the options Probot builds for one client. */
export function serverOptions(options: Options, timeoutMs = REQUEST_TIMEOUT_MS, lanes: ThrottleLanes = () => ({})): Options {
  const installationId = options.auth?.installationId;
  const throttle =
    options.throttle?.enabled === false
      ? options.throttle
      : {
          ...options.throttle,
          onSecondaryRateLimit,
          ...(installationId !== undefined ? { id: `installation-${installationId}` } : {}),
          ...lanes(),
        };
  return { ...options, throttle, request: { ...options.request, fetch: options.request?.fetch ?? fetchWithTimeout(timeoutMs) } };
}

/** The server's Octokit class: `Base` (Probot's, with our plugins) with serverOptions applied. */
export function withServerSettings(Base: typeof ProbotOctokit, lanes?: ThrottleLanes): typeof ProbotOctokit {
  return class ServerOctokit extends Base {
    constructor(options: Options = {}) {
      super(serverOptions(options, REQUEST_TIMEOUT_MS, lanes));
    }
  } as typeof ProbotOctokit;
}
