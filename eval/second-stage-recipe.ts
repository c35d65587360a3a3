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
 * often). Medium chosen with eval/heat-grid.ts among 0.75–0.93: below 0.93 the pause note comes in
 * time on more locked threads (27.5% at 0.75, 18.3% at 0.93, 12.2% before) but fires on more calm
 * threads and on panel fold A (docs/tone-model.md, "Issue 18").
 */
export const SECOND_STAGE_PRECISION = {
  low: Number(process.env.SECOND_LOW ?? 0.99),
  medium: Number(process.env.SECOND_MEDIUM ?? 0.93),
  high: Number(process.env.SECOND_HIGH ?? 0.83),
} as const;
