// One line on the thread's temperature for summaries, saying how the thread ENDS as well as how
// it went: "calm throughout", "ran hot around comments 5–9, calm since", "heated since comment
// 12", "mostly calm, but the thread ends heated (comment 14)". Read from the same heat report
// as the nudges (level, per-comment flags and scores). A heated or warming thread whose last turns
// read calm says it calmed down; jokes and swearing at oneself (analysis/light-heat.ts) are not
// heat here. Names nobody. Pure.
import type { HeatReport } from "../analysis/types.ts";

/** The last comments that decide how a thread ends. */
export const END_WINDOW = 3;
/**
 * An unflagged comment at or above this heat score, among the last ones, still makes the line say
 * the thread ends tense. Chosen as the lowest of 0.5/0.6/0.7/0.8 that keeps threads labelled calm
 * at the end of the thread panel under 5% (3 of 68 at 0.7; 7 at 0.6); on the locked-issues
 * threads whose last three comments include an uncivil one, it names 13 more of the 60 that
 * were otherwise called calm at the end (docs/evaluation.md).
 */
export const TENSE_END_SCORE = 0.7;
// With the sentence model, a re-read comment must reach it on both its combined and its fast score
// (session 8): the combined score alone called 7 of 35 calm fold-A endings tense or warming (the fast
// stage alone: 3); both give 4 of 35 and 1 of 33 (fold B), and 1 of 92 locked-issues uncivil endings
// called calm, as the fast stage alone (docs/evaluation.md, "Session 8").
/**
 * A heated or warming thread whose last this-many comments are unflagged and each below
 * CALM_END_SCORE reads "ran hot around …, calm since": the line says how the thread ends.
 * Chosen on the panel's fold A and the locked-issues endings: runs of 2 or 3, cut-offs 0.3–0.7.
 * The last three below 0.4 or 0.5 do equally well on fold A (2 of 35 calm endings called tense
 * instead of 4 with the heat model of 720388a; 3 instead of 5 with the one of ee1019e) and call
 * 2 more of 92 locked-issues uncivil endings calm (49 instead of 47, 720388a); the lower, more
 * cautious cut-off is kept (docs/evaluation.md).
 */
export const CALMED_RUN = 3;
/** Below this score (more likely calm than heated) a last comment counts as calm for CALMED_RUN. */
export const CALM_END_SCORE = 0.4;
/** The score a light-hearted comment (a joke, swearing at oneself) is read at, at most. */
export const LIGHT_SCORE = 0.3;

function span(from: number, to: number): string {
  return from === to ? `comment ${from}` : `comments ${from}–${to}`;
}

/**
 * `position` gives a comment's 1-based place in the thread (bots and the app included), so the
 * numbers match what readers count; without it, places in the heat sequence are used.
 */
export function describeTemperature(heat: HeatReport, position?: (commentId: string) => number | undefined, light: ReadonlySet<string> = new Set()): string {
  const place = (commentId: string, fallback: number) => position?.(commentId) ?? fallback;
  // A joke or swearing at oneself is not heat between people.
  const per = heat.perComment.map((c) => (light.has(c.commentId) ? { ...c, flag: false, hot: false, score: Math.min(c.score, LIGHT_SCORE) } : c));
  const flagged = per.map((c, i) => (c.hot ? place(c.commentId, i + 1) : 0)).filter((n) => n > 0);
  // As at the end (below): a turn the sentence model re-read reads tense only when the fast stage reads it so too.
  const tense = (c: (typeof per)[number]) => c.score >= TENSE_END_SCORE && (c.fastScore === undefined || c.fastScore >= TENSE_END_SCORE);
  const hot = per.map((c, i) => (c.hot || tense(c) ? place(c.commentId, i + 1) : 0)).filter((n) => n > 0);
  const since = heat.since ? place(heat.since.commentId, heat.since.index + 1) : flagged[0];
  if (heat.level !== "calm") {
    // Hot earlier, and the last turns read calm: say it calmed down; nothing hot left at all: calm.
    const calmedDown = per.length > CALMED_RUN && per.slice(-CALMED_RUN).every((c) => !c.hot && c.score < CALM_END_SCORE);
    if (calmedDown && hot.length > 0) return `ran hot around ${span(hot[0], hot[hot.length - 1])}, calm since.`;
    if (!(calmedDown && hot.length === 0)) {
      if (heat.level === "heated") return since ? `heated since ${span(since, since)}.` : "heated right now.";
      return since ? `warming up since ${span(since, since)}.` : "warming up.";
    }
  }
  // Calm overall: how does it end?
  const start = Math.max(0, per.length - END_WINDOW);
  const tail = per.slice(start).map((c, i) => ({ ...c, at: place(c.commentId, start + i + 1) }));
  const hotEnd = tail.filter((c) => c.hot).at(-1);
  if (hotEnd) return `mostly calm, but the thread ends heated (${span(hotEnd.at, hotEnd.at)}).`;
  // A comment the sentence model re-read reads tense only when the fast stage reads it so too: the
  // combined score alone reaches the cut-off (chosen for the fast stage) on calm closing notes.
  const tenseEnd = tail.filter(tense).at(-1);
  if (tenseEnd) {
    const before = flagged.length ? `ran hot around ${span(flagged[0], flagged[flagged.length - 1])}; ` : "mostly calm, but ";
    return `${before}the last replies read tense (${span(tenseEnd.at, tenseEnd.at)}).`;
  }
  if (flagged.length === 0) return "calm throughout.";
  return `ran hot around ${span(flagged[0], flagged[flagged.length - 1])}, calm since.`;
}
