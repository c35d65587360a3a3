// The second tone stage's recipe, shared by `npm run train` (scripts/train-second-stage.ts) and the
// repository-level CV (eval/locked-folds.ts), so the evaluation measures what training ships.
import type { Combination } from "../src/analysis/tone-embedding/combine.ts";

/**
 * How the two probabilities are joined: the mean. Chosen by repository-level CV on locked-issues
 * (`npm run eval locked`: the mean ranks and flags at least as well as the stacked regression, and has
 * nothing to fit).
 */
export const COMBINATION_KIND: Combination["kind"] = "mean";

/** Precision each sensitivity's cut-off reaches on the out-of-fold combined scores of locked-issues. */
export const SECOND_STAGE_PRECISION = {
  low: Number(process.env.SECOND_LOW ?? 0.85),
  medium: Number(process.env.SECOND_MEDIUM ?? 0.75),
  high: Number(process.env.SECOND_HIGH ?? 0.65),
} as const;
