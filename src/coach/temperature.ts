// One line on the thread's temperature for summaries: "calm throughout", "ran hot around
// comments 5–9, calm since", "heated since comment 12". Names nobody. Pure.
import type { HeatReport } from "../analysis/types.ts";

function span(from: number, to: number): string {
  return from === to ? `comment ${from}` : `comments ${from}–${to}`;
}

/**
 * `position` gives a comment's 1-based place in the thread (bots and the app included), so the
 * numbers match what readers count; without it, places in the heat sequence are used.
 */
export function describeTemperature(heat: HeatReport, position?: (commentId: string) => number | undefined): string {
  const place = (commentId: string, fallback: number) => position?.(commentId) ?? fallback;
  const flagged = heat.perComment.map((c, i) => (c.flag ? place(c.commentId, i + 1) : 0)).filter((n) => n > 0);
  const since = heat.since ? place(heat.since.commentId, heat.since.index + 1) : flagged[0];
  if (heat.level === "heated") return since ? `heated since ${span(since, since)}.` : "heated right now.";
  if (heat.level === "warming") return since ? `warming up since ${span(since, since)}.` : "warming up.";
  if (flagged.length === 0) return "calm throughout.";
  return `ran hot around ${span(flagged[0], flagged[flagged.length - 1])}, calm since.`;
}
