// The pause rule: a thread reads "heated" (and gets a pause note) when one of its last three turns
// scores at the pause cut-off; sustained warmth or a flag below that cut-off reads warming at most.
import { describe, expect, it } from "vitest";
import { assessEscalation } from "../../src/analysis/heat/escalation.ts";
import { PAUSE_CUTOFFS, PAUSE_WINDOW, pauseTurn } from "../../src/analysis/heat/pause.ts";
import { THREAD_TURN_CUTOFFS } from "../../src/analysis/heat/tone/decision.ts";
import { build, FLAG, type Turn } from "./heat-turns.ts";

const people = ["ann", "bob", "cy", "dee"];
const calm = (n: number): Turn[] => Array.from({ length: n }, (_, i) => ({ who: people[i % people.length] }));
/** A turn whose tone score is exactly `score` on the fast scale. */
const scoring = (who: string, score: number): Turn => ({ who, heat: score / FLAG, addressed: true });

describe("pauseTurn", () => {
  it("asks more than a hot turn: the pause cut-off at each sensitivity is above that sensitivity's thread-turn cut-off", () => {
    expect(PAUSE_CUTOFFS.medium).toBeGreaterThan(THREAD_TURN_CUTOFFS.medium);
    expect(PAUSE_CUTOFFS.high).toBeGreaterThan(THREAD_TURN_CUTOFFS.high);
    expect(PAUSE_CUTOFFS.low).toBeGreaterThan(THREAD_TURN_CUTOFFS.low);
  });

  it("finds a turn at the cut-off among the last three turns, and forgets it once it is further back", () => {
    const hot = scoring("ann", PAUSE_CUTOFFS.medium + 0.01);
    for (let after = 0; after < PAUSE_WINDOW; after++) {
      const { features } = build([...calm(6), hot, ...calm(after)]);
      expect(pauseTurn(features)).toBe(6);
    }
    const { features } = build([...calm(6), hot, ...calm(PAUSE_WINDOW)]);
    expect(pauseTurn(features)).toBeNull();
  });

  it("ignores a turn the thread reads hot below the pause cut-off", () => {
    const { features } = build([...calm(6), scoring("ann", (THREAD_TURN_CUTOFFS.medium + PAUSE_CUTOFFS.medium) / 2)]);
    expect(features[6].tone.hot).toBe(true);
    expect(pauseTurn(features)).toBeNull();
  });
});

describe("heated comes from the pause rule", () => {
  it("a turn at the cut-off makes the thread heated, from that turn on", () => {
    const { comments, features } = build([...calm(8), scoring("ann", 0.97), { who: "bob" }]);
    const r = assessEscalation(comments, features);
    expect(r.level).toBe("heated");
    expect(r.since?.index).toBeLessThanOrEqual(8);
  });

  it("warmth sustained by two people without such a turn reads warming, not heated", () => {
    const warm: Turn[] = [...calm(8), { who: "ann", heat: 0.95, blame: 1 }, { who: "bob", heat: 0.95, blame: 1 }, { who: "ann", heat: 0.95, rhetorical: 1 }];
    const { comments, features } = build(warm);
    expect(pauseTurn(features)).toBeNull();
    expect(assessEscalation(comments, features).level).not.toBe("heated");
  });
});

