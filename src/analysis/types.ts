// Shared result types of the pure analysis: per-comment tone and the whole-thread report.
// The CLI (`analyze --format json`), the coach and the evaluation all read these shapes.

export type ToneCategory =
  // what heats
  | "insult" // insult / name-calling
  | "mockery" // mocking and sarcasm
  | "impatience"
  | "frustration" // bitter frustration
  | "profanity" // profanity aimed at a person
  | "threat"
  | "absolute" // absolutes and certainty ("obviously", "always", "just")
  | "dismissal"
  | "blame" // blame in the second person
  | "shouting"
  | "wording" // no phrase of the lexicon: the word pair the model weighed most
  // what cools
  | "thanks"
  | "apology"
  | "hedge"
  | "question" // a genuine question
  | "praise";

export interface ToneEvidence {
  /** The phrase as it appears in the writer's own prose. */
  phrase: string;
  category: ToneCategory;
  /** > 0 raised the score, < 0 lowered it. */
  weight: number;
}

export interface ToneResult {
  /** How heated the comment reads, calibrated probability in 0..1. */
  score: number;
  /** The per-comment flag (tone/decision.ts `decideFlag`): evidence that the comment is uncivil, at the sensitivity. */
  flag: boolean;
  /**
   * The thread decision's reading of this turn (tone/decision.ts `isHotTurn`): the score reaches the
   * thread's cut-off for the sensitivity and the comment's context. What the escalation, its gate,
   * the turn-heat scale and the summaries read; stricter than `flag`.
   */
  hot: boolean;
  evidence: ToneEvidence[];
  /** The comment speaks to or about a person (second person, a phrase aimed at someone): part of the decision's context. */
  addressed?: boolean;
  /** The comment names no one and only judges a thing (tone/target.ts): the flag leaves it alone. */
  aboutThings?: boolean;
  /**
   * The comment's only heat cues are negated ones ("you broke nothing", "this isn't stupid"), with
   * no other heat cue of the rule layer (tone/negation.ts): the full model's flag leaves it alone.
   */
  negatedOnly?: boolean;
  /** The fast model's score when `score` was refined by a second stage (absent: `score` is the fast score). */
  fastScore?: number;
}

export type Sensitivity = "low" | "medium" | "high";

export type HeatLevel = "calm" | "warming" | "heated";

/** A pointer to the comment an item came from. */
export interface ItemRef {
  text: string;
  /** Login of the person who wrote it. */
  author: string;
  commentId: string;
  url?: string;
  createdAt?: string;
}

export interface OpenItem extends ItemRef {
  kind: "question" | "concern";
  /** Milliseconds between the item and `now`. */
  ageMs?: number;
  /** Comments by others after it in the thread. */
  laterComments: number;
  /** Conventional Comments "(blocking)" or a CHANGES_REQUESTED review. */
  blocking?: boolean;
  /** Only asks for news or adds a voice ("Any news on this?"): listed, but never a reason to speak. */
  bump?: boolean;
  /** Someone who could answer has spoken since without taking it up: a triage redirect
   * ("Duplicate of #12") or a report of other work ("Fixed the typo"). */
  passedOver?: boolean;
  /** Asked by someone other than the thread's opener, and none of those it was put to (the people
   * it names; when it names nobody, anyone else) has engaged since: only me-toos and bumps, or
   * nothing. Listed, but no reason to speak: a note would reach nobody who can answer. */
  quietAside?: boolean;
  /** 1–3 open-ended questions a facilitator could ask about it (built on first read: see open-items.ts). */
  suggestedQuestions: string[];
}

export interface Agreement {
  /** What was agreed (the quoted sentence, or the main claim of the comment answered). */
  text: string;
  /** Who made the point agreed to. */
  author: string;
  commentId: string;
  url?: string;
  /** Logins who agreed. */
  agreedBy: string[];
  /** Ids of the comments expressing agreement. */
  agreementCommentIds: string[];
  /** The text is the answered comment's main claim, not words the agreement named (quote, clause, concession). */
  fromClaim?: boolean;
  /** Agreement to the change or proposal as a whole (approvals, a bare LGTM): the text is the thread's title. */
  whole?: boolean;
  /** Logins (of `agreedBy`) who confirmed that the suggestion works ("yup, that works"), not only agreed. */
  confirmedBy?: string[];
}

export interface ActionItem extends ItemRef {
  owner: string;
}

/** What a decision sentence settles: an outcome kind (outcome-cues.ts) or a plain "we'll go with…". */
export type DecisionKind = import("./outcome-cues.ts").OutcomeKind | "decided";

export interface Decision extends ItemRef {
  /** Absent: a plain decision ("decided"). */
  kind?: DecisionKind;
  /** A later turn that undid it ("reverted", "reopening", "actually, let's not"): the decision stands reversed. */
  reversedBy?: ItemRef;
  /** Moved or closed as a duplicate: where to, when the comment names it and its sentence does not ("#8550", "owner/repo#12"). */
  to?: string;
}

/** Where the thread stands: GitHub's own state when the thread was loaded from GitHub, else what its words say. */
export interface ThreadStatus {
  /** "unknown" only when the thread carries no state and no comment closes or merges it. */
  state: "open" | "closed" | "merged" | "unknown";
  /** "github": the state is GitHub's own; "words": read from the comments (or unknown). */
  source: "github" | "words";
  locked: boolean;
  /** When it reached that state (GitHub's closedAt, else the settling comment's time). */
  since?: string;
  /** GitHub's state reason ("NOT_PLANNED", "DUPLICATE", "COMPLETED"…), when known. */
  stateReason?: string;
  /** The latest decision still standing that says why (or what the outcome is). */
  why?: Decision;
  /** Words only: the turn that closed or merged the thread, when another outcome is the why: a later one that does not close ("closing, a setup issue", then "works now"), or an earlier one a reasonless closing leaves standing ("never been supported", then "this issue is locked"). */
  settledBy?: Decision;
  /** Words only: a later report by someone else that the outcome works ("fix confirmed"), when the outcome is a fix or merge it confirms. */
  confirmedBy?: Decision;
  /** A later comment, by someone else, saying that outcome does not hold ("still remains on Windows"): contested.ts. */
  contestedBy?: ItemRef;
  /** A later report that the problem is still there, after an outcome saying it is gone, that someone replied to (so not `contestedBy`) and no new outcome followed: contested.ts. */
  failedSince?: ItemRef;
}

/** The answer a reply gave to the opening question or report: its key sentence, who, where. */
export interface ThreadAnswer extends ItemRef {
  /** The opener accepted it afterwards ("that works, thanks"): the id of that comment. */
  acceptedIn?: string;
  /** "maintainer" when the answerer's association is owner, member or collaborator. */
  role?: "maintainer";
  /** The opener found it themself; `confirmedIn` is the comment of someone else saying it works. */
  byOpener?: boolean;
  confirmedIn?: string;
}

/** A point one participant made that another disputed afterwards (a position, not agreement). */
export interface Difference {
  /** The point as its author put it. */
  text: string;
  author: string;
  commentId: string;
  url?: string;
  /** The later reply that disputes it. */
  disputedBy: ItemRef;
}

export interface Participant {
  login: string;
  comments: number;
  /** Mean per-comment heat of this participant's comments, 0..1. */
  meanHeat: number;
  isBot: boolean;
}

export interface HeatReport {
  level: HeatLevel;
  score: number;
  /** Where the rise began. */
  since?: { commentId: string; index: number };
  /** Plain-language reasons a maintainer understands. */
  reasons: string[];
  /** Logins involved in the heated stretch (for the evidence fold only; never pinged). */
  involved: string[];
  /** Per-comment heat, in thread order. */
  /** `fastScore`: the fast stage's score, present when the sentence model re-read the comment (`score` is then the combined one). */
  perComment: { commentId: string; score: number; flag: boolean; hot: boolean; fastScore?: number }[];
}

/** The ending reader's view of the latest comments (ending/reader.ts): how likely each says where the thread stands. */
export interface EndingReading {
  scores: { commentId: string; probability: number }[];
  /** The likeliest, when it reaches the model's cut-off: its outcome sentence, who and where. */
  outcome?: ItemRef & { probability: number };
}

export interface ThreadReport {
  heat: HeatReport;
  openQuestions: OpenItem[];
  openConcerns: OpenItem[];
  agreements: Agreement[];
  decisions: Decision[];
  /** Where the thread stands now (state, since when, why). */
  status: ThreadStatus;
  /** The opening post's main point, in its words: what the thread is about. */
  about?: ItemRef;
  /** The answer a reply by someone else gave to the opening post, in its key sentence (thread-answer.ts). */
  answer?: ThreadAnswer;
  /** The ending reader's reading of the latest comments (only with sentence embeddings). */
  ending?: EndingReading;
  /** The latest comment by a maintainer other than the thread's author, in its telling sentence (latest-maintainer.ts). */
  maintainerWord?: ItemRef;
  /** Points made and disputed afterwards (never listed as agreed). */
  differences: Difference[];
  /** Commitments still pending at the end ("I'll add a test" with no later "added the test"). */
  actionItems: ActionItem[];
  scopeGrowth: ItemRef[];
  participants: Participant[];
  language: { isEnglish: boolean; confidence: number };
  commentCount: number;
}
