// What the coaching comment says, as plain data: the coach decides and composes it (compose.ts,
// answers.ts, comment.ts), render/ only turns it into Markdown. Every sentence is already
// written here in the app's own words; thread text appears only as `quote` (words of a calm
// comment, which render/ shows as a short inert excerpt) and inside facilitator questions.
import type { Notice } from "./plan.ts";
import type { CoachState } from "./state.ts";

/** What kind of thread item a line refers to. */
export type ItemNoun = "question" | "concern" | "point" | "decision" | "follow-up" | "suggestion";

/** One listed thread item: what it is, where it is, and the rest of its line. */
export interface MessageItem {
  kind: ItemNoun;
  commentId: string;
  /** The writer's own words, present only when their comment reads calm (see isHeated). */
  quote?: string;
  /**
   * The item in the app's own words, shown when it is not quoted (or the quote shows nothing):
   * its topic ("A question about the retry policy") or a neutral paraphrase of the ask.
   */
  described: string;
  /** Which comment it is in ("comment 4"), when the comment is in the thread. */
  where?: string;
  /** The comment's (or the item's own) link. */
  url?: string;
  /** The rest of the line in the app's words, punctuation included: " (blocking) — asked 3 days ago; 4 comments since." */
  detail: string;
}

/** A gap for the humans to fill in ("which reasons carried the decision?"), shown in italics. */
export interface Placeholder {
  placeholder: string;
}

/** A list capped for length: the items shown and how many more there are. */
export interface ItemList {
  items: MessageItem[];
  more: number;
}

export interface EscalationMessage {
  kind: "escalation";
  title: string;
  observation: string;
  /** A point already agreed, offered as common ground. */
  commonGround?: MessageItem;
  /** 1–3 open-ended questions; the last one always offers a short call. */
  questions: string[];
  evidence: string[];
}

export interface OpenItemsMessage {
  kind: "openItems";
  title: string;
  items: MessageItem[];
  closing: string;
  evidence: string[];
}

export interface ConvergenceMessage {
  kind: "convergence";
  title: string;
  intro: string;
  agreed: MessageItem[];
  record: DecisionRecordMessage;
  evidence: string[];
}

/** The update once the nudge on display no longer applies. */
export interface CalmMessage {
  kind: "calm";
  title: string;
  text: string;
  evidence: string[];
}

export type NudgeMessage = EscalationMessage | OpenItemsMessage | ConvergenceMessage | CalmMessage;

export interface SummarySection {
  title: string;
  list: ItemList;
  /** Shown after the title when the list is empty; without it an empty section is left out. */
  empty?: string;
}

/** Where the thread stands: the app's words ("Closed as a duplicate 3 hours ago:"), then the settling comment's. */
export interface StatusLine {
  text: string;
  why?: MessageItem;
  /** A later comment saying the outcome does not hold. */
  contested?: MessageItem;
  /** A later turn that leaves the thread elsewhere than the quoted outcome or answer, in the app's words ("a maintainer asked for logs in comment 8, not given since."). */
  since?: string;
  /** Why the outcome came, in the settling comment's or the diagnosis's own words. */
  because?: MessageItem;
  /** What fixed it, when the outcome does not say: a suggestion someone confirmed, in its writer's words. */
  fix?: MessageItem;
  /** No outcome yet, but a way around the problem others said worked, in its writer's words. */
  workaround?: MessageItem;
  /** No outcome yet: what a maintainer (not the thread's author) said last, in their words. */
  maintainer?: MessageItem;
}

/** The `/summarize` answer (also the CLI's Markdown report). */
export interface SummaryMessage {
  kind: "summary";
  commentCount: number;
  participants: number;
  /** Where it stands, first. */
  status: StatusLine;
  /** What the thread is about: the opening post's main point. */
  about?: MessageItem;
  sections: SummarySection[];
  /** "calm throughout.", "heated since comment 12." */
  temperature: string;
  /** Per-comment heat scores, 0..1, in thread order (drawn as a chart on long threads). */
  heatScores: number[];
}

/** The `/concerns` answer. */
export interface ConcernsMessage {
  kind: "concerns";
  concerns: ItemList;
  questions: ItemList;
}

/** A decision-record draft (`/decision` and the convergence offer). */
export interface DecisionRecordMessage {
  kind: "decision";
  /** The thread's title as written (shown as an inert excerpt), "" when it has none. */
  threadTitle: string;
  /** "12 comments from 3 participants." */
  context: string;
  decision: MessageItem | Placeholder;
  rationale: ItemList | Placeholder;
  tradeOffs: ItemList | Placeholder;
  followUps: ItemList;
  /** "2026-05-31 (in 90 days; adjust as needed)" */
  reviewDate: string;
}

/** The `/coach help` answer. */
export interface HelpMessage {
  kind: "help";
  /** Who may switch coaching off and on: "the thread's author, owners, members". */
  whoMayToggle: string;
}

export type AnswerMessage = SummaryMessage | ConcernsMessage | DecisionRecordMessage | HelpMessage;

/** The one coaching comment, whole. */
export interface CoachingMessage {
  notice?: Notice;
  /** Coaching is switched off on this thread: the comment says so instead of any nudge. */
  coachOff: boolean;
  nudge?: NudgeMessage;
  answer?: AnswerMessage;
  /** Lines of the "Why am I seeing this?" fold; empty when there is none to show. */
  evidence: string[];
  /** Carried in the hidden marker. */
  state: CoachState;
}
