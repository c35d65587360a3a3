// Negated heat is not heat: a comment whose only heat cues the rule layer finds are negated ("you
// wasted nothing", "this isn't your fault") is not flagged by the full model, even at its top score,
// while the same words said without the negation, or beside a live heat cue, are. The word doing the
// negating is not counted as a cue of its own.
import { describe, expect, it } from "vitest";
import { scoreTone } from "../../src/analysis/heat/tone.ts";
import { extractFeatures } from "../../src/analysis/heat/tone/features.ts";
import { onlyNegatedHeat } from "../../src/analysis/heat/tone/negation.ts";
import { refineWithProbability } from "../../src/analysis/heat/embedding/second-stage.ts";
import { decideFlag } from "../../src/analysis/heat/tone/decision.ts";

const negatedOnly = (text: string) => onlyNegatedHeat(extractFeatures(text).rules);
/** The comment's tone as if the sentence model were certain it is uncivil: the highest score the full model can give. */
const atTheTop = (text: string) => refineWithProbability(scoreTone(text), 1);

describe("negated heat is not flagged", () => {
  const negated = [
    "You wasted nothing; the run was going to time out anyway.",
    "This is not your fault, the mirror was down for an hour.",
    "The proposal isn't stupid at all, it only needs a benchmark.",
  ];

  it("reads comments whose only heat is negated as such, and leaves them unflagged at the top score", () => {
    for (const t of negated) {
      expect(negatedOnly(t), t).toBe(true);
      const tone = atTheTop(t);
      expect(tone.negatedOnly, t).toBe(true);
      expect(tone.flag, t).toBe(false);
    }
  });

  it("flags the same words without the negation", () => {
    for (const t of ["You wasted the whole afternoon; the run was going to time out anyway.", "This is your fault, the mirror was fine.", "Your proposal is stupid, it needs a benchmark."]) {
      expect(negatedOnly(t), t).toBe(false);
      expect(atTheTop(t).flag, t).toBe(true);
    }
  });

  it("flags a negated cue beside a live one", () => {
    for (const t of ["This is not your fault, but you never read the logs.", "The proposal isn't stupid. You are just lazy."]) {
      expect(negatedOnly(t), t).toBe(false);
      expect(atTheTop(t).flag, t).toBe(true);
    }
  });

  it("does not count the word doing the negating as a cue of its own", () => {
    // "nothing" negates "you wasted"; the scan also reads it as an absolute, which must not count
    const f = extractFeatures("You wasted nothing here.");
    expect(f.rules.negated).toBe(1);
    expect(onlyNegatedHeat(f.rules)).toBe(true);
    // an absolute that negates nothing is still a cue
    expect(negatedOnly("Nothing ever works in this project, and this isn't stupid?")).toBe(false);
  });

  it("needs a negated heat phrase: no heat cue at all, or only a negated absolute, is not 'negated only'", () => {
    expect(negatedOnly("Looks good to me, merging after CI.")).toBe(false);
    // "not always", "not everybody" negate a certainty word, no heat of its own: the model decides
    expect(negatedOnly("Not everybody runs the linter before pushing, so the hook is not always there.")).toBe(false);
  });

  it("is part of the flag's decision, not the thread's reading", () => {
    expect(decideFlag(0.99, { addressed: true, negatedOnly: true })).toBe(false);
    expect(decideFlag(0.99, { addressed: true, negatedOnly: false })).toBe(true);
    const tone = atTheTop(negated[0]);
    expect(tone.hot).toBe(true);
  });
});
