// Every example payload GitHub publishes (@octokit/webhooks-examples) for the events the app
// subscribes to is delivered to the real app function (real analysis, real Probot client over
// HTTP to the fake GitHub on loopback): none may make Probot reject or the app log an error.
import { createRequire } from "node:module";
import { pino } from "pino";
import { Probot, ProbotOctokit } from "probot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import appFn from "../../src/index.ts";
import { FakeGitHubServer, type StoredThread } from "../support/fake-github-server.ts";

const require = createRequire(import.meta.url);
const examples: Array<{ name: string; examples: Array<Record<string, any>> }> = require("@octokit/webhooks-examples");

const SUBSCRIBED = ["issue_comment", "pull_request", "pull_request_review", "pull_request_review_comment", "pull_request_review_thread", "discussion", "discussion_comment"];

/** Probot's client without request spacing or retries, so the sweep is quick. */
class QuickOctokit extends ProbotOctokit {
  constructor(options: any = {}) {
    super({ ...options, throttle: { ...options.throttle, enabled: false }, retry: { enabled: false } });
  }
}

let github: FakeGitHubServer;
let probot: Probot;
const logs: Record<string, any>[] = [];

beforeAll(async () => {
  github = await new FakeGitHubServer().start();
  const log = pino({ level: "debug" }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  probot = new Probot({ githubToken: "sweep-token", log, Octokit: QuickOctokit, baseUrl: `http://${github.host}` });
  await probot.load(appFn);
});

afterAll(async () => {
  await github?.stop();
});

/** Put the thread the payload is about into the fake store, so the whole pipeline runs. */
function seed(payload: Record<string, any>): void {
  const owner = payload.repository?.owner?.login;
  const repo = payload.repository?.name;
  const subject = payload.issue ?? payload.pull_request ?? payload.discussion;
  if (!owner || !repo || typeof subject?.number !== "number" || github.thread(owner, repo, subject.number)) return;
  const kind: StoredThread["kind"] = payload.discussion ? "discussion" : payload.pull_request || payload.issue?.pull_request ? "pull_request" : "issue";
  const at = (m: number) => new Date(Date.UTC(2026, 0, 1, 10, m)).toISOString();
  github.add({
    owner,
    repo,
    kind,
    number: subject.number,
    title: String(subject.title ?? "example"),
    opening: { id: `O_${subject.number}`, databaseId: subject.number, body: String(subject.body ?? ""), login: "octocat", createdAt: at(0) },
    comments: [
      { id: `C_${subject.number}_1`, databaseId: subject.number * 10 + 1, body: "This is wrong, did you even test it?", login: "hubot", createdAt: at(1) },
      { id: `C_${subject.number}_2`, databaseId: subject.number * 10 + 2, body: "/summarize", login: "octocat", createdAt: at(2) },
    ],
    reviews: [],
    reviewThreads: [],
  });
}

const cases = examples
  .filter((e) => SUBSCRIBED.includes(e.name))
  .flatMap((e) => e.examples.map((payload, i) => ({ name: e.name, action: String(payload.action), i, payload })));

describe("every @octokit/webhooks-examples payload of a subscribed event", () => {
  it("covers every subscribed event", () => {
    expect(new Set(cases.map((c) => c.name))).toEqual(new Set(SUBSCRIBED));
    expect(cases.length).toBeGreaterThan(50);
  });

  it.each(cases.map((c) => [`${c.name}.${c.action} #${c.i}`, c] as const))("%s is handled without an error", async (_label, c) => {
    const payload = structuredClone(c.payload);
    delete payload.installation; // token auth: no installation token exchange
    seed(payload);
    const before = logs.length;
    await expect(probot.receive({ id: `sweep-${c.name}-${c.i}`, name: c.name, payload } as never)).resolves.toBeUndefined();
    const errors = logs.slice(before).filter((l) => l.level >= 50);
    expect(errors).toEqual([]);
  });

  it("reached GitHub for the handled events and never wrote to a comment it did not author", () => {
    expect(github.requests.some((r) => r.operation === "IssueThread")).toBe(true);
    expect(github.requests.some((r) => r.operation === "PullRequestThread")).toBe(true);
    expect(github.requests.some((r) => r.operation === "DiscussionThread")).toBe(true);
    // The fake answers 403 to edits of others' comments: none was attempted.
    expect(github.requests.filter((r) => r.status === 403)).toEqual([]);
    expect(github.requests.filter((r) => r.status >= 500)).toEqual([]);
  });
});
