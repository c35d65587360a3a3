// `score --jsonl` as a real process: one output line per input line, in order, errors inline.
import { describe, expect, it } from "vitest";
import { BATCH_LINES } from "../../src/cli/score.ts";
import { runCli } from "./run-cli.ts";

function parseLines(stdout: string): any[] {
  return stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
}

describe("common-ground score --jsonl (process)", { timeout: 90_000 }, () => {
  it.each([["full model", []], ["--fast", ["--fast"]]])("scores comments and threads, and reports bad lines without stopping (%s)", async (_name, extra) => {
    const input = [
      JSON.stringify({ id: "a", text: "Thanks, this looks good to me." }),
      "{not json",
      JSON.stringify({ thread_id: "t1", comments: [{ author: "x", text: "Can we merge?" }, { author: "y", text: "Yes, after CI." }] }),
      JSON.stringify({ id: "b" }),
      JSON.stringify({ id: "c", text: "" }),
      JSON.stringify({ thread_id: "t2", comments: [{ text: "who wrote this?" }] }),
      "",
      JSON.stringify({ text: "no id" }),
      JSON.stringify({ id: 7, text: "x".repeat(70_000) }),
      JSON.stringify({ id: 8, text: "Please stop ignoring my review." }),
    ].join("\n");
    const run = await runCli(["score", "--jsonl", ...extra], { input: `${input}\n` });
    expect(run.code).toBe(0);
    const out = parseLines(run.stdout);
    expect(out).toHaveLength(10);
    expect(out[0]).toMatchObject({ id: "a" });
    expect(out[2]).toMatchObject({ thread_id: "t1" });
    expect(out[9]).toMatchObject({ id: 8 });
    for (const i of [0, 2, 9]) {
      expect(out[i].score).toBeGreaterThanOrEqual(0);
      expect(out[i].score).toBeLessThanOrEqual(1);
      expect(typeof out[i].flag).toBe("boolean");
    }
    expect(out[1]).toEqual({ line: 2, error: expect.stringContaining("not valid JSON") });
    expect(out[3]).toEqual({ line: 4, id: "b", error: expect.stringContaining('"text"') });
    expect(out[4]).toEqual({ id: "c", score: 0, flag: false }); // an empty comment is calm
    expect(out[5]).toEqual({ line: 6, thread_id: "t2", error: expect.stringContaining("author") });
    expect(out[6]).toMatchObject({ line: 7, error: "empty line" });
    expect(out[7]).toMatchObject({ line: 8, error: expect.stringContaining('"id"') });
    expect(out[8]).toEqual({ line: 9, id: 7, error: expect.stringContaining("too long") });
  });

  it("streams 20,000 lines through one process, one output per input, in order", async () => {
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      if (i % 1000 === 999) lines.push(JSON.stringify({ thread_id: `t${i}`, comments: [{ author: "a", text: `Is option ${i} ready?` }, { author: "b", text: "Not yet, sorry." }] }));
      else if (i % 997 === 0) lines.push(`{"id": "broken ${i}"`);
      else lines.push(JSON.stringify({ id: `c${i}`, text: `Comment number ${i}: could you rename this variable?` }));
    }
    const run = await runCli(["score", "--jsonl", "--fast"], { input: `${lines.join("\n")}\n` });
    expect(run.code).toBe(0);
    const out = parseLines(run.stdout);
    expect(out).toHaveLength(20_000);
    out.forEach((o, i) => {
      if (i % 1000 === 999) expect(o.thread_id).toBe(`t${i}`);
      else if (i % 997 === 0) expect(o).toMatchObject({ line: i + 1 });
      else expect(o.id).toBe(`c${i}`);
    });
  }, 180_000);

  it("keeps one answer per line, in order, across the full model's batches of lines", async () => {
    // More lines than one batch (BATCH_LINES), short texts of different lengths so the encoder
    // sorts and regroups them, and bad lines on both sides of the boundary.
    const n = BATCH_LINES + 90;
    const lines = Array.from({ length: n }, (_, i) =>
      i % 101 === 100 ? "{broken" : JSON.stringify({ id: i, text: `${"very ".repeat(i % 7)}fine, thanks ${i}` }),
    );
    const run = await runCli(["score", "--jsonl"], { input: `${lines.join("\n")}\n` });
    expect(run.code).toBe(0);
    const out = parseLines(run.stdout);
    expect(out).toHaveLength(n);
    out.forEach((o, i) => {
      if (i % 101 === 100) expect(o).toMatchObject({ line: i + 1 });
      else expect(o).toEqual({ id: i, score: expect.any(Number), flag: expect.any(Boolean) });
    });
  });

  it("without --jsonl: usage error, exit 2", async () => {
    const run = await runCli(["score"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--jsonl");
  });
});
