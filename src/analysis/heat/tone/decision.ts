// Two decisions on one calibrated tone score (the fast model's, or the combined score put on its
// scale), kept apart since issue 18's third round (docs/tone-model.md, "Issue 18, round 3"):
//  - the per-comment **flag** (`decideFlag`, COMMENT_FLAG_CUTOFFS): evidence that a comment is
//    uncivil, what `score --jsonl` and a report's per-comment list say. On the full model's score its
//    operating point is chosen on out-of-fold locked-issues scores by repository, for precision about
//    0.70 at medium; the fast stage alone (no sentence model) keeps its round-2 flag, the thread's
//    reading, whose cut-offs were chosen for that stage on the development sets.
//  - the **thread decision's** reading of a turn (`isHotTurn`, THREAD_TURN_CUTOFFS plus a margin for
//    a turn addressed to no one): what the escalation, its gate, the turn-heat scale and the
//    summaries read. Its cut-offs are the round-2 flag's, so loosening the flag moves no note.
// Pure; a refined score (the second stage) goes through the same two decisions. Neither needs a
// lexicon match (a phrase, when there is one, is only evidence).
import type { Sensitivity } from "../../types.ts";

/**
 * Cut-off per sensitivity, on the fast scale, from which a turn reads hot to the thread decision
 * when it is addressed to a person ("low" is the strictest). Also the fast model's own thresholds
 * and the knots of the combined score's scale (second-stage.ts `onFastScale`).
 */
export const THREAD_TURN_CUTOFFS: Readonly<Record<Sensitivity, number>> = Object.freeze({ low: 0.94, medium: 0.89, high: 0.8 });

/**
 * Extra score a turn addressed to no one needs before the thread decision reads it hot: criticism
 * of code, frustration at a tool ("this error handling is a mess", "the docs are awful here") reads
 * harsher to the model than it is; heat between people is about people.
 */
export const UNADDRESSED_MARGIN = 0.07;

/**
 * Cut-off per sensitivity of the full model's per-comment flag, on the fast scale. Medium 0.80 is
 * the combined score's cut-off for precision 0.70 on out-of-fold locked-issues scores (the `high`
 * knot of `onFastScale`); low is the round-2 medium point (precision 0.80), high looser (held-out:
 * low P 0.79 / R 0.28, medium 0.71 / 0.40, high 0.67 / 0.48). The flag asks no margin of a comment addressed to no one: on held-out repositories
 * that margin cost 0.05 recall at this cut-off and still let 14 technical sentences through;
 * criticism of things is kept out by the target rule of tone/target.ts instead (docs/tone-model.md,
 * "Issue 18, round 3").
 */
export const COMMENT_FLAG_CUTOFFS: Readonly<Record<Sensitivity, number>> = Object.freeze({ low: 0.89, medium: 0.8, high: 0.75 });

/**
 * Scores the fast model cannot settle: below `from` it is confidently calm, from `to` on
 * confidently heated (at the default sensitivity, whoever is addressed). A second stage may re-score
 * comments whose fast score lies in [from, to).
 */
export const UNCERTAIN_BAND: Readonly<{ from: number; to: number }> = Object.freeze({ from: 0.5, to: 0.96 });

/** What the decisions know about the comment besides its score. */
export interface ToneContext {
  sensitivity?: Sensitivity;
  /**
   * The comment speaks to or about a person: second-person words ("you", "your"), a heat phrase
   * aimed at someone. False for text about code, tools and docs only.
   */
  addressed: boolean;
  /**
   * The comment names no person at all and its only heat is a judgement of a thing (tone/target.ts):
   * criticism of code, tools or docs. The flag leaves it alone; the thread's reading does not look at it.
   */
  aboutThings?: boolean;
  /**
   * The comment's only heat cues are negated (tone/negation.ts): negated heat is not heat, so the
   * flag leaves it alone whatever the score.
   */
  negatedOnly?: boolean;
  /** Which score this is: the full model's (default) or the fast stage's alone. */
  stage?: "fast" | "full";
}

/** The per-comment flag's cut-off for this context, on the full model's score. */
export function commentFlagCutoff(context: ToneContext): number {
  return COMMENT_FLAG_CUTOFFS[context.sensitivity ?? "medium"];
}

/** The per-comment flag: true when a comment with this score reads uncivil at this sensitivity. */
export function decideFlag(score: number, context: ToneContext): boolean {
  // The fast stage alone: its cut-offs on its own scores, chosen on the development sets (the
  // combined score's 0.70 point means nothing for it: on strudel it would flag at precision 0.46).
  if (context.stage === "fast") return isHotTurn(score, context);
  return !context.aboutThings && !context.negatedOnly && score >= commentFlagCutoff(context);
}

/** The thread decision's cut-off for a turn in this context. */
export function threadTurnCutoff(context: ToneContext): number {
  const base = THREAD_TURN_CUTOFFS[context.sensitivity ?? "medium"];
  return context.addressed ? base : Math.min(0.99, base + UNADDRESSED_MARGIN);
}

/** The thread decision's reading of one turn: true when it reads hot (warming, the gate, the turn-heat scale). */
export function isHotTurn(score: number, context: ToneContext): boolean {
  return score >= threadTurnCutoff(context);
}

/** True when the fast score lies where a second stage could change the decisions. */
export function isUncertain(score: number): boolean {
  return score >= UNCERTAIN_BAND.from && score < UNCERTAIN_BAND.to;
}
