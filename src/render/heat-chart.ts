// The thread's heat over time as a Mermaid `xychart-beta` block, which GitHub renders itself.
// Long threads are bucketed (each point = the hottest comment of its bucket). Pure.
import type { HeatReport } from "../analysis/types.ts";

/** Threads shorter than this get no chart. */
export const CHART_MIN_COMMENTS = 10;
/** Most points drawn; longer threads are grouped into this many buckets. */
export const CHART_MAX_POINTS = 30;

/** The Mermaid block, or "" when the thread is shorter than CHART_MIN_COMMENTS. */
export function renderHeatChart(heat: HeatReport): string {
  return heatChart(heat.perComment.map((c) => c.score));
}

/** The chart of per-comment heat scores (0..1, thread order), or "" for fewer than CHART_MIN_COMMENTS. */
export function heatChart(scores: number[]): string {
  if (scores.length < CHART_MIN_COMMENTS) return "";
  const size = Math.ceil(scores.length / CHART_MAX_POINTS);
  const labels: string[] = [];
  const points: string[] = [];
  for (let start = 0; start < scores.length; start += size) {
    const bucket = scores.slice(start, start + size);
    const end = start + bucket.length;
    labels.push(`"${bucket.length === 1 ? start + 1 : `${start + 1}-${end}`}"`);
    const peak = Math.max(...bucket);
    points.push(String(Math.round(Math.min(1, Math.max(0, peak)) * 100) / 100));
  }
  return [
    "```mermaid",
    "xychart-beta",
    '  title "Heat per comment (0 = calm, 1 = heated)"',
    `  x-axis "comment" [${labels.join(", ")}]`,
    '  y-axis "heat" 0 --> 1',
    `  line [${points.join(", ")}]`,
    "```",
  ].join("\n");
}
