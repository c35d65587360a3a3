// The Action on a `schedule:` (or manual) workflow run refreshes the repository's digest with the
// workflow token: against the loopback fake GitHub, as a runner would start it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { ProbotOctokit } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAction } from "../../src/action.ts";
import app from "../../src/index.ts";
import { FakeGitHubServer } from "../support/fake-github-server.ts";
import { heatedIssue, questionIssue } from "../digest/digest-threads.ts";

const Octokit = ProbotOctokit.defaults((options: any) => ({ ...options, throttle: { ...options?.throttle, enabled: false } }));
let dir: string;
let fake: FakeGitHubServer;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "cg-action-digest-"));
  fake = await new FakeGitHubServer().start();
  fake.add(heatedIssue(1));
  fake.add(questionIssue(2));
});
afterEach(async () => {
  rmSync(dir, { recursive: true, force: true });
  await fake.stop();
});

function env(eventName: string): NodeJS.ProcessEnv {
  const eventPath = join(dir, "event.json");
  writeFileSync(eventPath, JSON.stringify({ schedule: "0 6 * * *" }));
  return { GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: eventPath, GITHUB_TOKEN: "ghs_workflowtoken", GITHUB_REPOSITORY: "acme/widgets", GITHUB_API_URL: `http://${fake.host}/api/v3`, LOG_LEVEL: "silent" };
}

describe("the Action's digest run", { timeout: 60_000 }, () => {
  it("a schedule run creates the digest, the next one edits it", async () => {
    fake.configs.set("acme/widgets", "digest:\n  enabled: true\n");
    const first = await runAction(app, { env: env("schedule"), Octokit, log: pino({ level: "silent" }) as never });
    expect(first).toMatchObject({ ok: true, event: "schedule" });
    expect(first.message).toMatch(/^digest of acme\/widgets created \(\d+ GitHub requests\)$/);
    const second = await runAction(app, { env: env("workflow_dispatch"), Octokit, log: pino({ level: "silent" }) as never });
    expect(second.message).toMatch(/^digest of acme\/widgets updated/);
    expect(fake.writes.filter((w) => w.op === "create-issue")).toHaveLength(1);
    expect(fake.requests.every((r) => r.authorization === "token ghs_workflowtoken")).toBe(true);
  });

  it("without digest.enabled it writes nothing and says how to switch it on", async () => {
    const outcome = await runAction(app, { env: env("schedule"), Octokit, log: pino({ level: "silent" }) as never });
    expect(outcome).toMatchObject({ ok: true, warning: true });
    expect(outcome.message).toMatch(/digest\.enabled: true/);
    expect(fake.writes).toEqual([]);
  });
});
