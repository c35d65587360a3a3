// Open items' facilitator questions are built on first read: the report must still behave as
// plain data (same values through JSON, spread, equality and assignment, the same on every read).
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { suggestQuestions } from "../../src/analysis/open-ended.ts";
import { loadFixture } from "./fixture-threads.ts";

const now = new Date("2025-01-06T12:00:00Z");
const report = () => analyzeThread(loadFixture("calm-unanswered"), { now });

describe("facilitator questions of open items", () => {
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
