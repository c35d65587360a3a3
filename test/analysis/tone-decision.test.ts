// The per-comment decision (src/analysis/heat/tone/decision.ts): a cut-off on the calibrated score
// that depends on the sensitivity and on whether the comment is addressed to a person, no lexicon
// gate, and the uncertain band a second stage re-scores.
import { describe, expect, it } from "vitest";
import { decideFlag, FLAG_CUTOFFS, flagCutoff, isUncertain, toneDecision, UNADDRESSED_MARGIN, UNCERTAIN_BAND } from "../../src/analysis/heat/tone/decision.ts";
import { scoreTone, toneThresholds } from "../../src/analysis/heat/tone.ts";

describe("decideFlag", () => {
  it("orders the cut-offs: low is the strictest, and the committed model uses them", () => {
    expect(FLAG_CUTOFFS.low).toBeGreaterThan(FLAG_CUTOFFS.medium);
    expect(FLAG_CUTOFFS.medium).toBeGreaterThan(FLAG_CUTOFFS.high);
    expect(toneThresholds).toEqual(FLAG_CUTOFFS);
  });

  it("asks more of a comment addressed to no one than of one addressed to a person", () => {
    const score = FLAG_CUTOFFS.medium + UNADDRESSED_MARGIN / 2;
    expect(decideFlag(score, { addressed: true })).toBe(true);
    expect(decideFlag(score, { addressed: false })).toBe(false);
    expect(flagCutoff({ addressed: false, sensitivity: "high" })).toBeCloseTo(FLAG_CUTOFFS.high + UNADDRESSED_MARGIN);
  });

  it("takes a refined score and reports whether the fast one was uncertain", () => {
    const fast = (UNCERTAIN_BAND.from + UNCERTAIN_BAND.to) / 2;
    expect(isUncertain(fast)).toBe(true);
    expect(isUncertain(UNCERTAIN_BAND.from - 0.01)).toBe(false);
    expect(isUncertain(UNCERTAIN_BAND.to)).toBe(false);
    const d = toneDecision(0.99, { addressed: true }, fast);
    expect(d).toEqual({ flag: true, cutoff: FLAG_CUTOFFS.medium, uncertain: true });
    expect(toneDecision(0.2, { addressed: true }, fast).flag).toBe(false);
  });

  it("is monotone in the score for every context", () => {
    for (const sensitivity of ["low", "medium", "high"] as const) {
      for (const addressed of [true, false]) {
        let was = false;
        for (let s = 0; s <= 1.0001; s += 0.01) {
          const f = decideFlag(s, { sensitivity, addressed });
          expect(!was || f).toBe(true);
          was = f;
        }
      }
    }
  });
});

describe("scoreTone with the decision", () => {
  it("flags hostility aimed at a person and says who it addresses", () => {
    const r = scoreTone("Shut up and fix your garbage library instead of whining at the people who use it.");
    expect(r.flag).toBe(true);
    expect(r.addressed).toBe(true);
    expect(r.evidence.some((e) => e.weight > 0)).toBe(true);
  });

  it("does not flag criticism of code or docs", () => {
    for (const t of ["This error handling is a mess.", "The docs are awful here.", "The diff is ugly because of the whitespace changes; could you split them out?"]) {
      expect(scoreTone(t).flag, t).toBe(false);
    }
  });
});
