// The digest's part of the app function: the "refresh now" checkbox (an edit of the app's own
// digest issue or discussion that ticks it, by a person), and on the server the scheduler (a
// refresh per opted-in repository on its schedule and soon after its threads change).
import type { Probot } from "probot";
import { refreshRequested } from "../render/digest-marker.ts";
import type { AppDeps } from "./deps.ts";
import { refreshDigest } from "./digest-refresh.ts";
import { DigestScheduler, realClock, type DigestReason, type DigestRepo } from "./digest-scheduler.ts";

interface EditedPage {
  issue?: { body?: string | null; user?: { type?: string } | null };
  discussion?: { body?: string | null; user?: { type?: string } | null };
  sender?: { type?: string };
  repository?: { name?: string; owner?: { login?: string } };
  installation?: { id?: number };
}

/** The repository and installation a payload is about. */
function repoOf(payload: EditedPage): DigestRepo | undefined {
  const owner = payload.repository?.owner?.login;
  const repo = payload.repository?.name;
  if (!owner || !repo) return undefined;
  return { owner, repo, ...(payload.installation?.id !== undefined ? { installationId: payload.installation.id } : {}) };
}

/** A person ticked the checkbox of a page a bot wrote (publish re-checks that it is the app's digest). */
export function asksForRefresh(payload: EditedPage): boolean {
  const page = payload.issue ?? payload.discussion;
  return Boolean(page && page.user?.type === "Bot" && payload.sender?.type !== "Bot" && refreshRequested(page.body));
}

/** Wires the checkbox and, when deps.digestSchedule is set, the scheduler; returns the scheduler. */
export function registerDigest(app: Probot, deps: AppDeps): DigestScheduler | undefined {
  const run = async (repo: DigestRepo, reason: DigestReason, octokit?: unknown) => {
    const client = octokit ?? (await app.auth(repo.installationId));
    await refreshDigest({ ...repo, octokit: client, log: app.log, reason }, deps);
  };

  app.on(["issues.edited", "discussion.edited"], async (context) => {
    const payload = context.payload as EditedPage;
    const repo = repoOf(payload);
    if (!repo || !asksForRefresh(payload)) return;
    await run(repo, "refresh-checkbox", context.octokit);
  });

  if (!deps.digestSchedule) return undefined;
  const { claim, clock = realClock, tickMs } = deps.digestSchedule;
  const scheduler = new DigestScheduler((repo, reason) => run(repo, reason), clock, claim);
  const previous = deps.afterThread;
  deps.afterThread = (context, event, config) => {
    previous?.(context, event, config);
    const repo = repoOf((context as { payload?: EditedPage }).payload ?? {});
    if (repo) scheduler.noteActivity(repo, config);
  };
  scheduler.start(tickMs);
  return scheduler;
}
