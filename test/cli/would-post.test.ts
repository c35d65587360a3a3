// `analyze --format comment`: the coaching comment the app would post, through the same policy
// and rendering as the app (no marker, no pings), or the reason it would stay silent.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./run-cli.ts";
import { runMain } from "./run-main.ts";

const example = (name: string) => join(repoRoot, "examples", name);

describe("analyze --format comment", { timeout: 60_000 }, () => {
  it("prints the coaching comment the app would post for a thread with an open question, without its state marker", async () => {
    const { code, stdout } = await runMain(["analyze", example("calm-question.json"), "--format", "comment"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/waiting for an answer/);
    expect(stdout).toMatch(/`\/coach off`/);
    expect(stdout).not.toContain("common-ground:state");
    expect(stdout).not.toMatch(/(^|[^\w\u200b])@[A-Za-z0-9]/);
  });

  it("says why it would stay silent on a thread too short to coach", async () => {
    const thread = JSON.stringify({ title: "Tiny", comments: [{ author: "ann", text: "Is this ready to merge?" }, { author: "ben", text: "Yes." }] });
    const { code, stdout } = await runMain(["analyze", "-", "--format", "comment"], thread);
    expect(code).toBe(0);
    expect(stdout).toMatch(/would stay silent here: thread too short/);
  });

  it("refuses an unknown format with a usage error", async () => {
    const { code, stderr } = await runMain(["analyze", example("calm-question.json"), "--format", "html"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/markdown, json or comment/);
  });
});
