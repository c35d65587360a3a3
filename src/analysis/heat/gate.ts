// Since issue 18 round 2 "heated" comes from the pause rule alone (heat/pause.ts); this gate now
// decides how far a thread's score may rise below that (warming or calm). What opens it: either one
// clearly hostile turn aimed at a person (a comment the tone decision flags that is addressed to
// someone: second person, or evidence that insults, mocks, threatens, swears at, blames or brushes
// off someone), or heat sustained over several recent turns by at least two participants (a turn
// counts when it reads warm, is flagged, or carries second-person blame, a rhetorical question or a
// brush-off while reading above an ordinary comment). Warm is measured against the thread's own recent
// baseline (a sliding window of the turns before the latest stretch), so old heat decays out of
// it and a signal means the same in the 5th and the 300th comment. Weak dynamics alone (faster
// replies, "you" phrasing, a single sharp sentence) can make a thread "warming", never "heated".
import type { Comment } from "../../thread/model.ts";
import type { CommentFeatures } from "../comment-features.ts";
import { AT_A_PERSON } from "./tone.ts";

/** The latest stretch read for sustained heat, in turns. */
export const SUSTAIN_WINDOW = 6;
/** The thread's own baseline: at most this many turns just before the latest stretch. */
export const BASELINE_WINDOW = 30;
/** Turn heat (heat/scale.ts) from which a turn is warm whatever the baseline: an ordinary comment's upper range is 0.5, the tone flag 1. */
const WARM = 0.7;
/**
 * A turn with a cue aimed at the other person (blame, a rhetorical question, a brush-off) counts
 * toward sustained heat only when it reads above an ordinary comment's upper range itself: the cue
 * lexicon fires on calm replies too ("as I said above", "not a bug").
 */
const CUE_FLOOR = 0.5;
/** How far above the thread's recent warmer turns (90th percentile) a turn must read to count as warm. */
const ABOVE_BASELINE = 0.1;

export type GateReason = "hostile" | "sustained";

export interface HeatGate {
  /** Why the thread may read heated, or null when it may not. */
  open: GateReason | null;
  /** Turn heat from which a turn of the latest stretch counts as warm. */
  warmCut: number;
  /** Indices of the turns of the latest stretch that read warm or carry a cue aimed at the other person. */
  warmTurns: number[];
  /** Index of the hostile turn, if any. */
  hostileAt: number | null;
}

function quantile(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

/** True when the comment is flagged and speaks to or about a person (second person, or evidence aimed at someone). */
export function isHostileTurn(f: CommentFeatures): boolean {
  return f.tone.hot && (f.tone.addressed === true || f.tone.evidence.some((e) => e.weight > 0 && AT_A_PERSON.has(e.category)));
}

/** A cue aimed at the other person: second-person blame, a rhetorical question, a brush-off. */
export function hasPersonCue(f: CommentFeatures): boolean {
  return f.blame + f.rhetorical + f.dismissals > 0;
}

/** Warm cut-off for the latest stretch given the heat of the turns before it (the recent baseline). */
export function warmCutoff(before: number[]): number {
  const recent = before.slice(-BASELINE_WINDOW);
  // With fewer than a handful of earlier turns there is no baseline to speak of.
  if (recent.length < 4) return WARM;
  return Math.max(WARM, quantile(recent, 0.9) + ABOVE_BASELINE);
}

/** Reads the gate at the end of the thread. `heat` is the per-turn heat of every comment. */
export function heatGate(comments: Comment[], features: CommentFeatures[], heat: number[]): HeatGate {
  const n = comments.length;
  const start = Math.max(0, n - SUSTAIN_WINDOW);
  const warmCut = warmCutoff(heat.slice(0, start));
  const warmTurns: number[] = [];
  let hostileAt: number | null = null;
  for (let i = start; i < n; i++) {
    if (heat[i] >= warmCut || features[i].tone.hot || (hasPersonCue(features[i]) && heat[i] > CUE_FLOOR)) warmTurns.push(i);
    if (isHostileTurn(features[i])) hostileAt = i;
  }
  const writers = new Set(warmTurns.map((i) => comments[i].author.login));
  const open: GateReason | null = hostileAt !== null ? "hostile" : warmTurns.length >= 2 && writers.size >= 2 ? "sustained" : null;
  return { open, warmCut, warmTurns, hostileAt };
}
