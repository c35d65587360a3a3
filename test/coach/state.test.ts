import { describe, expect, it } from "vitest";
import { emptyState, HANDLED_LIMIT, parseState, withHandled } from "../../src/coach/state.ts";

describe("parseState", () => {
  it("accepts a full state and round-trips it through JSON", () => {
    const s = {
      ...emptyState(),
      nudge: { kind: "calm" as const, at: "2026-01-01T00:00:00.000Z", commentIds: [], previous: "escalation" as const },
      lastNudgeAt: "2026-01-01T00:00:00.000Z",
      lastNudgeCommentCount: 9,
      answer: { kind: "summarize" as const, at: "2026-01-01T00:00:00.000Z", commentCount: 9 },
      lastAnswerAt: "2026-01-01T00:00:00.000Z",
      handled: ["c1:summarize"],
    };
    expect(parseState(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it("rejects what is not a state, and drops malformed optional parts", () => {
    expect(parseState(null)).toBeNull();
    expect(parseState({ v: 2, coachOff: false, handled: [] })).toBeNull();
    expect(parseState({ v: 1, coachOff: "no", handled: [] })).toBeNull();
    expect(parseState({ v: 1, coachOff: false, handled: [1] })).toBeNull();
    expect(parseState({ v: 1, coachOff: false, handled: [], nudge: { kind: "shout", at: "x" }, lastNudgeAt: "soon" })).toEqual(emptyState());
  });

  it("remembers a bounded number of handled commands, newest last", () => {
    let s = emptyState();
    for (let i = 0; i < HANDLED_LIMIT + 5; i++) s = withHandled(s, `c${i}:summarize`);
    expect(s.handled).toHaveLength(HANDLED_LIMIT);
    expect(s.handled.at(-1)).toBe(`c${HANDLED_LIMIT + 4}:summarize`);
    expect(withHandled(s, s.handled[0])).toBe(s);
  });
});
