// scoreLine and roundScore in-process: the per-line contract of `score --jsonl`.
import { describe, expect, it } from "vitest";
import { roundScore, scoreLine } from "../../src/cli/score-line.ts";
import { scoreTone } from "../../src/analysis/heat/tone.ts";

describe("scoreLine", () => {
  it("returns the tone model's score (rounded) and flag for a comment, keeping the id's type", () => {
    const text = "You clearly never tested this. This is ridiculous.";
    const tone = scoreTone(text);
    expect(scoreLine(JSON.stringify({ id: 42, text }), 1)).toEqual({ id: 42, score: roundScore(tone.score), flag: tone.flag });
  });

  it("answers a thread with thread_id, a 0..1 score and a boolean flag", () => {
    const out = scoreLine(JSON.stringify({ thread_id: "x", comments: [{ author: "a", text: "Hello?" }] }), 3) as any;
    expect(out.thread_id).toBe("x");
    expect(out.score).toBeGreaterThanOrEqual(0);
    expect(out.score).toBeLessThanOrEqual(1);
    expect(typeof out.flag).toBe("boolean");
  });

  it("turns every kind of bad line into {line, error}", () => {
    const bad: [string, RegExp][] = [
      ["[1,2]", /JSON object/],
      ['"text"', /JSON object/],
      ["{}", /missing "id".*"thread_id"/],
      [JSON.stringify({ id: "", text: "x" }), /"id" must be/],
      [JSON.stringify({ id: {}, text: "x" }), /"id" must be/],
    ];
    for (const [line, pattern] of bad) {
      const out = scoreLine(line, 12);
      expect(out, line).toEqual({ line: 12, error: expect.stringMatching(pattern) });
    }
  });

  it("carries the record's usable id or thread_id on an error, so answers join back to their input", () => {
    const bad: [unknown, Record<string, unknown>, RegExp][] = [
      [{ id: "a", text: 5 }, { id: "a" }, /"text"/],
      [{ id: 7 }, { id: 7 }, /"text"/],
      [{ id: "a", text: "y".repeat(70_000) }, { id: "a" }, /too long/],
      [{ thread_id: "t", comments: [] }, { thread_id: "t" }, /empty/],
      [{ thread_id: 3, comments: "no" }, { thread_id: 3 }, /comments/],
      [{ thread_id: "t", comments: [{ author: "a", text: "y".repeat(70_000) }] }, { thread_id: "t" }, /too long/],
      [{ thread_id: "t", comments: [{ text: "who?" }] }, { thread_id: "t" }, /author/],
      [{ thread_id: "", id: "c", comments: [] }, { id: "c" }, /"thread_id" must be/],
    ];
    for (const [record, ids, pattern] of bad) {
      const line = JSON.stringify(record);
      expect(scoreLine(line, 4), line).toEqual({ line: 4, ...ids, error: expect.stringMatching(pattern) });
    }
  });

  it("scores an empty or whitespace-only comment as calm, not as an error", () => {
    for (const text of ["", " ", "\n\t  \n"]) {
      expect(scoreLine(JSON.stringify({ id: "e", text }), 1), JSON.stringify(text)).toEqual({ id: "e", score: 0, flag: false });
    }
  });
});

describe("roundScore", () => {
  it("keeps 4 decimals and clamps to 0..1", () => {
    expect(roundScore(0.123456)).toBe(0.1235);
    expect(roundScore(1.2)).toBe(1);
    expect(roundScore(-0.1)).toBe(0);
    expect(roundScore(Number.NaN)).toBe(0);
  });
});
