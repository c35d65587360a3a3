// `analyze owner/repo#N` reads a live thread through the github/ layer (GitHub faked by nock).
import { readFileSync } from "node:fs";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runMain } from "./run-main.ts";

const issueAnswer = JSON.parse(readFileSync(new URL("../fixtures/graphql/issue-thread.json", import.meta.url), "utf8"));
const locateIssue = { data: { repository: { issueOrPullRequest: { __typename: "Issue" }, discussion: null } } };

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe("analyze owner/repo#N", { timeout: 60_000 }, () => {
  it("finds what the number is, loads the thread with the token, and reports on it", async () => {
    const api = nock("https://api.github.com", { reqheaders: { authorization: "token t0ken" } })
      .post("/graphql")
      .reply(200, locateIssue)
      .post("/graphql")
      .reply(200, issueAnswer);
    const run = await runMain(["analyze", "acme/widgets#7", "--format", "json"], "", { GITHUB_TOKEN: "t0ken" });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.thread.kind).toBe("issue");
    expect(out.thread.title).toBe(issueAnswer.data.repository.issue.title);
    expect(out.report.commentCount).toBe(out.thread.comments);
    expect(out.now).toBe("2030-01-01T00:00:00.000Z"); // a live thread is judged at the current time
    expect(api.isDone()).toBe(true);
  });

  it("a URL names the kind, so no lookup request is needed; GITHUB_API_URL selects the server", async () => {
    const api = nock("https://ghe.example.com").post("/api/graphql").reply(200, issueAnswer);
    const run = await runMain(["analyze", "https://ghe.example.com/acme/widgets/issues/7"], "", {
      GITHUB_TOKEN: "t0ken",
      GITHUB_API_URL: "https://ghe.example.com/api/v3",
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(issueAnswer.data.repository.issue.title);
    expect(api.isDone()).toBe(true);
  });

  it("a thread that does not exist: one clear line, exit 1", async () => {
    nock("https://api.github.com")
      .post("/graphql")
      .reply(200, {
        data: { repository: { issueOrPullRequest: null, discussion: null } },
        errors: [{ type: "NOT_FOUND", path: ["repository", "issueOrPullRequest"], message: "Could not resolve to an issue or pull request with the number of 999." }],
      });
    const run = await runMain(["analyze", "acme/widgets#999"], "", { GITHUB_TOKEN: "t0ken" });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/acme\/widgets#999: .*not found/);
  });
});
