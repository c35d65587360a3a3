// When a thread reads "heated" (the level that calls for a pause note): one of its last three
// people's turns scores at or above the pause cut-off on the fast scale (plus the flag's margin for
// a turn addressed to no one). Chosen by issue 18's second
// round (eval/heat-rule-eval.ts, docs/tone-model.md "Issue 18, round 2"): on locked-issues threads
// replayed by repository fold it brings the note in time more often than the gate of heat/gate.ts
// did, with fewer notes on calm-threads and on the thread panel; the gate still decides "warming".
import type { Sensitivity } from "../types.ts";
import type { CommentFeatures } from "../comment-features.ts";
import { FLAG_CUTOFFS, UNADDRESSED_MARGIN } from "./tone/decision.ts";

/** The latest turns the rule reads. */
export const PAUSE_WINDOW = 3;

/**
 * Score (fast scale) from which one turn calls for a pause, per sensitivity: the flag cut-off of the
 * next stricter sensitivity, so a pause needs more than the comment flag (medium: the "low" flag
 * cut-off). Measured at medium only; the others follow the same step.
 */
export const PAUSE_CUTOFFS: Readonly<Record<Sensitivity, number>> = Object.freeze({
  low: 0.97,
  medium: FLAG_CUTOFFS.low,
  high: FLAG_CUTOFFS.medium,
});

/** Index of the hottest of the latest turns that calls for a pause, or null. */
export function pauseTurn(features: readonly CommentFeatures[], sensitivity: Sensitivity = "medium"): number | null {
  let at: number | null = null;
  for (let i = Math.max(0, features.length - PAUSE_WINDOW); i < features.length; i++) {
    const tone = features[i].tone;
    // Aimed at no one (criticism of code, a grumble at a tool) needs the flag's extra margin too.
    const cut = tone.addressed === true ? PAUSE_CUTOFFS[sensitivity] : Math.min(0.99, PAUSE_CUTOFFS[sensitivity] + UNADDRESSED_MARGIN);
    if (tone.score >= cut && (at === null || tone.score > features[at].tone.score)) at = i;
  }
  return at;
}
