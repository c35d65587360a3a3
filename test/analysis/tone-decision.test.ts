// The two decisions on a tone score (src/analysis/heat/tone/decision.ts): the per-comment flag
// (evidence a comment is uncivil) and the thread decision's stricter reading of a turn, which also
// asks more of a turn addressed to no one; no lexicon gate; the uncertain band a second stage re-scores.
import { describe, expect, it } from "vitest";
import {
  COMMENT_FLAG_CUTOFFS,
  commentFlagCutoff,
  decideFlag,
  isHotTurn,
  isUncertain,
  THREAD_TURN_CUTOFFS,
  threadTurnCutoff,
  UNADDRESSED_MARGIN,
  UNCERTAIN_BAND,
} from "../../src/analysis/heat/tone/decision.ts";
import { scoreTone, toneThresholds } from "../../src/analysis/heat/tone.ts";

const SENSITIVITIES = ["low", "medium", "high"] as const;

describe("the per-comment flag and the thread's reading of a turn", () => {
  it("orders each set of cut-offs: low is the strictest; the committed fast model uses the thread's", () => {
    for (const c of [COMMENT_FLAG_CUTOFFS, THREAD_TURN_CUTOFFS]) {
      expect(c.low).toBeGreaterThan(c.medium);
      expect(c.medium).toBeGreaterThan(c.high);
    }
    expect(toneThresholds).toEqual(THREAD_TURN_CUTOFFS);
  });

  it("flags at a lower score than the thread reads a turn hot, at every sensitivity and context", () => {
    for (const sensitivity of SENSITIVITIES) {
      for (const addressed of [true, false]) {
        expect(commentFlagCutoff({ sensitivity, addressed })).toBeLessThanOrEqual(threadTurnCutoff({ sensitivity, addressed }));
      }
    }
    // between the two cut-offs: flagged as evidence, but not hot for the thread
    const between = (COMMENT_FLAG_CUTOFFS.medium + THREAD_TURN_CUTOFFS.medium) / 2;
    expect(decideFlag(between, { addressed: true })).toBe(true);
    expect(isHotTurn(between, { addressed: true })).toBe(false);
  });

  it("the thread asks more of a turn addressed to no one; the flag does not", () => {
    const score = THREAD_TURN_CUTOFFS.medium + UNADDRESSED_MARGIN / 2;
    expect(isHotTurn(score, { addressed: true })).toBe(true);
    expect(isHotTurn(score, { addressed: false })).toBe(false);
    expect(threadTurnCutoff({ addressed: false, sensitivity: "high" })).toBeCloseTo(THREAD_TURN_CUTOFFS.high + UNADDRESSED_MARGIN);
    expect(commentFlagCutoff({ addressed: false })).toBe(commentFlagCutoff({ addressed: true }));
  });

  it("the fast stage alone keeps its own flag: the thread's reading, at every sensitivity and context", () => {
    for (const sensitivity of SENSITIVITIES) {
      for (const addressed of [true, false]) {
        for (let s = 0; s <= 1.0001; s += 0.01) {
          expect(decideFlag(s, { sensitivity, addressed, stage: "fast" })).toBe(isHotTurn(s, { sensitivity, addressed }));
        }
      }
    }
    expect(decideFlag(0.99, { addressed: false, aboutThings: true })).toBe(false);
  });

  it("says which fast scores a second stage could change", () => {
    expect(isUncertain((UNCERTAIN_BAND.from + UNCERTAIN_BAND.to) / 2)).toBe(true);
    expect(isUncertain(UNCERTAIN_BAND.from - 0.01)).toBe(false);
    expect(isUncertain(UNCERTAIN_BAND.to)).toBe(false);
  });

  it("both decisions are monotone in the score for every context", () => {
    for (const sensitivity of SENSITIVITIES) {
      for (const addressed of [true, false]) {
        let flagWas = false;
        let hotWas = false;
        for (let s = 0; s <= 1.0001; s += 0.01) {
          const f = decideFlag(s, { sensitivity, addressed });
          const h = isHotTurn(s, { sensitivity, addressed });
          expect(!flagWas || f).toBe(true);
          expect(!hotWas || h).toBe(true);
          expect(!h || f).toBe(true); // a hot turn is always flagged
          flagWas = f;
          hotWas = h;
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
