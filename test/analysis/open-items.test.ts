// Open items' facilitator questions are built on first read: the report must still behave as
// plain data (same values through JSON, spread, equality and assignment, the same on every read).
import { describe, expect, it, vi } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { nounPhrases } from "../../src/analysis/noun-phrases.ts";
import { suggestQuestions } from "../../src/analysis/open-ended.ts";
import { loadFixture } from "./fixture-threads.ts";

// The real noun phrases, counted: building them (compromise) is the costly part.
vi.mock("../../src/analysis/noun-phrases.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/analysis/noun-phrases.ts")>();
  return { ...actual, nounPhrases: vi.fn(actual.nounPhrases) };
});

const now = new Date("2025-01-06T12:00:00Z");
const report = () => analyzeThread(loadFixture("calm-unanswered"), { now });

describe("facilitator questions of open items", () => {
  it("are not built by the analysis itself, only when an item's questions are read", () => {
    vi.mocked(nounPhrases).mockClear();
    const r = report();
    expect(r.openQuestions).toHaveLength(1);
    expect(nounPhrases).not.toHaveBeenCalled();
    expect(r.openQuestions[0].suggestedQuestions.join(" ")).toMatch(/Redis|preview endpoint/);
    expect(nounPhrases).toHaveBeenCalledTimes(1);
    void r.openQuestions[0].suggestedQuestions;
    expect(nounPhrases).toHaveBeenCalledTimes(1);
  });

  it("are the questions built from the item's own sentence, kept after the first read", () => {
    const q = report().openQuestions[0];
    expect(q.suggestedQuestions).toEqual(suggestQuestions(q.text, "question"));
    expect(q.suggestedQuestions).toBe(q.suggestedQuestions);
  });

  it("read the same through JSON, a spread copy and a second analysis", () => {
    const r = report();
    const q = r.openQuestions[0];
    const viaJson = JSON.parse(JSON.stringify(r)).openQuestions[0];
    expect(Object.keys(viaJson)).toEqual(Object.keys(q));
    expect(viaJson.suggestedQuestions).toEqual(q.suggestedQuestions);
    expect({ ...q }.suggestedQuestions).toEqual(q.suggestedQuestions);
    expect(report()).toEqual(r);
  });

  it("can be replaced like any other field", () => {
    const q = report().openQuestions[0];
    q.suggestedQuestions = ["What would settle this?"];
    expect(q.suggestedQuestions).toEqual(["What would settle this?"]);
    expect(JSON.parse(JSON.stringify(q)).suggestedQuestions).toEqual(["What would settle this?"]);
  });
});
