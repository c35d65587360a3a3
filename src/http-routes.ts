// Server-side observability around the app function: GET /metrics on Probot's own HTTP
// server, a counter and one structured log line per webhook event, and an Octokit class
// that counts failed GitHub API calls. The app function itself stays unaware of all this.
import type { IncomingMessage, ServerResponse } from "node:http";
import { ProbotOctokit, type ApplicationFunction, type Context, type Probot } from "probot";
import { countGitHubErrors, enableProcessMetrics, metrics, metricsText } from "./metrics.ts";

export const METRICS_PATH = "/metrics";

/** Probot server handler: answers GET /metrics in Prometheus text format; passes anything else on. */
export async function metricsHandler(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const path = (req.url ?? "").split("?")[0];
  if (path !== METRICS_PATH || (req.method !== "GET" && req.method !== "HEAD")) return false;
  const { contentType, body } = await metricsText();
  res.writeHead(200, { "content-type": contentType, "cache-control": "no-store" });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}

/** ProbotOctokit plus the github_api_errors_total counter. Pass it as run()'s `Octokit` option. */
export const MeteredOctokit: typeof ProbotOctokit = ProbotOctokit.plugin(countGitHubErrors);

/** Where an event happened, for logs: repository full name and issue/PR/discussion number. */
export function eventWhere(payload: unknown): { repo?: string; thread?: number } {
  const p = (payload ?? {}) as Record<string, any>;
  const repo = typeof p.repository?.full_name === "string" ? p.repository.full_name : undefined;
  const number = p.issue?.number ?? p.pull_request?.number ?? p.discussion?.number;
  return { repo, thread: typeof number === "number" ? number : undefined };
}

/**
 * Wrap the app function for the long-running server: mounts GET /metrics (when Probot
 * runs with a server), turns on process metrics, counts every event in
 * events_received_total and logs it with delivery id, repo and thread number (never text).
 */
export function withObservability(appFn: ApplicationFunction): ApplicationFunction {
  return async (app: Probot, options) => {
    enableProcessMetrics();
    try {
      options.addHandler(metricsHandler);
    } catch (error) {
      // Probot.load() without a server throws here: nothing to mount the route on.
      app.log.debug({ err: error }, "no HTTP server: /metrics not mounted");
    }
    app.onAny(async (event) => {
      // Probot hands every handler its Context, though onAny's type only names the event.
      const context = event as unknown as Context;
      metrics.recordEvent(context.name);
      const action = (context.payload as { action?: unknown }).action;
      context.log.info(
        { event: context.name, action: typeof action === "string" ? action : undefined, ...eventWhere(context.payload) },
        "webhook event received",
      );
    });
    await appFn(app, options);
  };
}
