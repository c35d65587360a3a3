// The scale of per-turn heat used by escalation. Tone scores are calibrated probabilities whose
// spread on ordinary comments changes whenever the tone model is retrained; escalation reads
// heat relative to two anchors taken from the model itself: its own flag threshold (1.0), and how
// it scores a fixed set of ordinary, calm review comments (0.5). So "warm" keeps its meaning.
import { scoreProse, toneThresholds } from "./tone.ts";
import type { CommentFeatures } from "../comment-features.ts";

/** Ordinary review and issue comments (technical vocabulary, mild disagreement, terse replies). */
const CALM_ANCHORS = [
  "Thanks, this looks good to me.",
  "Could you add a test for the empty input case?",
  "I don't think this handles the timeout correctly, the retry loop never gives up.",
  "Rebased on main and fixed the lint warnings.",
  "Kill the worker process and restart it, then the job should resume from the last checkpoint.",
  "This breaks the build on Windows because the path separator is hard-coded.",
  "Nit: the variable name is a bit misleading, maybe rename it to maxRetries.",
  "We should not merge this before the release, it changes the public API.",
  "Done.",
  "I tried that already and it did not work, the cache is still stale after the update.",
  "Why do we need a second queue here? The existing one could take these jobs.",
  "The fatal error in the log comes from the dead worker, not from this change.",
  "Please don't force-push to this branch, other people are working on it.",
  "Same problem here on version 3.2 with Docker.",
  "This is wrong: the offset has to be applied before the conversion, not after.",
  "Any update on this? We are blocked on the upgrade.",
  "I disagree, the old behaviour was documented and people rely on it.",
  "Closing as a duplicate of the earlier issue.",
  "LGTM once CI is green.",
  "The test is terrible at catching regressions, we should replace it with a proper integration test.",
];

function quantile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

const flagAt = toneThresholds.medium;
/** How the current tone model scores ordinary comments, relative to its flag threshold (its 90th percentile). */
export const calmAnchor: number = Math.min(0.8, Math.max(0.05, quantile(CALM_ANCHORS.map((t) => scoreProse(t).score / flagAt), 0.9)));

/** Heat of one turn on the escalation scale: 0.5 at an ordinary comment's upper range, 1 at the tone flag. */
export function turnHeat(toneScore: number): number {
  const u = toneScore / flagAt;
  const h = u <= calmAnchor ? (0.5 * u) / calmAnchor : 0.5 + (0.5 * (u - calmAnchor)) / (1 - calmAnchor);
  return Math.min(1.5, h);
}

/**
 * Per-turn heat of a run of comments. A turn the second stage re-read keeps the fast score's heat
 * (the scale's anchors are the fast model's), and the second stage decides whether it is hot: a turn
 * it reads hot (tone/decision.ts `isHotTurn`) reads at least at the hot cut-off (1), one it does not
 * stays just below it.
 */
export function relativeHeat(features: CommentFeatures[]): number[] {
  return features.map((f) => {
    if (f.tone.fastScore === undefined) return turnHeat(f.tone.score);
    const h = turnHeat(f.tone.fastScore);
    return f.tone.hot ? Math.max(h, 1) : Math.min(h, BELOW_FLAG);
  });
}

/** Heat of a re-read turn the second stage does not flag, at most: warm, never hot. */
const BELOW_FLAG = 0.99;
