// The gate before "heated": a hostile turn aimed at a person, or heat sustained by two people,
// measured against the thread's recent baseline (old heat decays out of it).
import { describe, expect, it } from "vitest";
import { assessEscalation, escalationScore, heatThresholds } from "../../src/analysis/heat/escalation.ts";
import { BASELINE_WINDOW, heatGate, isHostileTurn, warmCutoff } from "../../src/analysis/heat/gate.ts";
import { relativeHeat } from "../../src/analysis/heat/scale.ts";
import { build, type Turn } from "./heat-turns.ts";

const people = ["ann", "bob", "cy", "dee", "eve"];
const calm = (n: number, from = 0): Turn[] => Array.from({ length: n }, (_, i) => ({ who: people[(from + i) % people.length] }));
const insult = [{ phrase: "idiot", category: "insult" as const, weight: 1 }];
const grumble = [{ phrase: "flaky", category: "frustration" as const, weight: 1 }];

function gateOf(turns: Turn[]) {
  const { comments, features } = build(turns);
  return heatGate(comments, features, relativeHeat(features));
}
const levelOf = (turns: Turn[]) => {
  const { comments, features } = build(turns);
  return assessEscalation(comments, features).level;
};

describe("heatGate", () => {
  it("stays shut in a calm thread of any length", () => {
    for (const n of [4, 40, 300]) expect(gateOf(calm(n)).open).toBeNull();
  });

  it("opens on one flagged turn aimed at a person, not on a flagged grumble about a thing", () => {
    expect(gateOf([...calm(10), { who: "ann", heat: 1.2, evidence: insult }]).open).toBe("hostile");
    expect(gateOf([...calm(10), { who: "ann", heat: 1.2, evidence: grumble }]).open).toBeNull();
  });

  it("needs sustained warmth from two people, not two warm turns by the same one", () => {
    const one: Turn[] = [...calm(10), { who: "ann", heat: 0.9 }, { who: "bob" }, { who: "ann", heat: 0.9 }];
    const two: Turn[] = [...calm(10), { who: "ann", heat: 0.9 }, { who: "bob", heat: 0.9 }];
    expect(gateOf(one).open).toBeNull();
    expect(gateOf(two).open).toBe("sustained");
  });

  it("counts a turn with blame or a brush-off as part of the sustained heat when the turn itself reads above ordinary", () => {
    expect(gateOf([...calm(10), { who: "ann", heat: 0.9 }, { who: "bob", blame: 1, heat: 0.6 }]).open).toBe("sustained");
    expect(gateOf([...calm(10), { who: "ann", heat: 0.9 }, { who: "bob" }]).open).toBeNull();
    // the cue lexicon fires on calm replies too ("as I said above"): a cue in a calm turn is not heat
    expect(gateOf([...calm(10), { who: "ann", heat: 0.9 }, { who: "bob", blame: 1 }]).open).toBeNull();
  });

  it("reads warm against the thread's recent baseline: a thread that has run this warm lately shows nothing new", () => {
    const warmLately: Turn[] = Array.from({ length: 40 }, (_, i) => ({ who: people[i % 5], heat: 0.9 }));
    expect(gateOf(warmLately).open).toBeNull();
    expect(warmCutoff(relativeHeat(build(warmLately).features))).toBeGreaterThan(warmCutoff([]));
  });

  it("lets old heat decay: an early spat neither keeps a long thread heated nor dulls it for good", () => {
    const spat: Turn[] = Array.from({ length: 40 }, (_, i) => ({ who: people[i % 2], heat: 1.1, evidence: insult }));
    const long: Turn[] = [...calm(5), ...spat, ...calm(BASELINE_WINDOW + 200, 5)];
    expect(levelOf(long)).toBe("calm");
    // The same warm exchange reads as heat again once the spat (15% of all turns, above the 90th
    // percentile of the whole history) has left the baseline window.
    const fresh: Turn[] = [...long, { who: "ann", heat: 0.9 }, { who: "bob", heat: 0.95 }];
    expect(gateOf(fresh).open).toBe("sustained");
  });
});

describe("escalationScore", () => {
  it("keeps a thread below heated while the gate is shut, whatever the weaker signals say", () => {
    // Blame, a rhetorical question and a brush-off from one person, no warm turn from anyone else.
    const turns: Turn[] = [...calm(12), { who: "ann", heat: 0.65, blame: 2, rhetorical: 2, dismissals: 2, polite: false }];
    const { comments, features } = build(turns);
    const r = escalationScore(comments, features);
    expect(r.gate.open).toBeNull();
    expect(r.score).toBeLessThan(heatThresholds.medium[1]);
    expect(assessEscalation(comments, features).level).not.toBe("heated");
  });

  it("lets a hostile turn through to heated", () => {
    const { comments, features } = build([...calm(12), { who: "ann", heat: 1.3, evidence: insult, polite: false }]);
    expect(escalationScore(comments, features).gate.open).toBe("hostile");
    expect(assessEscalation(comments, features).level).toBe("heated");
  });
});

describe("isHostileTurn", () => {
  it("needs both the flag and evidence aimed at a person", () => {
    const { features } = build([
      { who: "ann", heat: 1.2, evidence: insult },
      { who: "ann", heat: 0.8, evidence: insult },
      { who: "ann", heat: 1.2, evidence: grumble },
    ]);
    expect(features.map(isHostileTurn)).toEqual([true, false, false]);
  });
});
