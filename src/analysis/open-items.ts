// Open questions and concerns of a thread: every candidate found in a human comment (plus
// CHANGES_REQUESTED reviews) that no later comment answered, with author, link, age and
// 1–3 facilitator questions built from its own noun phrases (on first read: see withLazyQuestions).
import type { Comment } from "../thread/model.ts";
import type { OpenItem } from "./types.ts";
import type { CommentFeatures } from "./comment-features.ts";
import { commentItems, isTemplateField } from "./item-parts.ts";
import { findAnswer, findReviewSettled, type AnswerContext } from "./answered.ts";
import { suggestQuestions } from "./open-ended.ts";
import { clip, keyTerms, keyTermsOf } from "./text-units.ts";
import { isExplicitConcern, isStillOpenReport } from "./concerns.ts";
import { isRequestQuestion } from "./request-questions.ts";
import { displayText } from "./display-text.ts";
import { isMachineAccount } from "../thread/machine-accounts.ts";
import { engages, isBump, isBumpSentence, isStatusReport, isTriageOnly } from "./engagement.ts";

/** Open items closer to "now" get compromise-built questions; older ones a cheaper lexical variant. */
const MAX_NLP_ITEMS = 24;

export interface OpenItems {
  questions: OpenItem[];
  concerns: OpenItem[];
}


/** For each comment, how many later comments were written by someone else (one backward pass). */
function laterByOthers(comments: Comment[]): number[] {
  const byAuthor = new Map<string, number>();
  const out = new Array<number>(comments.length);
  for (let j = comments.length - 1; j >= 0; j--) {
    const login = comments[j].author.login;
    const later = comments.length - 1 - j;
    out[j] = later - (byAuthor.get(login) ?? 0);
    byAuthor.set(login, (byAuthor.get(login) ?? 0) + 1);
  }
  return out;
}

/**
 * The item with `suggestedQuestions` as an ordinary enumerable property whose value is built on
 * first read and kept. Building them (compromise) was about half of a long thread's first
 * analysis, yet only the escalation nudge and `--format json` read them: most events never do.
 * The value is fixed by the thread (the item's text, kind and place among the open items), so a
 * report reads the same however and whenever it is read (spread, JSON, toEqual); assigning a
 * value replaces it, as for plain data.
 */
function withLazyQuestions(item: Omit<OpenItem, "suggestedQuestions">, build: () => string[]): OpenItem {
  let questions: string[] | undefined;
  return Object.defineProperty(item, "suggestedQuestions", {
    enumerable: true,
    configurable: true,
    get: () => (questions ??= build()),
    set: (value: string[]) => {
      questions = value;
    },
  }) as OpenItem;
}

/** The comments, outside review threads, that take up nothing asked before them: a bare triage
 * redirect or a report of the writer's other work (indices in thread order, found once per thread). */
function passOverIndices(ctx: AnswerContext): number[] {
  const out: number[] = [];
  ctx.comments.forEach((c, j) => {
    if (!c.reviewThreadId && (isTriageOnly(ctx.features[j]) || isStatusReport(ctx.features[j]))) out.push(j);
  });
  return out;
}

/** True when someone else passed over comment `index` after it (one of `passOvers` by another writer). */
function passedOverAfter(ctx: AnswerContext, passOvers: number[], index: number): boolean {
  const asker = ctx.comments[index].author.login;
  return passOvers.some((j) => j > index && ctx.comments[j].author.login !== asker);
}

/** For each comment, the writers of the engaging comments after it (more than a bump or a
 * me-too: engagement.ts), lower-cased; one backward pass, sets shared where nothing changes. */
function engagedAfter(ctx: AnswerContext): ReadonlySet<string>[] {
  const { comments, features } = ctx;
  const out = new Array<ReadonlySet<string>>(comments.length);
  let seen: Set<string> = new Set();
  for (let j = comments.length - 1; j >= 0; j--) {
    out[j] = seen;
    const login = comments[j].author.login.toLowerCase();
    if (engages(features[j], comments[j].body) && !seen.has(login)) seen = new Set(seen).add(login);
  }
  return out;
}

/** True when someone the item of comment `i` was put to has engaged since: the people it names
 * (a command to a machine account, "@rfcbot merge", names nobody), or, when it names nobody,
 * anyone but its writer. */
function takenUpSince(ctx: AnswerContext, engaged: ReadonlySet<string>[], bots: ReadonlySet<string>, i: number): boolean {
  const asker = ctx.comments[i].author.login.toLowerCase();
  const named = ctx.features[i].mentions.map((m) => m.toLowerCase()).filter((m) => m !== asker && !bots.has(m) && !isMachineAccount(m));
  if (named.length) return named.some((m) => engaged[i].has(m));
  return [...engaged[i]].some((w) => w !== asker);
}

/** Confirmations by others it takes before an unanswered report counts as waiting. */
const REPORT_CONFIRMATIONS = 2;

/** A reply that only confirms the report ("still present in 1.9.8", "I have this issue too…"
 * with a log), however long: an approval ("LGTM") or a command engages instead. */
function confirmsOnly(f: CommentFeatures): boolean {
  if (f.wordCount === 0 || /\b(?:lgtm|approved?)\b/i.test(f.prose)) return false;
  return isBump(f) || isBumpSentence(f.sentences[0] ?? "");
}

/** An issue's opening report that nobody but confirmations ("still present in 1.9.8", "same
 * here") ever replied to: the report itself is what is waiting, though it asks nothing. */
function unansweredReport(ctx: AnswerContext): boolean {
  const { thread, comments, features } = ctx;
  if (thread.kind !== "issue" || comments[0]?.kind !== "body") return false;
  const reporter = comments[0].author.login;
  let confirmations = 0;
  for (let j = 1; j < comments.length; j++) {
    if (comments[j].author.login === reporter) continue;
    if (!confirmsOnly(features[j])) return false;
    confirmations++;
  }
  return confirmations >= REPORT_CONFIRMATIONS;
}

/** Finds the unanswered questions and concerns of the thread. `now` gives their ages. */
export function findOpenItems(ctx: AnswerContext, now: Date): OpenItems {
  const { comments, features } = ctx;
  const laterCounts = laterByOthers(comments);
  const raw: { item: Omit<OpenItem, "suggestedQuestions">; fullText: string }[] = [];
  const passOvers = passOverIndices(ctx);
  const engaged = engagedAfter(ctx);
  const bots = new Set(ctx.thread.comments.filter((c) => c.author.isBot).map((c) => c.author.login.toLowerCase()));
  const opener = comments[0]?.author.login;
  /** What every item of comment `i` shares: who, where, when, and how buried. */
  const baseOf = (c: Comment, i: number) => ({
    author: c.author.login,
    commentId: c.id,
    url: c.url,
    createdAt: c.createdAt,
    ageMs: Math.max(0, now.getTime() - Date.parse(c.createdAt)),
    laterComments: laterCounts[i],
  });

  comments.forEach((c, i) => {
    const f = features[i];
    const base = baseOf(c, i);
    if (c.kind === "review" && c.reviewState === "CHANGES_REQUESTED" && !findReviewSettled(ctx, i)) {
      const concern = f.candidates.find((k) => k.kind === "concern") ?? f.candidates[0];
      const text = concern?.text ?? f.claim ?? f.sentences[0] ?? "Changes were requested in a review.";
      raw.push({ item: { ...base, kind: "concern", text: clip(displayText(text, c.body)), blocking: true }, fullText: text });
      return;
    }
    const seen = new Set<string>();
    for (const { sentences: group } of commentItems(f)) {
      // The opening post describes the problem ("…which breaks whenever…"): only an explicit worry there is a concern.
      // A request to act put as a question ("can you please rebase?") is no open question.
      const kept = group.filter(
        (k) =>
          !(c.kind === "body" && k.kind === "concern" && !k.blocking && !isExplicitConcern(k.text)) &&
          !isTemplateField(k.text, c.body ?? "") &&
          !(k.kind === "question" && isRequestQuestion(k.text)),
      );
      if (!kept.length) continue;
      const text = kept.map((k) => k.text).join(" ");
      const key = keyTermsOf(text).join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      if (findAnswer(ctx, i, text)) continue;
      // A report that the problem is still there, or a request to reopen, is open only until someone
      // it was put to engages after it (those it names, or when it names nobody, anyone else).
      if (kept.every((k) => isStillOpenReport(k.text)) && takenUpSince(ctx, engaged, bots, i)) continue;
      const kind = kept.some((k) => k.kind === "concern") ? "concern" : "question";
      const blocking = kept.some((k) => k.blocking) || undefined;
      const bump = kept.every((k) => isBumpSentence(k.text)) || undefined;
      const passedOver = (!c.reviewThreadId && passedOverAfter(ctx, passOvers, i)) || undefined;
      // What the thread owes its opener stays worth a note in a quiet thread. Another's question is
      // worth one while those it was put to are still in the conversation: when none of them has
      // engaged since (only "+1"s followed, or they never came back), a note reaches nobody who can answer.
      const quietAside = (i > 0 && c.author.login !== opener && !passedOver && !takenUpSince(ctx, engaged, bots, i)) || undefined;
      raw.push({ item: { ...base, kind, text: clip(displayText(text, c.body)), blocking, bump, passedOver, quietAside }, fullText: text });
    }
  });

  if (unansweredReport(ctx) && !raw.some((r) => r.item.commentId === comments[0].id)) {
    const c = comments[0];
    const text = ctx.thread.title.trim() || features[0].sentences[0] || "The report in the opening post";
    raw.unshift({ item: { ...baseOf(c, 0), kind: "concern", text: clip(text) }, fullText: text });
  }

  const withQuestions: OpenItem[] = raw.map(({ item, fullText }, idx) => {
    const recent = idx >= raw.length - MAX_NLP_ITEMS;
    if (item.blocking === undefined) delete item.blocking;
    if (item.bump === undefined) delete item.bump;
    if (item.passedOver === undefined) delete item.passedOver;
    if (item.quietAside === undefined) delete item.quietAside;
    if (item.url === undefined) delete item.url;
    return withLazyQuestions(item, () => suggestQuestions(fullText, item.kind, recent ? undefined : keyTerms(fullText).slice(0, 2)));
  });
  return {
    questions: withQuestions.filter((x) => x.kind === "question"),
    concerns: withQuestions.filter((x) => x.kind === "concern"),
  };
}
