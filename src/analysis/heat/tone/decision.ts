// The per-comment decision: should this comment be flagged as heated? Pure and separate from the
// model, so that a refined score (a second stage that re-scores the comments the fast model cannot
// settle) goes through the same decision. The decision reads the calibrated score and the
// comment's context; it needs no lexicon match (a phrase, when there is one, is only evidence).
//
// Operating point (docs/tone-model.md, "Fifth pass"): chosen on leave-one-dataset-out scores of
// the development sets and on the thread panel, for the product's job — silence when unsure, a
// flag right most of the time.
import type { Sensitivity } from "../../types.ts";

/** Calibrated-score cut-off per sensitivity for a comment addressed to a person ("low" is the strictest). */
export const FLAG_CUTOFFS: Readonly<Record<Sensitivity, number>> = Object.freeze({ low: 0.94, medium: 0.89, high: 0.8 });

/**
 * Extra score a comment addressed to no one needs: criticism of code, frustration at a tool
 * ("this error handling is a mess", "the docs are awful here") reads harsher to the model than it
 * is; heat is about people.
 */
export const UNADDRESSED_MARGIN = 0.07;

/**
 * Scores the fast model cannot settle: below `from` it is confidently calm, from `to` on
 * confidently heated (at the default sensitivity, whoever is addressed). A second stage may re-score
 * comments whose fast score lies in [from, to) and hand the refined score to `toneDecision`.
 */
export const UNCERTAIN_BAND: Readonly<{ from: number; to: number }> = Object.freeze({ from: 0.5, to: 0.96 });

/** What the decision knows about the comment besides its score. */
export interface ToneContext {
  sensitivity?: Sensitivity;
  /**
   * The comment speaks to or about a person: second-person words ("you", "your"), a heat phrase
   * aimed at someone. False for text about code, tools and docs only.
   */
  addressed: boolean;
}

/** Cut-off on the calibrated score for this context. */
export function flagCutoff(context: ToneContext): number {
  const base = FLAG_CUTOFFS[context.sensitivity ?? "medium"];
  return context.addressed ? base : Math.min(0.99, base + UNADDRESSED_MARGIN);
}

/** True when a comment with this calibrated score, in this context, should be flagged. */
export function decideFlag(score: number, context: ToneContext): boolean {
  return score >= flagCutoff(context);
}

/** True when the fast score lies where a second stage could change the decision. */
export function isUncertain(score: number): boolean {
  return score >= UNCERTAIN_BAND.from && score < UNCERTAIN_BAND.to;
}

export interface ToneDecision {
  flag: boolean;
  /** The cut-off the score was compared with. */
  cutoff: number;
  /** The fast score is in the uncertain band. */
  uncertain: boolean;
}

/** The decision with its reasons: flag, the cut-off used, whether the fast score was uncertain. */
export function toneDecision(score: number, context: ToneContext, fastScore: number = score): ToneDecision {
  const cutoff = flagCutoff(context);
  return { flag: score >= cutoff, cutoff, uncertain: isUncertain(fastScore) };
}
