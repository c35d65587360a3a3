// The digest's part of the app function: the "refresh now" checkbox (an edit of the app's own
// digest issue or discussion that ticks it, by a person), and on the server the scheduler (a
// refresh per opted-in repository on its schedule and soon after its threads change, and a sweep
// of the installations' repositories, SWEEP_DELAY_MS after start and then daily, that reads each
// one's config so a quiet repository is refreshed after a restart too: one request per repository).
import type { Probot } from "probot";
import { refreshRequested } from "../render/digest-marker.ts";
import type { AppDeps } from "./deps.ts";
import { listInstallationIds, listInstallationRepos, readConfigSource, type GitHubClient } from "../github/index.ts";
import { configContext, refreshDigest } from "./digest-refresh.ts";
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
/** The first sweep after start, and then one a day. */
export const SWEEP_DELAY_MS = 60_000;
export const SWEEP_EVERY_MS = 24 * 3_600_000;

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
  const sweep = async () => {
    try {
      for (const id of await listInstallationIds((await app.auth()) as unknown as GitHubClient)) {
        const gh = (await app.auth(id)) as unknown as GitHubClient;
        for (const r of await listInstallationRepos(gh)) {
          try {
            const config = await deps.loadConfig(configContext({ ...r, installationId: id, octokit: gh, log: app.log }), await readConfigSource(gh, r));
            scheduler.discover({ ...r, installationId: id }, config);
          } catch (err) {
            app.log.warn({ repo: `${r.owner}/${r.repo}`, err }, "digest sweep: could not read this repository's config");
          }
        }
      }
      app.log.debug({ known: scheduler.known().length }, "digest sweep done");
    } catch (err) {
      app.log.warn({ err }, "digest sweep: could not list the installations' repositories; repositories become known from their events");
    }
  };
  clock.setTimeout(() => {
    void sweep();
    clock.setInterval(() => void sweep(), SWEEP_EVERY_MS);
  }, SWEEP_DELAY_MS);
  scheduler.start(tickMs);
  return scheduler;
}
