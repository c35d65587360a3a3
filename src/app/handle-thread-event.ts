// The one handler every event goes through, as a numbered pipeline:
//   1 skip bots and locked threads  2 load the thread (its config file comes with it)
//   3 resolve the config  4 find our comment  5 analyze  6 plan (commands + policy)
//   7 remove duplicates  8 write once (compose the message, render it)  9 acknowledge a command with 👀 only when step 8 wrote
//   nothing (the written answer is the acknowledgement: at most one write per event, besides
//   deleting a duplicate after a race). A thread that vanished is logged and skipped; no error
//   ever escapes to crash the process.
import { humanComments } from "../analysis/report.ts";
import { composeCoachingComment } from "../coach/comment.ts";
import { planEvent } from "../coach/plan.ts";
import type { ConfigContext } from "../config/load.ts";
import type { Config } from "../config/schema.ts";
import { addReaction, createComment, deleteComment, isNotFoundError, loadThreadWithStats, updateComment, type GitHubClient } from "../github/index.ts";
import { renderCoachingComment } from "../render/coaching-comment.ts";
import type { Comment, Thread } from "../thread/model.ts";
import { metrics } from "../metrics.ts";
import type { AppDeps } from "./deps.ts";
import { findCoachingComment } from "./find-coaching-comment.ts";
import type { ThreadEvent } from "./thread-event.ts";
import { withThreadLock } from "./thread-lock.ts";

type Log = (obj: Record<string, unknown>, msg: string) => void;

/** The parts of a Probot context the handler uses. */
export interface HandlerContext extends ConfigContext {
  octokit: unknown;
  log: ConfigContext["log"] & { debug: Log; error: Log };
}

/**
 * The loaded thread's copy of the comment that woke the app. Webhooks may carry a node id in
 * GitHub's older format while GraphQL answers in the newer one, so the REST id decides.
 */
function triggerComment(thread: Thread, event: ThreadEvent): Comment | undefined {
  const wanted = event.comment;
  if (!wanted) return undefined;
  return thread.comments.find((c) => (wanted.databaseId !== undefined && c.databaseId === wanted.databaseId) || c.id === wanted.id);
}

/** Sentence embeddings of the latest turns for the second tone stage; undefined (fast stage alone) when there is no embedder or it fails. */
async function embedLatest(deps: AppDeps, thread: Thread, ignoreUsers: string[], log: (msg: string) => void): Promise<Map<string, Float32Array> | undefined> {
  if (!deps.embed) return undefined;
  try {
    return await deps.embed(humanComments(thread, ignoreUsers));
  } catch (err) {
    log(`second tone stage skipped: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

async function run(context: HandlerContext, event: ThreadEvent, deps: AppDeps): Promise<Config | undefined> {
  const gh = context.octokit as GitHubClient;
  const where = { event: event.name, thread: `${event.ref.owner}/${event.ref.repo}#${event.ref.number}` };
  const { thread, configSource, requests } = await loadThreadWithStats(gh, event.ref);
  if (thread.locked) {
    context.log.debug(where, "skipped: thread is locked");
    return undefined;
  }
  const config = await deps.loadConfig(context, configSource);
  const ours = findCoachingComment(thread);
  const now = deps.now();
  const embeddings = await embedLatest(deps, thread, config.ignore.users, (msg) => context.log.debug(where, msg));
  const report = metrics.timeAnalysis(() => deps.analyze(thread, { now, sensitivity: config.sensitivity, ignoreUsers: config.ignore.users, embeddings }));
  const loaded = triggerComment(thread, event);
  // Commands are remembered by the thread's id of their comment, the same id on every event.
  const comment = event.comment && loaded ? { ...event.comment, id: loaded.id } : event.comment;
  const plan = planEvent({ thread, report, config, state: ours.state, comment, now });
  for (const c of plan.commands) metrics.recordCommand(c.command);
  if (plan.decision.speak === "silence") metrics.recordSilence(plan.decision.silenceCode ?? "other");
  context.log.debug({ ...where, decision: plan.decision, commands: plan.commands, write: plan.write, readRequests: requests }, `coach: ${plan.decision.speak} (${plan.decision.reason})`);

  for (const extra of ours.extras) {
    await ignoreNotFound(() => deleteComment(gh, thread, extra));
    context.log.debug({ ...where, deleted: extra.id }, "removed a duplicate coaching comment");
  }
  const wrote = await writeOnce();
  if (plan.react && !wrote && event.comment) {
    const target = loaded ?? ({ id: event.comment.id } as Comment);
    await addReaction(gh, thread, target, "EYES");
  }
  return config;

  /** Create or update the coaching comment when the plan (or a removed duplicate) needs it; true when written. */
  async function writeOnce(): Promise<boolean> {
    // After removing a duplicate, write once so the kept comment carries the merged state.
    if (!plan.write && ours.extras.length === 0) return false;
    const body = renderCoachingComment(composeCoachingComment({ state: plan.state, report, thread, config, now, notice: plan.notice }));
    if (!ours.comment) {
      await createComment(gh, thread, body);
    } else if (ours.comment.body !== body) {
      await updateComment(gh, thread, ours.comment, body);
    } else return false;
    metrics.recordNudge(plan.decision.speak !== "silence" ? plan.decision.speak : "answer");
    return true;
  }
}

async function ignoreNotFound(call: () => Promise<void>): Promise<void> {
  try {
    await call();
  } catch (err) {
    if (!isNotFoundError(err)) throw err;
  }
}

/** Handle one thread event; serialised per thread (across replicas with a shared lock). Never throws. */
export async function handleThreadEvent(context: HandlerContext, event: ThreadEvent, deps: AppDeps): Promise<void> {
  const where = { event: event.name, thread: `${event.ref.owner}/${event.ref.repo}#${event.ref.number}` };
  if (event.senderIsBot || event.comment?.author.isBot) {
    metrics.recordSilence("bot");
    return context.log.debug(where, "skipped: written by a bot");
  }
  if (event.locked) {
    metrics.recordSilence("locked");
    return context.log.debug(where, "skipped: thread is locked");
  }
  const key = `${event.ref.owner}/${event.ref.repo}#${event.ref.number}`.toLowerCase();
  try {
    const config = await withThreadLock(key, () => run(context, event, deps), deps.sharedLock);
    context.log.debug(where, "event handled");
    // The repository's digest (if it has one) is refreshed soon after its threads change.
    if (config) deps.afterThread?.(context, event, config);
  } catch (err) {
    if (isNotFoundError(err)) {
      context.log.info({ ...where, err: String(err) }, "skipped: the thread or comment no longer exists");
      return;
    }
    context.log.error({ ...where, err }, "coaching failed for this event; the next event will converge");
  }
}
