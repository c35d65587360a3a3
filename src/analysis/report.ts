// Whole-thread analysis: reads every person's comment once (memoisable per comment), then
// assembles the ThreadReport — heat and escalation, open questions and concerns, agreements,
// decisions, action items, scope growth, participants and the thread's language.
import type { Comment, Thread } from "../thread/model.ts";
import type { ActionItem, Sensitivity, ThreadReport, ThreadStatus } from "./types.ts";
import { analyzeComment, commentCacheKey, type CommentFeatures } from "./comment-features.ts";
import { assessEscalation } from "./heat/escalation.ts";
import { findOpenItems } from "./open-items.ts";
import { findAgreements } from "./agreements.ts";
import { findScopeGrowth } from "./thread-items.ts";
import { findThreadDecisions } from "./thread-decisions.ts";
import { aboutOf } from "./about.ts";
import { latestMaintainerWord } from "./latest-maintainer.ts";
import { threadAnswer } from "./thread-answer.ts";
import { contestOf, failureSince } from "./contested.ts";
import { threadStatus } from "./thread-status.ts";
import { separateDisputed } from "./differences.ts";
import { pendingFollowUps } from "./follow-ups.ts";
import { summarizeParticipants } from "./participants.ts";
import { threadLanguage } from "./thread-language.ts";
import { termIndex } from "./term-index.ts";
import { isMachineAccount } from "../thread/machine-accounts.ts";
import { refineTone, SECOND_STAGE_WINDOW } from "./heat/embedding/second-stage.ts";
import type { SecondStageModel } from "./heat/embedding/second-stage.ts";
import type { ToneModel } from "./heat/tone/model.ts";
import { embeddingKey } from "./heat/embedding/requests.ts";
import { type EndingModel, readEnding } from "./ending/reader.ts";

export interface AnalyzeOptions {
  /** "Now", for ages of open items. Never read from the clock inside analysis. */
  now: Date;
  sensitivity?: Sensitivity;
  /** Logins whose comments are not analysed. */
  ignoreUsers?: string[];
  /** Per-comment features memoised across calls, keyed by commentCacheKey (id + updatedAt + sensitivity). */
  cache?: Map<string, CommentFeatures>;
  /**
   * Sentence embeddings of the latest turns, keyed by embeddingKey (heat/embedding/requests.ts says
   * which): their tone is re-read by the second stage. Absent: the fast stage alone.
   */
  embeddings?: ReadonlyMap<string, ArrayLike<number>>;
  /** Another second stage than the committed one (evaluation). */
  secondStage?: SecondStageModel;
  /** Another ending reader than the committed one (evaluation, training); null: the rules alone. */
  endingModel?: EndingModel | null;
  /** Other fast tone weights than the committed ones (evaluation; a cache passed with it must hold only this model's features). */
  toneModel?: ToneModel;
}

/** The comments that are people talking: no bots, no app's own comments, no ignored users. */
export function humanComments(thread: Thread, ignoreUsers: string[] = []): Comment[] {
  const ignored = new Set(ignoreUsers.map((u) => u.toLowerCase().replace(/\[bot\]$/, "")));
  return thread.comments.filter(
    (c) => !c.author.isBot && !c.viewerDidAuthor && !ignored.has(c.author.login.toLowerCase()) && !isMachineAccount(c.author.login),
  );
}

export function analyzeThread(thread: Thread, options: AnalyzeOptions): ThreadReport {
  const sensitivity = options.sensitivity ?? "medium";
  const comments = humanComments(thread, options.ignoreUsers);
  const features = comments.map((c) => {
    if (!options.cache) return analyzeComment(c, { sensitivity, toneModel: options.toneModel });
    const key = commentCacheKey(c, sensitivity);
    let f = options.cache.get(key);
    if (!f) {
      f = analyzeComment(c, { sensitivity, toneModel: options.toneModel });
      options.cache.set(key, f);
    }
    return f;
  });

  // The second stage re-reads the latest turns it was given embeddings for (the memo keeps the fast reading).
  // The term index reads no tone: it is built on the fast readings (the cached objects), so it
  // extends on a new comment instead of being rebuilt (term-index.ts keys on their identity).
  const index = termIndex(comments, features);
  const embeddings = options.embeddings;
  if (embeddings?.size) {
    for (let i = Math.max(0, comments.length - SECOND_STAGE_WINDOW); i < comments.length; i++) {
      const v = embeddings.get(embeddingKey(comments[i]));
      if (v) features[i] = { ...features[i], tone: refineTone(features[i].tone, v, sensitivity, options.secondStage) };
    }
  }

  const heat = assessEscalation(comments, features, sensitivity);
  if (heat.since) heat.since = { commentId: heat.since.commentId, index: thread.comments.findIndex((c) => c.id === heat.since!.commentId) };

  const ctx = { thread, comments, features, docFreq: index.docFreq, index };
  const open = findOpenItems(ctx, options.now);

  const { agreed, differences } = separateDisputed(findAgreements(thread, comments, features), comments, features);
  const found = findThreadDecisions(comments, features, thread.comments.filter((c) => !c.viewerDidAuthor), thread.kind);
  const status = threadStatus(thread, found);
  // A fix offered in a pull request or promised, the requester dropping the request, or the
  // reporter's "it works now" (a confirmation) can say where the thread stands; none is a decision
  // someone took (none is listed under Decisions).
  const decisions = found.filter((d) => d.kind !== "fix-proposed" && d.kind !== "fix-promised" && d.kind !== "dropped" && d.kind !== "resolved");
  const contested = contestOf(status, comments, features);
  if (contested) status.contestedBy = contested;
  // A "still fails" report after it that someone replied to (no longer a standing contest) still says the outcome did not hold.
  const failed = contested ? undefined : failureSince(status, comments, features, new Set(found.map((d) => d.commentId)));
  if (failed) status.failedSince = failed;
  const about = aboutOf(comments, features, thread.title);
  const answer = threadAnswer(thread.kind, comments, features, differences);
  const maintainerWord = latestMaintainerWord(comments, features);
  // The ending reader weighs the latest comments with their embeddings beside what the rules read.
  const ending = options.endingModel === null ? undefined : readEnding(comments, features, { decisions, status, ...(answer ? { answer } : {}) }, embeddings, options.endingModel);

  return {
    heat,
    openQuestions: open.questions,
    openConcerns: open.concerns,
    agreements: agreed,
    decisions,
    status,
    ...(about ? { about } : {}),
    ...(answer ? { answer } : {}),
    ...(ending ? { ending } : {}),
    ...(maintainerWord ? { maintainerWord } : {}),
    differences,
    actionItems: stillPending(pendingFollowUps(comments, features), status),
    scopeGrowth: findScopeGrowth(comments, features),
    participants: summarizeParticipants(comments, features),
    language: threadLanguage(features.slice(0, 40).map((f) => f.prose)),
    commentCount: thread.comments.length,
  };
}

/** Outcomes that end the work in the thread: a promise made before one is not pending any more. */
const ENDS_WORK = new Set(["stale", "declined", "duplicate", "moved"]);

/** Follow-ups not overtaken by a standing outcome that ended the thread's work (closed as stale, declined…). */
function stillPending(items: ActionItem[], status: ThreadStatus): ActionItem[] {
  const end = status.why;
  if (!end?.createdAt || !ENDS_WORK.has(end.kind ?? "decided")) return items;
  const at = Date.parse(end.createdAt);
  return items.filter((i) => !i.createdAt || Date.parse(i.createdAt) > at);
}
