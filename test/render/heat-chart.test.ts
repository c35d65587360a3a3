import { describe, expect, it } from "vitest";
import { CHART_MAX_POINTS, renderHeatChart } from "../../src/render/heat-chart.ts";
import type { HeatReport } from "../../src/analysis/types.ts";

const heat = (scores: number[]): HeatReport => ({
  level: "calm",
  score: 0,
  reasons: [],
  involved: [],
  perComment: scores.map((score, i) => ({ commentId: `c${i}`, score, flag: score > 0.7, hot: score > 0.7 })),
});

const points = (md: string) => JSON.parse(/line (\[.*\])/.exec(md)![1]) as number[];
const labels = (md: string) => JSON.parse(/x-axis "comment" (\[.*\])/.exec(md)![1]) as string[];

describe("renderHeatChart", () => {
  it("draws one point per comment for short threads", () => {
    const md = renderHeatChart(heat([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]));
    expect(md.startsWith("```mermaid\nxychart-beta\n")).toBe(true);
    expect(points(md)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(labels(md)[0]).toBe("1");
  });

  it("buckets a 1,000-comment thread into at most CHART_MAX_POINTS points, keeping each bucket's peak", () => {
    const scores = Array.from({ length: 1000 }, (_, i) => (i === 517 ? 0.95 : 0.1));
    const md = renderHeatChart(heat(scores));
    expect(points(md).length).toBeLessThanOrEqual(CHART_MAX_POINTS);
    expect(Math.max(...points(md))).toBe(0.95);
    const hot = labels(md)[points(md).indexOf(0.95)].split("-").map(Number);
    expect(hot[0]).toBeLessThanOrEqual(518);
    expect(hot[1]).toBeGreaterThanOrEqual(518);
    expect(labels(md).at(-1)!.endsWith("-1000")).toBe(true);
  });

  it("clamps out-of-range scores and draws nothing under 10 comments", () => {
    expect(points(renderHeatChart(heat([1.4, -0.2, 0, 0, 0, 0, 0, 0, 0, 0])))).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(renderHeatChart(heat([0.5, 0.5]))).toBe("");
  });
});
