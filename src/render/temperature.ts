// One line on the thread's temperature for summaries: "calm throughout", "ran hot around
// comments 5–9, calm since", "heated since comment 12". Names nobody. Pure.
import type { HeatReport } from "../analysis/types.ts";

function span(from: number, to: number): string {
  return from === to ? `comment ${from}` : `comments ${from}–${to}`;
}

export function describeTemperature(heat: HeatReport): string {
  const flagged = heat.perComment.map((c, i) => (c.flag ? i + 1 : 0)).filter((n) => n > 0);
  const since = heat.since ? heat.since.index + 1 : flagged[0];
  if (heat.level === "heated") return since ? `heated since ${span(since, since)}.` : "heated right now.";
  if (heat.level === "warming") return since ? `warming up since ${span(since, since)}.` : "warming up.";
  if (flagged.length === 0) return "calm throughout.";
  return `ran hot around ${span(flagged[0], flagged[flagged.length - 1])}, calm since.`;
}
