// Per-comment features: everything the thread analysis needs from one comment, computed by a
// pure function of that comment alone (so callers can memoise by comment id + updatedAt).
// Only cheap lexical passes run here; no compromise selections.
import type { Comment } from "../thread/model.ts";
import { cleanMarkdown } from "../thread/clean.ts";
import { scoreProse } from "./heat/tone.ts";
import type { ToneModel } from "./heat/tone/model.ts";
import type { Sensitivity, ToneResult } from "./types.ts";
import { blockOfSentences, splitSentences, keyTerms, words } from "./text-units.ts";
import { parseConventional } from "./conventional.ts";
import { classifyQuestion } from "./questions.ts";
import { isComplaintQuestion } from "./complaint-questions.ts";
import { isJokingQuestion } from "./joking-questions.ts";
import { isFragment, isSelfAnswered } from "./question-context.ts";
import { isConcern } from "./concerns.ts";
import { agreementCue, isAcknowledgement } from "./agreement-cues.ts";
import { acceptanceCue, concededPoint, isInterjection, type AcceptanceKind } from "./acceptance-cues.ts";
import { acceptedQuote } from "./answered-quote.ts";
import { isDecision } from "./decisions.ts";
import { actionOwner } from "./action-items.ts";
import { isScopeGrowth } from "./scope-growth.ts";
import { settlesOwn } from "./resolved.ts";
import { blameCount, dismissalCount, isPolite, pointedYouCount } from "./heat/cues.ts";

export interface OpenCandidate {
  kind: "question" | "concern";
  /** The sentence, without any Conventional Comments label. */
  text: string;
  sentenceIndex: number;
  blocking: boolean;
}

export interface CommentFeatures {
  wordCount: number;
  /** The writer's own prose (code, quotes, URLs removed). */
  prose: string;
  sentences: string[];
  quotes: string[];
  mentions: string[];
  references: string[];
  /** Key terms of the prose (stemmed content words). */
  terms: string[];
  /** Genuine questions and concerns raised in this comment. */
  candidates: OpenCandidate[];
  /** Rhetorical questions / criticism phrased as questions. */
  rhetorical: number;
  /** Agreement expressed in the comment (null if none); `clause` names what was agreed when given;
   * `point` is the point restated in the writer's own words after naming whom they agree with
   * (`with`); `next` is the plain statement right after the agreeing sentence ("That's what I
   * thought. Fiddling with priorities is risky."), which may say the point when the agreed text does not. */
  agreement: { clause?: string; quote?: string; point?: string; with?: string; next?: string } | null;
  /** The comment opens by accepting what it answers ("yup, that works", "you're right", "ok"), with the
   * logins the accepting sentence names; null if its first two sentences accept nothing. */
  acceptance: { kind: AcceptanceKind; mentions: string[]; point?: string } | null;
  /** The comment acknowledges an answer ("thanks, that answers it"). */
  acknowledges: boolean;
  /** The writer reports their own problem solved ("works now", "never mind", "I was wrong"). */
  resolvesOwn: boolean;
  decisions: string[];
  actions: { text: string; owner: string }[];
  scopeGrowth: string[];
  /** The comment's main claim: what someone agreeing with it most likely agreed to. */
  claim: string | null;
  /** Thanks, hedges or apologies present. */
  polite: boolean;
  /** Second-person blame cues. */
  blame: number;
  /** Pointed second-person phrases ("you just…", "you should have…"). */
  pointedYou: number;
  /** Brush-offs ("not a bug", "as I already said", "read the docs"). */
  dismissals: number;
  tone: ToneResult;
}

export interface CommentFeatureOptions {
  sensitivity?: Sensitivity;
  /** Other tone weights than the committed ones (evaluation: a model trained without this comment's repository). */
  toneModel?: ToneModel;
}

const MAX_ITEM_CHARS = 600;

const PROPOSAL =
  /\b(?:should we|shall we|could we|proposal:|let's|let us|we should|we could|i propose|i suggest|proposal|i'd suggest|how about|option [a-z0-9]\b|go with|we can|i'd prefer|i prefer|the plan is|my suggestion|instead of)\b/i;
const FILLER = /^(?:hi|hey|hello|thanks|thank you|thx|cheers|great|nice|cool|ok|okay|sure|yes|no|lgtm|\+1|done|fixed|ping|bump)\b/i;

/** The sentence someone agreeing with this comment most likely agreed to: a proposal first,
 * then a concern, then the first plain statement; agreement, thanks and action sentences are skipped. */
function mainClaim(sentences: string[], writer: string): string | null {
  let concern: string | null = null;
  let statement: string | null = null;
  for (const s of sentences) {
    const n = s.split(/\s+/).length;
    if (n < 4 || (FILLER.test(s) && n < 8) || agreementCue(s) || actionOwner(s, writer)) continue;
    if (PROPOSAL.test(s)) return s;
    if (!concern && isConcern(s)) concern = s;
    if (!statement && !/\?\s*$/.test(s)) statement = s;
  }
  return concern ?? statement;
}

/** Key for a feature cache: changes whenever the comment is edited. */
export function commentCacheKey(comment: Comment, sensitivity: Sensitivity = "medium"): string {
  return `${comment.id}|${comment.updatedAt ?? comment.createdAt}|${sensitivity}`;
}

/** Reads one comment. Pure: the result depends on the comment (and sensitivity) only. */
export function analyzeComment(comment: Comment, options: CommentFeatureOptions = {}): CommentFeatures {
  const cleaned = cleanMarkdown(comment.body ?? "");
  const prose = cleaned.prose;
  const sentences = splitSentences(prose);
  const writer = comment.author.login;

  const wordCount = words(prose).length;
  // No prose of one's own (an empty approval, a code-only comment): no tone to read.
  const tone = comment.author.isBot || wordCount === 0 ? { score: 0, flag: false, hot: false, evidence: [] } : scoreProse(prose, { sensitivity: options.sensitivity, model: options.toneModel });

  // A turn that reads heated or aims at a person ("you just…", blame): its pointed questions are heat.
  const heatedTurn = tone.hot || pointedYouCount(prose) > 0 || blameCount(prose) > 0;
  const candidates: OpenCandidate[] = [];
  let rhetorical = 0;
  let agreement: CommentFeatures["agreement"] = null;
  let agreementSentence: string | undefined;
  let acceptance: CommentFeatures["acceptance"] = null;
  let acknowledges = false;
  const decisions: string[] = [];
  const actions: { text: string; owner: string }[] = [];
  const scopeGrowth: string[] = [];

  // A Conventional Comments label on the first sentence applies to the whole remark.
  const firstLabel = sentences.length ? parseConventional(sentences[0]) : null;

  // A fragment cut off mid-way, or a question the writer answers in the next sentence, waits for nobody (question-context.ts).
  let block: number[] | undefined;
  const asksNothing = (i: number, text: string) =>
    isFragment(text, sentences[i + 1]) || isSelfAnswered(sentences, i, (block ??= blockOfSentences(prose)));

  sentences.forEach((raw, i) => {
    const label = parseConventional(raw) ?? (i > 0 ? null : firstLabel);
    const text = label ? label.rest || raw : raw;
    const asked = classifyQuestion(text);
    // A complaint put as a question ("how exactly was anyone supposed to guess that?") is heat, not an item.
    const complaint = asked === "question" && isComplaintQuestion(text, heatedTurn);
    // A joke ("…a big bear hug? lol") asks nothing: neither heat nor an item.
    const q = complaint ? "rhetorical" : asked === "question" && (isJokingQuestion(text, sentences[i + 1]) || asksNothing(i, text)) ? null : asked;
    if (q === "rhetorical") rhetorical++;
    const explicitConcern = Boolean(label && (label.label === "issue" || label.label === "todo" || label.blocking));
    const explicitQuestion = label?.label === "question";
    const praiseOrNit = Boolean(label && ["praise", "nitpick", "thought", "note", "typo", "polish", "quibble"].includes(label.label));
    // A "sentence" of more than MAX_ITEM_CHARS is a run-on or machine text, not one question.
    if (q !== "rhetorical" && !praiseOrNit && text.length <= MAX_ITEM_CHARS) {
      if (explicitConcern || (q !== "question" && isConcern(text))) {
        candidates.push({ kind: "concern", text, sentenceIndex: i, blocking: Boolean(label?.blocking) });
      } else if (explicitQuestion || q === "question") {
        const kind = isConcern(text) ? "concern" : "question";
        candidates.push({ kind, text, sentenceIndex: i, blocking: Boolean(label?.blocking) });
      }
    }
    if (!agreement) {
      const cue = agreementCue(text);
      if (cue) {
        agreement = { ...(cue.clause ? { clause: cue.clause } : {}), ...(cue.point ? { point: cue.point } : {}), ...(cue.with ? { with: cue.with } : {}) };
        agreementSentence = text;
        const next = sentences[i + 1];
        if (next && !/\?\s*$/.test(next) && next.split(/\s+/).length >= 5 && !agreementCue(next)) agreement.next = next;
      }
    }
    // Acceptance opens a reply: the first sentence, or the second after a short one ("Wonderful!! It works!!");
    // a concession may also follow a longer first sentence.
    if (!acceptance && i < 2) {
      const kind = acceptanceCue(text);
      if (kind && (i === 0 || isInterjection(sentences[0]) || kind === "concede")) {
        const point = kind === "concede" ? concededPoint(text) : null;
        acceptance = { kind, mentions: [...text.matchAll(/@([\w-]+)/g)].map((m) => m[1]), ...(point ? { point } : {}) };
      }
    }
    if (!acknowledges && text.length < 200 && isAcknowledgement(text)) acknowledges = true;
    if (isDecision(text)) decisions.push(text);
    const owner = actionOwner(text, writer);
    if (owner) actions.push({ text, owner });
    if (isScopeGrowth(text)) scopeGrowth.push(text);
  });

  // An agreement that quotes what it agrees with points at that quote.
  if (agreement && cleaned.quotes.length) {
    const quote = (acceptedQuote(comment.body ?? "", cleaned.quotes, agreementSentence) ?? "").replace(/\s+/g, " ").trim();
    if (quote) agreement = { ...(agreement as object), quote };
  }


  return {
    wordCount,
    prose,
    sentences,
    quotes: cleaned.quotes,
    mentions: cleaned.mentions,
    references: cleaned.references,
    terms: keyTerms(prose),
    candidates,
    rhetorical,
    agreement,
    acceptance,
    acknowledges,
    resolvesOwn: sentences.some((x) => x.length < 300 && settlesOwn(x)),
    decisions,
    actions,
    scopeGrowth,
    claim: mainClaim(sentences, writer),
    polite: isPolite(prose),
    blame: blameCount(prose),
    pointedYou: pointedYouCount(prose),
    dismissals: dismissalCount(prose),
    tone,
  };
}
