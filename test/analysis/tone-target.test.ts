// Criticism of code, tools and docs is not a flag: a comment that names no one and only judges a
// thing (tone/target.ts) stays unflagged whatever its score, while the same words aimed at a person,
// or said with impatience or shouting, are flagged at the same score. And the flag and the thread's
// reading of a turn are separate: flagging a turn that the thread does not read hot moves no note.
import { describe, expect, it } from "vitest";
import { scoreTone } from "../../src/analysis/heat/tone.ts";
import { extractFeatures } from "../../src/analysis/heat/tone/features.ts";
import { aboutThingsOnly, namesNoOne } from "../../src/analysis/heat/tone/target.ts";
import { refineWithProbability } from "../../src/analysis/heat/embedding/second-stage.ts";
import { assessEscalation } from "../../src/analysis/heat/escalation.ts";
import { heatGate } from "../../src/analysis/heat/gate.ts";
import { relativeHeat } from "../../src/analysis/heat/scale.ts";
import { build, type Turn } from "./heat-turns.ts";

const thingsOnly = (text: string) => {
  const f = extractFeatures(text);
  return aboutThingsOnly(f.tokens, f.rules);
};
/** The comment's tone as if the sentence model were certain it is uncivil: the highest score the full model can give. */
const atTheTop = (text: string) => refineWithProbability(scoreTone(text), 1);

describe("criticism of things is not flagged", () => {
  const technical = [
    "The performance of the naive version is terrible on large inputs.",
    "The old build system was horrible to debug.",
    "The dumb terminal does not support colors.",
    "The diff is ugly because of the whitespace changes; could you split them out?",
    "Your change looks good, only one nit about naming.",
  ];
  it("reads technical judgements as aimed at things only, and leaves them unflagged even at the top score", () => {
    for (const t of technical) {
      expect(thingsOnly(t), t).toBe(true);
      const tone = atTheTop(t);
      expect(tone.aboutThings, t).toBe(true);
      expect(tone.flag, t).toBe(false);
    }
  });

  it("flags the same judgement once it is aimed at people or said with impatience or shouting", () => {
    for (const t of [
      "You are horrible to debug with.",
      "The maintainers are terrible at this.",
      "I am sick of this terrible build system.",
      "The build system is horrible!!! FIX IT ALREADY",
      "Still not fixed. The build is terrible.",
    ]) {
      expect(thingsOnly(t), t).toBe(false);
      expect(atTheTop(t).flag, t).toBe(true);
    }
  });

  it("counts a 'you' only outside a sentence of courtesy", () => {
    const words = (t: string) => {
      const f = extractFeatures(t);
      return namesNoOne(f.tokens, f.rules);
    };
    expect(words("Could you split the diff? It is ugly.")).toBe(true);
    expect(words("Thanks. You broke the parser again.")).toBe(false);
    expect(words("Nobody reads the docs.")).toBe(false);
  });
});

describe("the flag and the thread's reading of a turn are separate", () => {
  const people = ["ann", "bob", "cy", "dee"];
  const calm = (n: number): Turn[] => Array.from({ length: n }, (_, i) => ({ who: people[i % people.length] }));
  it("a turn flagged but not read hot changes neither the gate nor the level", () => {
    const turns: Turn[] = [...calm(8), { who: "ann", heat: 0.9, addressed: true }, { who: "bob", heat: 0.85, addressed: true }];
    const plain = build(turns);
    const flagged = build(turns);
    for (const i of [8, 9]) flagged.features[i] = { ...flagged.features[i], tone: { ...flagged.features[i].tone, flag: true, hot: false } };
    expect(plain.features[8].tone.flag).toBe(false);
    expect(heatGate(flagged.comments, flagged.features, relativeHeat(flagged.features))).toEqual(heatGate(plain.comments, plain.features, relativeHeat(plain.features)));
    const a = assessEscalation(plain.comments, plain.features);
    const b = assessEscalation(flagged.comments, flagged.features);
    expect(b.level).toBe(a.level);
    expect(b.score).toBe(a.score);
    expect(b.perComment.map((c) => c.flag)).toEqual([...a.perComment.map((c) => c.flag).slice(0, 8), true, true]);
  });
});
