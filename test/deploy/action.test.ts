// The Actions entry, run as the runner would: env vars plus an event file in a temp dir,
// a real webhook payload from @octokit/webhooks-examples, GitHub answered by nock.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import nock from "nock";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ProbotOctokit, type ApplicationFunction } from "probot";
import { readActionSettings, runAction } from "../../src/action.ts";
import { examplePayload } from "./payloads.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cg-action-"));
  nock.disableNetConnect();
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  nock.cleanAll();
  nock.enableNetConnect();
});

function actionsEnv(eventName: string, payload: object, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const eventPath = join(dir, "event.json");
  writeFileSync(eventPath, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_TOKEN: "ghs_workflowtoken",
    GITHUB_REPOSITORY: (payload as any).repository.full_name,
    GITHUB_RUN_ID: "42",
    LOG_LEVEL: "silent",
    ...extra,
  };
}

/** Probot's Octokit without request spacing, so tests do not wait (the first test keeps the real one). */
const Octokit = ProbotOctokit.defaults((options: any) => ({ ...options, throttle: { ...options?.throttle, enabled: false } }));

/** A stand-in for the coaching app: loads the thread through GraphQL, then writes one comment. */
const loadThenComment: ApplicationFunction = (app) => {
  app.on("issue_comment.created", async (context) => {
    const { owner, repo, issue_number } = context.issue();
    await context.octokit.graphql("query($owner:String!,$repo:String!,$number:Int!){repository(owner:$owner,name:$repo){issueOrPullRequest(number:$number){__typename}}}", {
      owner,
      repo,
      number: issue_number,
    });
    await context.octokit.rest.issues.createComment({ owner, repo, issue_number, body: "coaching note" });
  });
};

describe("readActionSettings", () => {
  it("prefers the github-token input over GITHUB_TOKEN and defaults the API URL", () => {
    const s = readActionSettings({ GITHUB_EVENT_NAME: "issue_comment", GITHUB_EVENT_PATH: "/e.json", GITHUB_TOKEN: "a", "INPUT_GITHUB-TOKEN": "b" });
    expect(s).toMatchObject({ token: "b", apiUrl: "https://api.github.com" });
  });
  it("names every missing variable", () => {
    const s = readActionSettings({ GITHUB_EVENT_NAME: "issue_comment" });
    expect("error" in s && s.error).toMatch(/GITHUB_EVENT_PATH.*GITHUB_TOKEN/);
  });
});

describe("runAction", () => {
  it("hands the workflow's event to the app, authenticated with the workflow token", async () => {
    const payload = examplePayload("issue_comment", "created");
    const { owner, name } = { owner: payload.repository.owner.login, name: payload.repository.name };
    const number = payload.issue.number;
    const auth: string[] = [];
    const github = nock("https://api.github.com")
      .post("/graphql", (body) => body.variables.owner === owner && body.variables.number === number)
      .reply(function () {
        auth.push(String(this.req.headers.authorization));
        return [200, { data: { repository: { issueOrPullRequest: { __typename: "Issue" } } } }];
      })
      .post(`/repos/${owner}/${name}/issues/${number}/comments`, (body) => body.body === "coaching note")
      .reply(201, { id: 1 });

    const outcome = await runAction(loadThenComment, { env: actionsEnv("issue_comment", payload), Octokit });

    expect(outcome).toMatchObject({ ok: true, event: "issue_comment.created" });
    expect(outcome.message).toContain(`${owner}/${name}#${number}`);
    expect(auth).toEqual(["token ghs_workflowtoken"]);
    expect(github.isDone()).toBe(true);
  });

  it("stays silent, and succeeds, on an event the app does not handle", async () => {
    const payload = examplePayload("issue_comment", "deleted");
    const outcome = await runAction(loadThenComment, { env: actionsEnv("issue_comment", payload), Octokit });
    expect(outcome.ok).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("talks to GitHub Enterprise Server through GITHUB_API_URL, GraphQL included", async () => {
    const payload = examplePayload("issue_comment", "created");
    const ghes = nock("https://ghe.example.com")
      .post("/api/graphql")
      .reply(200, { data: { repository: { issueOrPullRequest: { __typename: "Issue" } } } })
      .post(/\/api\/v3\/repos\/.+\/issues\/\d+\/comments/)
      .reply(201, { id: 1 });
    const env = actionsEnv("issue_comment", payload, { GITHUB_API_URL: "https://ghe.example.com/api/v3" });
    const outcome = await runAction(loadThenComment, { env, Octokit });
    expect(outcome.ok).toBe(true);
    expect(ghes.isDone()).toBe(true);
  });

  it("reports a real failure, with the HTTP status, instead of throwing", async () => {
    const payload = examplePayload("issue_comment", "created");
    nock("https://api.github.com").post("/graphql").reply(401, { message: "Bad credentials" });
    const outcome = await runAction(loadThenComment, { env: actionsEnv("issue_comment", payload), Octokit });
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/Bad credentials.*401/);
  });

  it("fails the run when GraphQL answers FORBIDDEN inside a 200 (a missing permission)", async () => {
    const payload = examplePayload("issue_comment", "created");
    const swallowing: ApplicationFunction = (app) => {
      app.on("issue_comment.created", async (context) => {
        await context.octokit.graphql("query { viewer { login } }").catch(() => undefined);
      });
    };
    nock("https://api.github.com").post("/graphql").reply(200, { data: null, errors: [{ type: "FORBIDDEN", message: "Resource not accessible by integration" }] });
    const outcome = await runAction(swallowing, { env: actionsEnv("issue_comment", payload), Octokit });
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/GraphQL FORBIDDEN \(HTTP 403\)/);
  });

  it("fails cleanly when the event file cannot be read", async () => {
    const env = { ...actionsEnv("issue_comment", examplePayload("issue_comment", "created")), GITHUB_EVENT_PATH: join(dir, "missing.json") };
    const outcome = await runAction(loadThenComment, { env, Octokit });
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.message).toMatch(/event file/);
  });
});

/** The workflow's `issue_comment.created` event for a maintainer's `/summarize` comment. */
function summarizePayload(owner: string, repo: string, number: number, ask: { id: string; databaseId: number; body: string }) {
  const payload = examplePayload("issue_comment", "created", { withInstallation: false });
  payload.repository = { ...payload.repository, name: repo, full_name: `${owner}/${repo}`, owner: { ...payload.repository.owner, login: owner } };
  payload.issue = { ...payload.issue, number, locked: false, pull_request: undefined };
  payload.comment = { ...payload.comment, node_id: ask.id, id: ask.databaseId, body: ask.body, user: { login: "maintainer", type: "User" }, author_association: "MEMBER" };
  payload.sender = { ...payload.sender, login: "maintainer", type: "User" };
  return payload;
}

describe("runAction with the real app", () => {
  it("loads the thread and answers /summarize on an issue (one comment, which is the acknowledgement)", async () => {
    const [{ default: app }, { FakeRepo, OWNER, REPO, human }] = await Promise.all([import("../../src/index.ts"), import("../app/fake-repo.ts")]);
    const repo = new FakeRepo().serve();
    const opening = human(1, "Should the importer run as a background job?");
    const ask = human(2, "/summarize", "maintainer", "MEMBER");
    repo.add({ kind: "issue", number: 7, title: "Importer design", opening, comments: [ask] });

    const payload = summarizePayload(OWNER, REPO, 7, ask);

    const outcome = await runAction(app, { env: actionsEnv("issue_comment", payload), Octokit });

    expect(outcome).toMatchObject({ ok: true, event: "issue_comment.created" });
    expect(repo.writes.map((w) => w.op)).toEqual(["create"]);
    expect(repo.ours(7)).toHaveLength(1);
  });

  it("succeeds when the workflow token may not read the owner's .github repository (its config fallback)", async () => {
    const [{ default: app }, { FakeRepo, OWNER, REPO, human }] = await Promise.all([import("../../src/index.ts"), import("../app/fake-repo.ts")]);
    const repo = new FakeRepo().serve();
    repo.orgRepo = "forbidden";
    repo.config = "sensitivity: high\n";
    const ask = human(2, "/summarize", "maintainer", "MEMBER");
    repo.add({ kind: "issue", number: 8, title: "Importer design", opening: human(1, "Background job?"), comments: [ask] });
    const payload = summarizePayload(OWNER, REPO, 8, ask);

    const outcome = await runAction(app, { env: actionsEnv("issue_comment", payload), Octokit });

    expect(outcome).toMatchObject({ ok: true, event: "issue_comment.created" });
    expect(outcome.warning).toBeUndefined();
    expect(repo.ours(8)).toHaveLength(1);
    expect(repo.restConfigReads).toEqual([]);
  });

  it("fails the run when GitHub refuses to write, and only warns for a fork's read-only token", async () => {
    const failsToWrite: ApplicationFunction = (app) => {
      app.on(["issue_comment.created", "pull_request_review.submitted"], async (context) => {
        try {
          await context.octokit.rest.issues.createComment({ owner: "o", repo: "r", issue_number: 1, body: "x" });
        } catch {
          // like the real app: log, swallow, converge on the next event
        }
      });
    };
    nock("https://api.github.com").post("/repos/o/r/issues/1/comments").times(2).reply(403, { message: "Resource not accessible by integration" });

    const own = await runAction(failsToWrite, { env: actionsEnv("issue_comment", examplePayload("issue_comment", "created")), Octokit });
    expect(own.ok).toBe(false);
    expect(own.message).toMatch(/Resource not accessible by integration \(HTTP 403\)/);

    const review = examplePayload("pull_request_review", "submitted");
    review.pull_request.head.repo = { ...review.pull_request.base.repo, full_name: "someone/fork" };
    const fork = await runAction(failsToWrite, { env: actionsEnv("pull_request_review", review), Octokit });
    expect(fork).toMatchObject({ ok: true, warning: true });
    expect(fork.message).toMatch(/fork/);
  });
});
