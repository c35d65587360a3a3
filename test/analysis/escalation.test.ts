// Escalation signals on hand-built per-comment features, so each dynamic is tested on its own.
import { describe, expect, it } from "vitest";
import { assessEscalation, combineSignals, escalationScore, escalationSignals, heatThresholds } from "../../src/analysis/heat/escalation.ts";
import { build, type Turn } from "./heat-turns.ts";

const names = (turns: Turn[]) => escalationSignals(build(turns).comments, build(turns).features).map((s) => s.name);
const calmTurns = (n: number): Turn[] => Array.from({ length: n }, (_, i) => ({ who: ["ann", "bob", "cy", "dee"][i % 4] }));

describe("escalationSignals", () => {
  it("finds nothing in a calm thread of any length", () => {
    for (const n of [1, 3, 12, 200]) {
      const { comments, features } = build(calmTurns(n));
      expect(escalationSignals(comments, features)).toEqual([]);
      expect(assessEscalation(comments, features).level).toBe("calm");
    }
  });

  it("reads a rise relative to the thread's own earlier turns", () => {
    const turns: Turn[] = [...calmTurns(8), { who: "ann", heat: 0.65 }, { who: "bob", heat: 0.8 }, { who: "ann", heat: 0.95 }, { who: "bob", heat: 1.1 }];
    expect(names(turns)).toEqual(expect.arrayContaining(["rise", "sustained", "climb"]));
    // A thread that has been this warm all along shows no rise.
    const warmAllAlong = turns.map((t) => ({ ...t, heat: 0.9 }));
    expect(names(warmAllAlong)).not.toContain("rise");
  });

  it("sees two people answering each other back and forth only when it is warm", () => {
    const calmPair: Turn[] = [{ who: "ann" }, { who: "bob" }, { who: "ann" }, { who: "bob" }, { who: "ann" }];
    expect(names(calmPair)).not.toContain("pingPong");
    const warmPair = calmPair.map((t) => ({ ...t, heat: 0.6 }));
    expect(names(warmPair)).toContain("pingPong");
  });

  it("notices faster and shorter replies against the thread's earlier pace", () => {
    const turns: Turn[] = [
      ...Array.from({ length: 6 }, (_, i): Turn => ({ who: i % 2 ? "bob" : "ann", minute: i * 600, words: 120 })),
      ...Array.from({ length: 4 }, (_, i): Turn => ({ who: i % 2 ? "bob" : "ann", minute: 3600 + i * 2, words: 12, heat: 0.6 })),
    ];
    expect(names(turns)).toEqual(expect.arrayContaining(["faster", "shorter"]));
  });

  it("notices politeness dropping away, blame and rhetorical questions", () => {
    const turns: Turn[] = [...calmTurns(4), { who: "ann", polite: false, heat: 0.6, blame: 1 }, { who: "bob", polite: false, heat: 0.6, rhetorical: 2 }, { who: "ann", polite: false, heat: 0.6 }, { who: "bob", polite: false, heat: 0.6 }];
    expect(names(turns)).toEqual(expect.arrayContaining(["politenessDrop", "blame", "rhetorical"]));
  });

  it("in a long thread, one sharp turn like the thread's earlier sharp turns is not heat; a flagged one is", () => {
    const turns: Turn[] = Array.from({ length: 60 }, (_, i): Turn => ({ who: ["ann", "bob", "cy", "dee"][i % 4], heat: i % 6 === 5 ? 0.8 : 0.2 }));
    const last = (heat: number) => {
      const { comments, features } = build([...turns, { who: "eve", heat }]);
      return assessEscalation(comments, features).level;
    };
    expect(last(0.8)).toBe("calm");
    expect(last(1.1)).not.toBe("calm");
  });

  it("notices one person turning sharper than their own earlier turns", () => {
    const turns: Turn[] = [{ who: "ann", heat: 0.2 }, { who: "bob" }, { who: "ann", heat: 0.2 }, { who: "bob" }, { who: "cy" }, { who: "dee" }, { who: "cy" }, { who: "ann", heat: 0.95 }];
    expect(names(turns)).toContain("personalRise");
    // Someone who has always written this way is not turning sharper.
    const steady = turns.map((t) => (t.who === "ann" ? { ...t, heat: 0.95 } : t));
    expect(names(steady)).not.toContain("personalRise");
  });

  it("notices replies growing into walls of text when it is warm", () => {
    const turns: Turn[] = [
      ...Array.from({ length: 6 }, (_, i): Turn => ({ who: i % 2 ? "bob" : "ann", words: 40 })),
      ...Array.from({ length: 4 }, (_, i): Turn => ({ who: i % 2 ? "bob" : "ann", words: 400, heat: 0.7 })),
    ];
    expect(names(turns)).toContain("longer");
  });

  it("notices the same point repeated by its author", () => {
    const point = ["churn", "conflict", "open", "reformat", "blame", "history"];
    const turns: Turn[] = [{ who: "ann" }, { who: "bob", terms: point }, { who: "ann" }, { who: "bob", terms: point, heat: 0.6 }];
    expect(names(turns)).toContain("repeated");
  });
});

describe("assessEscalation", () => {
  it("levels follow the thresholds of the sensitivity", () => {
    const turns: Turn[] = [...calmTurns(6), { who: "ann", heat: 0.85 }];
    const { comments, features } = build(turns);
    const { score } = escalationScore(comments, features);
    const at = (s: "low" | "medium" | "high") => assessEscalation(comments, features, s).level;
    const expected = (s: "low" | "medium" | "high") => (score >= heatThresholds[s][1] ? "heated" : score >= heatThresholds[s][0] ? "warming" : "calm");
    for (const s of ["low", "medium", "high"] as const) expect(at(s)).toBe(expected(s));
    const order = ["calm", "warming", "heated"];
    expect(order.indexOf(at("high"))).toBeGreaterThanOrEqual(order.indexOf(at("medium")));
    expect(order.indexOf(at("medium"))).toBeGreaterThanOrEqual(order.indexOf(at("low")));
  });

  it("gives where the rise began, who is involved, reasons and per-comment heat", () => {
    const turns: Turn[] = [...calmTurns(6), { who: "ann", heat: 0.9, polite: false }, { who: "bob", heat: 1.1, polite: false, blame: 1 }, { who: "ann", heat: 1.2, polite: false }];
    const { comments, features } = build(turns);
    const r = assessEscalation(comments, features);
    expect(r.level).toBe("heated");
    expect(r.since).toEqual({ commentId: "c7", index: 6 });
    expect(r.involved.sort()).toEqual(["ann", "bob"]);
    expect(r.reasons.length).toBeGreaterThan(2);
    expect(r.perComment.map((p) => p.commentId)).toEqual(comments.map((c) => c.id));
    expect(r.perComment.filter((p) => p.flag).map((p) => p.commentId)).toEqual(["c8", "c9"]);
  });

  it("a score is in 0..1 and never lower with an added signal", () => {
    const base = [{ name: "hotTurn", strength: 0.5, reason: "" }];
    const more = [...base, { name: "blame", strength: 1, reason: "" }];
    expect(combineSignals(base)).toBeGreaterThan(0);
    expect(combineSignals(more)).toBeGreaterThan(combineSignals(base));
    expect(combineSignals(more)).toBeLessThanOrEqual(1);
  });
});
