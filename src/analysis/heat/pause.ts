// When a thread reads "heated" (the level that calls for a pause note): one of its last three
// people's turns scores at or above the pause cut-off on the fast scale. Chosen by issue 18's second
// round (eval/heat-rule-eval.ts, docs/tone-model.md "Issue 18, round 2"): on locked-issues threads
// replayed by repository fold it brings the note in time more often than the gate of heat/gate.ts
// did, with fewer notes on calm-threads and on the thread panel; the gate still decides "warming".
import type { Sensitivity } from "../types.ts";
import type { CommentFeatures } from "../comment-features.ts";
import { THREAD_TURN_CUTOFFS } from "./tone/decision.ts";

/** The latest turns the rule reads. */
export const PAUSE_WINDOW = 3;

/**
 * Score (fast scale) from which one turn calls for a pause, per sensitivity: the thread-turn cut-off
 * (tone/decision.ts THREAD_TURN_CUTOFFS) of the next stricter sensitivity, so a pause needs more
 * than a hot turn, and far more than the per-comment flag (medium: the "low" thread-turn
 * cut-off). Measured at medium only; the others follow the same step.
 */
export const PAUSE_CUTOFFS: Readonly<Record<Sensitivity, number>> = Object.freeze({
  low: 0.97,
  medium: THREAD_TURN_CUTOFFS.low,
  high: THREAD_TURN_CUTOFFS.medium,
});

/** Index of the hottest of the latest turns that calls for a pause, or null. */
export function pauseTurn(features: readonly CommentFeatures[], sensitivity: Sensitivity = "medium"): number | null {
  let at: number | null = null;
  for (let i = Math.max(0, features.length - PAUSE_WINDOW); i < features.length; i++) {
    // Whoever the turn speaks to: asking the thread-turn margin of a turn addressed to no one cost 10 of
    // 28 locked threads their note in time (docs/tone-model.md, "Issue 18, round 2").
    const tone = features[i].tone;
    if (tone.score >= PAUSE_CUTOFFS[sensitivity] && (at === null || tone.score > features[at].tone.score)) at = i;
  }
  return at;
}
