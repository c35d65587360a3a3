import { describe, expect, it } from "vitest";
import { classifyQuestion, isRhetorical } from "../../src/analysis/questions.ts";
import { parseConventional } from "../../src/analysis/conventional.ts";

describe("classifyQuestion", () => {
  it.each([
    "Does the streaming reader keep anchors working?",
    "Is this ready for another review",
    "Could we keep the loop and just add jitter",
    "What happens when Redis is unavailable",
    "Can you explain why the timeout is 30 s.",
  ])("finds a genuine question: %s", (s) => {
    expect(classifyQuestion(s)).toBe("question");
  });

  it.each(["Why would anyone hand-roll date math in 2024?", "Did you even read the docs?", "Seriously?", "How hard can it be to run the tests?", "What were you thinking?", "Who thought this was a good idea?"])(
    "sees criticism dressed as a question: %s",
    (s) => {
      expect(classifyQuestion(s)).toBe("rhetorical");
      expect(isRhetorical(s)).toBe(true);
    },
  );

  it.each(["I wonder whether the cache survives a restart.", "Not sure why the second call is needed here.", "Not sure if the old flag can be removed or not though..."])(
    "reads a hedge or musing without an ask as no question: %s",
    (s) => {
      expect(classifyQuestion(s)).toBeNull();
    },
  );

  it.each(["This PR replaces the loader.", "What I meant is that the cache is per process, which is fine for now and documented.", "Right?", "Thanks!", "See https://example.com/?q=1 for details."])(
    "is not fooled by statements and empty questions: %s",
    (s) => {
      expect(classifyQuestion(s)).toBeNull();
    },
  );
});

describe("parseConventional", () => {
  it("reads labels and blocking decorations", () => {
    expect(parseConventional("**issue (blocking):** the state lives in memory")).toEqual({ label: "issue", blocking: true, rest: "the state lives in memory" });
    expect(parseConventional("nitpick (non-blocking): rename it")?.blocking).toBe(false);
    expect(parseConventional("question: does it work")?.label).toBe("question");
    expect(parseConventional("nit: trailing space")?.label).toBe("nitpick");
    expect(parseConventional("Note that this is fine")).toBeNull();
  });
});
