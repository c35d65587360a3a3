import { describe, expect, it } from "vitest";
import { calmAnchor, turnHeat } from "../../src/analysis/heat/scale.ts";
import { toneThresholds } from "../../src/analysis/heat/tone.ts";

describe("turnHeat", () => {
  it("is anchored: 0 at no heat, 0.5 at an ordinary comment's upper range, 1 at the tone flag", () => {
    const T = toneThresholds.medium;
    expect(turnHeat(0)).toBe(0);
    expect(turnHeat(calmAnchor * T)).toBeCloseTo(0.5, 6);
    expect(turnHeat(T)).toBeCloseTo(1, 6);
  });
  it("never decreases as the tone score rises", () => {
    let last = -1;
    for (let s = 0; s <= 1; s += 0.01) {
      const h = turnHeat(s);
      expect(h).toBeGreaterThanOrEqual(last);
      last = h;
    }
  });
  it("keeps the anchor inside a sane range", () => {
    expect(calmAnchor).toBeGreaterThan(0);
    expect(calmAnchor).toBeLessThan(1);
  });
});
