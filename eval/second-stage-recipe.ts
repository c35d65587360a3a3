// The second tone stage's recipe, shared by `npm run train` (scripts/train-second-stage.ts) and the
// repository-level CV (eval/locked-folds.ts), so the evaluation measures what training ships.
import type { Combination } from "../src/analysis/heat/embedding/combine.ts";

/**
 * How the two probabilities are joined: the mean. Chosen by repository-level CV on locked-issues
 * (`npm run eval locked`: the mean ranks and flags at least as well as the stacked regression, and has
 * nothing to fit).
 */
export const COMBINATION_KIND: Combination["kind"] = "mean";

/**
 * Precision each sensitivity's cut-off reaches on the out-of-fold combined scores of locked-issues
 * (23% uncivil: on ordinary threads, where heat is far rarer, the same cut-off is right far less
 * often). Chosen with eval/heat-rule-eval.ts (docs/tone-model.md, "Issue 18, round 2"): medium 0.65
 * is the loosest whose flag stays at precision ≥ 0.70 on held-out repositories, but it calls 8 of 35
 * calm panel endings (fold A) warming; medium 0.80 is the loosest that keeps them at 3 of 35. Low 0.90 puts the
 * "low" flag cut-off, which is also the pause rule's cut-off at the default sensitivity
 * (heat/pause.ts), where calm-threads get a pause note no more often than before (5 of 150);
 * high sits 0.10 below medium. Round 1 shipped 0.99 / 0.93 / 0.83.
 * Since round 3 these are the knots of the fast scale (second-stage.ts `onFastScale`): each lands on
 * the thread's turn cut-offs (tone/decision.ts THREAD_TURN_CUTOFFS), and the per-comment flag's
 * medium cut-off sits on the 0.70 knot (COMMENT_FLAG_CUTOFFS), so the flag aims for precision 0.70
 * on out-of-fold scores while the thread's decision keeps its round-2 points.
 */
export const SECOND_STAGE_PRECISION = {
  low: Number(process.env.SECOND_LOW ?? 0.9),
  medium: Number(process.env.SECOND_MEDIUM ?? 0.8),
  high: Number(process.env.SECOND_HIGH ?? 0.7),
} as const;
