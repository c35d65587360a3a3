// One line on the thread's temperature for summaries, saying how the thread ENDS as well as how
// it went: "calm throughout", "ran hot around comments 5–9, calm since", "heated since comment
// 12", "mostly calm, but the thread ends heated (comment 14)". Read from the same heat report
// as the nudges (level, per-comment flags and scores). Names nobody. Pure.
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

function span(from: number, to: number): string {
  return from === to ? `comment ${from}` : `comments ${from}–${to}`;
}

/**
 * `position` gives a comment's 1-based place in the thread (bots and the app included), so the
 * numbers match what readers count; without it, places in the heat sequence are used.
 */
export function describeTemperature(heat: HeatReport, position?: (commentId: string) => number | undefined): string {
  const place = (commentId: string, fallback: number) => position?.(commentId) ?? fallback;
  const per = heat.perComment;
  const flagged = per.map((c, i) => (c.flag ? place(c.commentId, i + 1) : 0)).filter((n) => n > 0);
  const since = heat.since ? place(heat.since.commentId, heat.since.index + 1) : flagged[0];
  if (heat.level === "heated") return since ? `heated since ${span(since, since)}.` : "heated right now.";
  if (heat.level === "warming") return since ? `warming up since ${span(since, since)}.` : "warming up.";
  // Calm overall: how does it end?
  const start = Math.max(0, per.length - END_WINDOW);
  const tail = per.slice(start).map((c, i) => ({ ...c, at: place(c.commentId, start + i + 1) }));
  const hotEnd = tail.filter((c) => c.flag).at(-1);
  if (hotEnd) return `mostly calm, but the thread ends heated (${span(hotEnd.at, hotEnd.at)}).`;
  const tenseEnd = tail.filter((c) => c.score >= TENSE_END_SCORE).at(-1);
  if (tenseEnd) {
    const before = flagged.length ? `ran hot around ${span(flagged[0], flagged[flagged.length - 1])}; ` : "mostly calm, but ";
    return `${before}the last replies read tense (${span(tenseEnd.at, tenseEnd.at)}).`;
  }
  if (flagged.length === 0) return "calm throughout.";
  return `ran hot around ${span(flagged[0], flagged[flagged.length - 1])}, calm since.`;
}
