// GitHub Actions entry: runs the same Probot app function on the workflow's event, with a
// Probot instance authenticated by the workflow's token. No server and no App credentials:
// `action.yml` points the Node 20 runtime at the bundle of this file (dist/action/index.js).
import { readFile } from "node:fs/promises";
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { Probot, ProbotOctokit, type ApplicationFunction, type Logger } from "probot";
import { createLog } from "./logger.ts";
import { isConfigReadError } from "./github/index.ts";
import { eventWhere } from "./http-routes.ts";
import { graphqlFailures, type HookableOctokit } from "./metrics.ts";

/** What the entry did, for the log and the exit code. */
export interface ActionOutcome {
  ok: boolean;
  /** Event name with action, e.g. "issue_comment.created". */
  event: string;
  message: string;
  /** Succeeded, but with something the user should see (shown as a workflow warning). */
  warning?: boolean;
}

/** The settings the Actions runner provides, read once from the environment. */
export interface ActionSettings {
  eventName: string;
  eventPath: string;
  token: string;
  repository: string;
  apiUrl: string;
  deliveryId: string;
}

/** Read the runner's environment; a missing variable is an error message, not an exception. */
export function readActionSettings(env: NodeJS.ProcessEnv): ActionSettings | { error: string } {
  const token = env["INPUT_GITHUB-TOKEN"] || env.INPUT_GITHUB_TOKEN || env.GITHUB_TOKEN || "";
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const eventPath = env.GITHUB_EVENT_PATH ?? "";
  const missing = [
    !eventName && "GITHUB_EVENT_NAME",
    !eventPath && "GITHUB_EVENT_PATH",
    !token && "the github-token input (or GITHUB_TOKEN)",
  ].filter(Boolean);
  if (missing.length > 0) return { error: `missing ${missing.join(", ")}: is this running inside GitHub Actions?` };
  return {
    eventName,
    eventPath,
    token,
    repository: env.GITHUB_REPOSITORY ?? "",
    // GraphQL goes to GITHUB_GRAPHQL_URL's place automatically: Octokit derives it from the
    // REST base (https://api.github.com/graphql, or https://HOST/api/graphql on GHES).
    apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    deliveryId: env.GITHUB_RUN_ID ? `actions-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? "1"}` : `actions-${Date.now()}`,
  };
}

export interface RunActionOptions {
  env?: NodeJS.ProcessEnv;
  /** Logger to use instead of Probot's default (tests pass a silent one). */
  log?: Logger;
  /** Octokit class (defaults to ProbotOctokit). */
  Octokit?: typeof ProbotOctokit;
}

/** Run `appFn` on the workflow's event. Never throws: failures come back as `ok: false`. */
export async function runAction(appFn: ApplicationFunction, options: RunActionOptions = {}): Promise<ActionOutcome> {
  const env = options.env ?? process.env;
  const settings = readActionSettings(env);
  if ("error" in settings) return { ok: false, event: "unknown", message: settings.error };

  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(await readFile(settings.eventPath, "utf8"));
  } catch (error) {
    return { ok: false, event: settings.eventName, message: `cannot read the event file: ${(error as Error).message}` };
  }
  const action = typeof payload.action === "string" ? payload.action : undefined;
  const event = action ? `${settings.eventName}.${action}` : settings.eventName;
  const { repo, thread } = eventWhere(payload);
  const where = `${repo ?? settings.repository}${thread === undefined ? "" : `#${thread}`}`;

  // The app logs and swallows its own errors (it converges on the next event), so failed
  // GitHub calls are watched here too: they are what a workflow run must report.
  const failures: ApiFailure[] = [];
  try {
    const probot = new Probot({
      githubToken: settings.token,
      baseUrl: settings.apiUrl,
      log: options.log ?? (await createLog(env)), // redacting logger (logger.ts)
      logLevel: (env.LOG_LEVEL as "info" | undefined) ?? "info",
      logFormat: env.LOG_FORMAT === "json" ? "json" : "pretty",
      Octokit: (options.Octokit ?? ProbotOctokit).plugin(recordFailures(failures)),
    });
    await probot.ready();
    await probot.load(appFn, { cwd: process.cwd(), addHandler: () => {} });
    probot.log.info({ id: settings.deliveryId, event, repo: repo ?? settings.repository, thread }, "handling workflow event");
    if (DIGEST_EVENTS.includes(settings.eventName)) return await runDigest(probot, settings, event);
    await probot.receive({ id: settings.deliveryId, name: settings.eventName, payload } as Parameters<Probot["receive"]>[0]);
  } catch (error) {
    return { ok: false, event, message: `failed on ${event} for ${where}: ${describeError(error)}` };
  }
  if (failures.length === 0) return { ok: true, event, message: `handled ${event} on ${where}` };
  const detail = failures.map((f) => `${f.request}: ${f.message}${f.status ? ` (HTTP ${f.status})` : ""}`).join("; ");
  if (failures.every((f) => f.status === 403) && isFromFork(payload)) {
    return { ok: true, event, message: `read-only token on a pull request from a fork, nothing written on ${where} (${detail})`, warning: true };
  }
  return { ok: false, event, message: `GitHub refused a request on ${where}: ${detail}` };
}

/** Workflow events with no thread: a `schedule:` (or a manual run) refreshes the repository digest. */
const DIGEST_EVENTS = ["schedule", "workflow_dispatch"];

/** Refresh GITHUB_REPOSITORY's digest (app/digest-refresh.ts) with the workflow's token. */
async function runDigest(probot: Probot, settings: ActionSettings, event: string): Promise<ActionOutcome> {
  const [owner, repo] = settings.repository.split("/");
  if (!owner || !repo) return { ok: false, event, message: "GITHUB_REPOSITORY is not set: cannot tell which repository's digest to refresh" };
  const { refreshDigest } = await import("./app/digest-refresh.ts");
  const { defaultDeps } = await import("./app/deps.ts");
  const result = await refreshDigest({ owner, repo, octokit: await probot.auth(), log: probot.log, reason: "action" }, defaultDeps());
  const where = `${owner}/${repo}`;
  if (result.outcome === "failed") return { ok: false, event, message: `the digest of ${where} could not be refreshed (${result.requests} GitHub requests; see the log)` };
  if (result.outcome === "off") return { ok: true, event, message: `the digest is off in ${where}'s config: set digest.enabled: true in .github/common-ground.yml`, warning: true };
  return { ok: true, event, message: `digest of ${where} ${result.outcome} (${result.requests} GitHub requests)` };
}

interface ApiFailure {
  request: string;
  status?: number;
  message: string;
}

/** Octokit plugin: remember every request that failed for good, except "not found" (a thread or comment gone). */
function recordFailures(failures: ApiFailure[]) {
  return (octokit: HookableOctokit) => {
    const request = (options: { method?: string; url?: string }) => `${options?.method ?? "?"} ${options?.url ?? "?"}`;
    octokit.hook.error("request", (error: { status?: number; message?: string }, options: { method?: string; url?: string }) => {
      if (error?.status !== 404) failures.push({ request: request(options), status: error?.status, message: String(error?.message ?? error) });
      throw error;
    });
    // GraphQL answers 200 with an `errors` list (FORBIDDEN when a permission is missing). A
    // config file the token may not read (the owner's `.github` repository) is not a failure:
    // the app warns and runs on the defaults, as with a REST 404.
    octokit.hook.after("request", (response: { data?: unknown }, options: { method?: string; url?: string }) => {
      const types = graphqlFailures(withoutConfigReadErrors(response), options?.url);
      if (types.length > 0) failures.push({ request: request(options), message: `GraphQL ${types.join(", ")}`, status: types.every((t) => t === "FORBIDDEN") ? 403 : undefined });
    });
  };
}

/** The response with the config-read errors the app tolerates left out of its GraphQL `errors`. */
function withoutConfigReadErrors(response: { data?: unknown }): { data?: unknown } {
  const errors = (response?.data as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return response;
  return { ...response, data: { ...(response.data as object), errors: errors.filter((e) => !isConfigReadError(e ?? {})) } };
}

/** Pull-request events from a fork get a read-only workflow token: writing is impossible there. */
function isFromFork(payload: Record<string, any>): boolean {
  const pr = payload.pull_request;
  return Boolean(pr?.head?.repo && pr.base?.repo && pr.head.repo.full_name !== pr.base.repo.full_name);
}

/** One line per underlying error (Probot wraps handler failures in an AggregateError). */
function describeError(error: unknown): string {
  const errors = error instanceof AggregateError && error.errors.length > 0 ? error.errors : [error];
  return errors
    .map((e) => {
      const status = (e as { status?: unknown })?.status;
      const text = e instanceof Error ? e.message : String(e);
      return typeof status === "number" ? `${text} (HTTP ${status})` : text;
    })
    .join("; ");
}

/** Entry point of the bundle: run the app on this workflow's event and set the exit code. */
export async function main(): Promise<void> {
  const { default: app } = await import("./index.ts");
  const outcome = await runAction(app);
  if (outcome.ok && outcome.warning) {
    console.log(`::warning title=Common Ground::${outcome.message.replace(/\r?\n/g, " ")}`);
  } else if (outcome.ok) {
    console.log(`Common Ground: ${outcome.message}`);
  } else {
    // A workflow command, so the failure shows as an annotation on the run.
    console.log(`::error title=Common Ground::${outcome.message.replace(/\r?\n/g, " ")}`);
    process.exitCode = 1;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isEntryPoint()) await main();
