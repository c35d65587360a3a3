// Whether one open question or concern (one item: a part of its comment) got an answer later in
// the thread. A comment answers it when it addresses it: outright by a reply in the same review
// thread or reply chain, a resolved review thread, a quote of it, a reply naming its asker, a
// reply naming its part ("Re 2: yes"), a follow-up reference, the asker's acknowledgement or
// "never mind", the addressee's "problem solved", the first turn of someone it was put to opening
// with the closed answer it asks for ("Yes", "In 2.4.0"); otherwise by the address score (address-score.ts:
// the next turn by the person it was put to, the item's topic terms, the form of an answer). A
// reply on another topic answers nothing; what nobody answered before the thread closed is overtaken.
import type { Comment, Thread } from "../thread/model.ts";
import type { CommentFeatures } from "./comment-features.ts";
import { jaccard, keyTerms, keyTermsOf } from "./text-units.ts";
import { termIndex, type TermIndex } from "./term-index.ts";
import { engages, isStatusReport } from "./engagement.ts";
import { commentItems, partsAddressedBy } from "./item-parts.ts";
import { givesClosedAnswer, hasAnswerForm } from "./answer-form.ts";
import { closingTimes } from "./closing-notice.ts";
import { ANSWER_WEIGHTS, addressScore, type AnswerWeights } from "./address-score.ts";

export type AnswerKind =
  | "resolved"
  | "review-thread-reply"
  | "discussion-reply"
  | "quoted"
  | "mention"
  | "acknowledged"
  | "direct-reply"
  | "key-terms"
  | "reference"
  | "approved"
  | "next-turn"
  | "part"
  | "self-resolved"
  | "overtaken";

export interface Answer {
  kind: AnswerKind;
  commentId: string;
  by: string;
}

export interface AnswerContext {
  thread: Thread;
  /** Human comments, in thread order. */
  comments: Comment[];
  features: CommentFeatures[];
  /** How many human comments contain each key term (rare terms carry the topic). */
  docFreq: Map<string, number>;
  /** The thread's term index over these comments (built here when absent). */
  index?: TermIndex;
}

/** A question that asks someone to do something rather than to tell something. */
const REQUEST = /^(?:could|can|would|will) you\b|^please\b|^(?:could|can) we (?:rename|add|remove|move|drop|keep|split|use)\b/i;
const FOLLOW_UP = /\b(?:fixed|addressed|done|pushed|updated|opened|filed|tracked|tracking|see|created|moved to|follow[- ]?up)\b/i;

/** Per-comment lookups findAnswer needs for every item it checks, computed once per features object. */
interface AnswerLookups {
  quoteTerms: string[][];
  followUp: boolean;
}
const lookups = new WeakMap<CommentFeatures, AnswerLookups>();

function lookupsOf(f: CommentFeatures): AnswerLookups {
  let l = lookups.get(f);
  if (!l) {
    l = { quoteTerms: f.quotes.map((q) => keyTerms(q)), followUp: f.references.length > 0 && FOLLOW_UP.test(f.prose) };
    lookups.set(f, l);
  }
  return l;
}

/** Mark stamps per features array, so each findAnswer call marks its candidates without clearing. */
interface Marking {
  marks: Int32Array;
  /** Topic terms each comment shares with the current item (valid where hitStamps equals the stamp). */
  hits: Int32Array;
  hitStamps: Int32Array;
  stamp: number;
}
const markings = new WeakMap<CommentFeatures[], Marking>();

function markingFor(features: CommentFeatures[]): Marking {
  let m = markings.get(features);
  if (!m) {
    const n = features.length;
    m = { marks: new Int32Array(n), hits: new Int32Array(n), hitStamps: new Int32Array(n), stamp: 0 };
    markings.set(features, m);
  }
  return m;
}

/** Marks the entries of an ascending index list that come after `index`. */
function markAfter(list: number[] | undefined, index: number, mark: Int32Array, stamp: number, count?: Marking): void {
  if (!list) return;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= index) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < list.length; k++) {
    const j = list[k];
    mark[j] = stamp;
    if (!count) continue;
    if (count.hitStamps[j] !== stamp) {
      count.hitStamps[j] = stamp;
      count.hits[j] = 0;
    }
    count.hits[j]++;
  }
}

/** Item key terms that are rare in the thread: the words that say what the item is about. */
export function topicTerms(text: string, docFreq: Map<string, number>, commentCount: number): string[] {
  const limit = Math.max(2, Math.ceil(commentCount * 0.3));
  return keyTerms(text).filter((t) => (docFreq.get(t) ?? 0) <= limit);
}

/** True when a quote is a piece of the item: "> to me - is a clear security risk" quoting a longer concern. */
function quotesPartOf(quote: string, quoteTerms: string[], text: string): boolean {
  const q = quote.replace(/\s+/g, " ").replace(/[.…\s]+$/, "").trim();
  if (q.length < 12 || quoteTerms.length < 2) return false;
  return text.replace(/\s+/g, " ").includes(q);
}

/** True when `c` replies inside another comment's reply chain (a discussion's nested replies):
 * it takes up that comment, not the one asked in `asked`. */
function inOtherReplyChain(c: Comment, asked: Comment): boolean {
  return c.replyTo !== undefined && c.replyTo !== asked.id && c.replyTo !== asked.replyTo;
}

/** The first answer to the item raised in comment `index` (sentence `text`), or null. */
export function findAnswer(ctx: AnswerContext, index: number, text: string, weights: AnswerWeights = ANSWER_WEIGHTS): Answer | null {
  const { comments, features, thread } = ctx;
  const asked = comments[index];
  const asker = asked.author.login;
  const itemTerms = keyTermsOf(text);
  const limit = Math.max(2, Math.ceil(comments.length * 0.3));
  const topic = itemTerms.filter((t) => (ctx.docFreq.get(t) ?? 0) <= limit);

  // Overtaken by events: asked before the thread was closed (or merged). A question asked after
  // the close is still waiting (a reporter asking for a workaround on a closed duplicate).
  if (thread.closedAt && Date.parse(asked.createdAt) < Date.parse(thread.closedAt)) return { kind: "overtaken", commentId: asked.id, by: asker };

  // Review thread: resolved, or answered inside it.
  if (asked.reviewThreadId) {
    const rt = thread.reviewThreads.find((t) => t.id === asked.reviewThreadId);
    if (rt?.isResolved) return { kind: "resolved", commentId: asked.id, by: asker };
  }

  const request = REQUEST.test(text.trim());
  const discussionBody = thread.kind === "discussion" && asked.kind === "body";
  const askerLower = asker.toLowerCase();
  const textHead = text.slice(0, 60);
  // Only some later comments can answer: the first reply by someone else, comments with a reply
  // link, review thread or quote, the asker's own acknowledgements and approvals, comments that
  // mention the asker, and those sharing a topic term (a follow-up reference needs the first
  // reply or a shared topic term too). The others would fall through every test below, so they are skipped.
  const idx = ctx.index ?? termIndex(comments, features);
  const marking = markingFor(features);
  let firstOther = index + 1;
  while (firstOther < comments.length && comments[firstOther].author.login === asker) firstOther++;
  // Turn-taking: the first reply of someone else that engages (no bump, no "me too"), outside
  // other review threads, answers what was asked before it — an answer, a refusal, a
  // counter-question, "I'll look", a fix.
  let nextTurn = firstOther;
  while (
    nextTurn < comments.length &&
    (comments[nextTurn].author.login === asker ||
      (comments[nextTurn].reviewThreadId !== undefined && comments[nextTurn].reviewThreadId !== asked.reviewThreadId) ||
      inOtherReplyChain(comments[nextTurn], asked) ||
      !engages(features[nextTurn], comments[nextTurn].body))
  ) nextTurn++;
  const stamp = ++marking.stamp;
  const mark = marking.marks;
  if (firstOther < comments.length) mark[firstOther] = stamp;
  if (nextTurn < comments.length) mark[nextTurn] = stamp;
  markAfter(idx.special, index, mark, stamp);
  markAfter(idx.settledBy.get(asker), index, mark, stamp);
  markAfter(idx.mentioning.get(askerLower), index, mark, stamp);
  // The people it was put to by name may settle it by reporting their problem solved.
  for (const m of features[index].mentions) markAfter(idx.settledBy.get(m), index, mark, stamp);
  for (const t of topic) markAfter(idx.postings.get(t), index, mark, stamp, marking);
  const shared = (j: number) => (marking.hitStamps[j] === stamp ? marking.hits[j] : 0);
  // The item's place among its comment's parts: a reply that singles out other parts passes this one over.
  const parts = commentItems(features[index]);
  const self = parts.find((p) => p.text === text || text.includes(p.text) || p.text.includes(text));
  const others = new Set(comments.slice(0, index).map((c) => c.author.login));
  others.add(comments[0]?.author.login ?? "");
  for (const m of features[index].mentions) others.add(m);
  /** Whom the item was put to: anyone, when the thread's opener asks; else those who spoke before it, the opener, those it mentions. */
  const fromOpener = index === 0 || asker === comments[0]?.author.login;
  const addressed = (login: string) => fromOpener || others.has(login);
  // The first engaging turn of someone it was put to: the next turn, or a later one when a third person spoke first.
  let addresseeTurn = nextTurn;
  while (
    addresseeTurn < comments.length &&
    (comments[addresseeTurn].author.login === asker ||
      !addressed(comments[addresseeTurn].author.login) ||
      (comments[addresseeTurn].reviewThreadId !== undefined && comments[addresseeTurn].reviewThreadId !== asked.reviewThreadId) ||
      inOtherReplyChain(comments[addresseeTurn], asked) ||
      !engages(features[addresseeTurn], comments[addresseeTurn].body))
  ) addresseeTurn++;
  if (addresseeTurn < comments.length) mark[addresseeTurn] = stamp;
  for (let j = index + 1; j < comments.length; j++) {
    if (mark[j] !== stamp) continue;
    const c = comments[j];
    const f = features[j];
    const by = c.author.login;
    if (by === asker) {
      if (f.resolvesOwn) return { kind: "self-resolved", commentId: c.id, by };
      if (j > firstOther && f.acknowledges) return { kind: "acknowledged", commentId: c.id, by };
      // A reviewer who approves has settled what they asked.
      if (c.reviewState === "APPROVED") return { kind: "approved", commentId: c.id, by };
      continue;
    }
    // The person it was put to reports their problem solved ("Problem solved - my PHP was outdated").
    if (f.resolvesOwn && !fromOpener && others.has(by) && by !== asker) return { kind: "self-resolved", commentId: c.id, by };
    // The top-level comments of a discussion answer its opening post.
    if (discussionBody && c.kind === "discussion_comment") return { kind: "discussion-reply", commentId: c.id, by };
    if (asked.reviewThreadId && c.reviewThreadId === asked.reviewThreadId) return { kind: "review-thread-reply", commentId: c.id, by };
    if (c.replyTo && (c.replyTo === asked.id || (asked.replyTo && c.replyTo === asked.replyTo && thread.kind === "discussion"))) {
      return { kind: "discussion-reply", commentId: c.id, by };
    }
    // Replies inside another review thread answer that thread, not this item.
    if (c.reviewThreadId && c.reviewThreadId !== asked.reviewThreadId) continue;
    const l = lookupsOf(f);
    if (f.quotes.length && f.quotes.some((q, k) => jaccard(l.quoteTerms[k], itemTerms) >= 0.5 || q.includes(textHead) || quotesPartOf(q, l.quoteTerms[k], text))) {
      return { kind: "quoted", commentId: c.id, by };
    }
    const substantive = f.wordCount >= 3 && f.candidates.length < f.sentences.length;
    if (substantive && f.mentions.some((m) => m.toLowerCase() === askerLower)) return { kind: "mention", commentId: c.id, by };
    const hit = shared(j);
    if (l.followUp && (j === firstOther || hit > 0)) return { kind: "reference", commentId: c.id, by };
    const singled = self && parts.length > 1 ? partsAddressedBy(parts, f) : [];
    if (self && singled.includes(self.part) && (j === nextTurn || hit > 0)) return { kind: "part", commentId: c.id, by };
    // That turn opening with the closed answer the item asks for ("Yes, …", "In 2.4.0.", "Because…") answers it, however short.
    if (j === addresseeTurn && !asked.reviewThreadId && f.candidates.length < f.sentences.length && givesClosedAnswer(self?.text ?? text, f.sentences)) {
      return { kind: "next-turn", commentId: c.id, by };
    }
    const form = substantive && (j === nextTurn || hit > 0) && hasAnswerForm(text, f.sentences);
    const score = addressScore(weights, {
      nextTurn:
        j === nextTurn &&
        !asked.reviewThreadId &&
        (request || !isStatusReport(f)) &&
        // A reply singling out other parts passes this one over, unless its opening directly answers this one's closed question.
        !(singled.length > 0 && self && !singled.includes(self.part) && !givesClosedAnswer(self.text, f.sentences)) &&
        // A heated retort that shares none of the item's words and has no answer's form replies to the heat, not to the item.
        !(f.tone.hot && hit === 0 && !form),
      addressed: addressed(by),
      topicShare: topic.length ? Math.min(1, hit / Math.min(3, Math.ceil(topic.length * 0.5))) : 0,
      sharedTerms: hit,
      form,
    });
    if (score >= weights.cut) return { kind: j === nextTurn ? "next-turn" : "key-terms", commentId: c.id, by };
  }
  // Unanswered, but asked before a comment that closes the thread in words (a stale bot, "closing this, feel free to reopen").
  const askedAt = Date.parse(asked.createdAt);
  if (closingTimes(thread).some((t) => t > askedAt)) return { kind: "overtaken", commentId: asked.id, by: asker };
  return null;
}

/** A CHANGES_REQUESTED review is settled when the same reviewer later approves or acknowledges. */
export function findReviewSettled(ctx: AnswerContext, index: number): Answer | null {
  const reviewer = ctx.comments[index].author.login;
  for (let j = index + 1; j < ctx.comments.length; j++) {
    const c = ctx.comments[j];
    if (c.author.login !== reviewer) continue;
    if (c.reviewState === "APPROVED" || c.reviewState === "DISMISSED") return { kind: "approved", commentId: c.id, by: reviewer };
    if (ctx.features[j].acknowledges && ctx.features[j].agreement) return { kind: "acknowledged", commentId: c.id, by: reviewer };
  }
  return null;
}
