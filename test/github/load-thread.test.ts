import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadThread, loadThreadWithStats, GitHubNotFound } from "../../src/github/index.ts";
import type { Comment, Thread } from "../../src/thread/model.ts";
import { fakeGraphQL, graphqlFixture, notFound, testClient } from "./fake-github.ts";

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

const byId = (thread: Thread, id: string): Comment => {
  const found = thread.comments.find((c) => c.id === id);
  if (!found) throw new Error(`no comment ${id}`);
  return found;
};

describe("loadThread: pull request", () => {
  it("loads everything in one request and normalizes reviews, review threads and authors", async () => {
    const calls = fakeGraphQL(() => graphqlFixture("pull-request-thread"));
    const { thread, requests } = await loadThreadWithStats(testClient(), { kind: "pull_request", owner: "acme", repo: "widgets", number: 42 });

    expect(requests).toBe(1);
    expect(calls.map((c) => c.operation)).toEqual(["PullRequestThread"]);
    expect(calls[0].variables).toEqual({ owner: "acme", name: "widgets", number: 42 });

    expect(thread).toMatchObject({
      kind: "pull_request",
      repo: { owner: "acme", name: "widgets" },
      number: 42,
      nodeId: "PR_kwDOAbc123",
      title: "Switch cache to LRU",
      url: "https://github.com/acme/widgets/pull/42",
      locked: false,
      labels: ["performance", "rfc"],
    });
    // Opening post first, then by the time each item became visible; the empty COMMENTED
    // review that only wraps inline comments is gone.
    expect(thread.comments.map((c) => [c.id, c.kind])).toEqual([
      ["PR_kwDOAbc123", "body"],
      ["IC_kwDOAbc001", "comment"],
      ["PRRC_kwDOAbc001", "review_comment"],
      ["PRR_kwDOAbc002", "review"],
      ["PRRC_kwDOAbc003", "review_comment"],
      ["PRR_kwDOAbc003", "review"],
      ["PRRC_kwDOAbc002", "review_comment"],
      ["IC_kwDOAbc002", "comment"],
      ["IC_kwDOAbc003", "comment"],
      ["PRR_kwDOAbc004", "review"],
      ["PRR_kwDOAbc005", "review"],
    ]);
  });

  it("keeps review states, including empty-bodied approvals, and uses submittedAt as the time", async () => {
    fakeGraphQL(() => graphqlFixture("pull-request-thread"));
    const thread = await loadThread(testClient(), { kind: "pull_request", owner: "acme", repo: "widgets", number: 42 });
    expect(byId(thread, "PRR_kwDOAbc002")).toMatchObject({ reviewState: "CHANGES_REQUESTED", createdAt: "2026-03-01T13:00:00Z" });
    expect(byId(thread, "PRR_kwDOAbc003")).toMatchObject({ reviewState: "COMMENTED", body: "Looked at the benchmarks too." });
    expect(byId(thread, "PRR_kwDOAbc004")).toMatchObject({ reviewState: "APPROVED", body: "" });
    expect(byId(thread, "PRR_kwDOAbc005")).toMatchObject({ reviewState: "DISMISSED", author: { login: "renovate", isBot: true } });
    expect(thread.comments.some((c) => c.id === "PRR_kwDOAbc001")).toBe(false);
  });

  it("links inline comments to their review thread and its root, with isResolved", async () => {
    fakeGraphQL(() => graphqlFixture("pull-request-thread"));
    const thread = await loadThread(testClient(), { kind: "pull_request", owner: "acme", repo: "widgets", number: 42 });
    expect(thread.reviewThreads).toEqual([
      { id: "PRRT_kwDOAbc001", isResolved: true, path: "src/cache.ts", commentIds: ["PRRC_kwDOAbc001", "PRRC_kwDOAbc002"] },
      { id: "PRRT_kwDOAbc002", isResolved: false, path: "src/lru.ts", commentIds: ["PRRC_kwDOAbc003"] },
    ]);
    const root = byId(thread, "PRRC_kwDOAbc001");
    expect(root.reviewThreadId).toBe("PRRT_kwDOAbc001");
    expect(root.replyTo).toBeUndefined();
    expect(root.createdAt).toBe("2026-03-01T12:00:00Z"); // publishedAt, not the draft time
    expect(byId(thread, "PRRC_kwDOAbc002")).toMatchObject({ replyTo: "PRRC_kwDOAbc001", reviewThreadId: "PRRT_kwDOAbc001" });
  });

  it("normalizes authors: our bot, a deleted user, associations, 64-bit database ids", async () => {
    fakeGraphQL(() => graphqlFixture("pull-request-thread"));
    const thread = await loadThread(testClient(), { kind: "pull_request", owner: "acme", repo: "widgets", number: 42 });
    expect(byId(thread, "IC_kwDOAbc002")).toMatchObject({
      author: { login: "common-ground", isBot: true, association: "NONE" },
      viewerDidAuthor: true,
      databaseId: 3000000002,
      updatedAt: "2026-03-01T16:00:00Z",
      url: "https://github.com/acme/widgets/pull/42#issuecomment-3000000002",
    });
    expect(byId(thread, "IC_kwDOAbc003").author).toEqual({ login: "ghost", isBot: false, association: "NONE" });
    expect(byId(thread, "IC_kwDOAbc001").author).toEqual({ login: "bob", isBot: false, association: "MEMBER" });
    expect(thread.comments[0]).toMatchObject({
      kind: "body",
      body: "This PR switches the cache to an LRU.",
      author: { login: "alice", isBot: false, association: "CONTRIBUTOR" },
      databaseId: 2876543210,
      viewerDidAuthor: false,
    });
  });
});

describe("loadThread: issue", () => {
  it("loads the opening post, comments, labels and lock state in one request", async () => {
    const calls = fakeGraphQL(() => graphqlFixture("issue-thread"));
    const { thread, requests } = await loadThreadWithStats(testClient(), { kind: "issue", owner: "acme", repo: "widgets", number: 7 });
    expect(requests).toBe(1);
    expect(calls[0]).toMatchObject({ operation: "IssueThread", variables: { owner: "acme", name: "widgets", number: 7 } });
    expect(thread).toMatchObject({ kind: "issue", number: 7, locked: true, labels: ["bug"], reviewThreads: [] });
    expect(thread.comments.map((c) => c.kind)).toEqual(["body", "comment", "comment"]);
    expect(thread.comments[0].author).toEqual({ login: "imported-user", isBot: false, association: "NONE" });
    expect(thread.comments[2]).toMatchObject({ author: { login: "dependabot", isBot: true } });
    expect(thread.comments[2].databaseId).toBeUndefined();
  });

  it("keeps when a closed thread was closed, and nothing for an open one", async () => {
    const ref = { kind: "issue", owner: "acme", repo: "widgets", number: 7 } as const;
    fakeGraphQL(() => graphqlFixture("issue-thread"));
    expect((await loadThread(testClient(), ref)).closedAt).toBeUndefined();
    nock.cleanAll();
    const answer = graphqlFixture("issue-thread");
    answer.data.repository.issue = { ...answer.data.repository.issue, closed: true, closedAt: "2024-05-02T10:00:00Z" };
    fakeGraphQL(() => answer);
    expect((await loadThread(testClient(), ref)).closedAt).toBe("2024-05-02T10:00:00Z");
  });

  it("keeps GitHub's state and its reason (open, closed as not planned, merged)", async () => {
    const ref = { kind: "issue", owner: "acme", repo: "widgets", number: 7 } as const;
    fakeGraphQL(() => graphqlFixture("issue-thread"));
    const open = await loadThread(testClient(), ref);
    expect([open.state, open.stateReason]).toEqual(["open", undefined]);
    nock.cleanAll();
    const answer = graphqlFixture("issue-thread");
    answer.data.repository.issue = { ...answer.data.repository.issue, closed: true, closedAt: "2024-05-02T10:00:00Z", stateReason: "NOT_PLANNED" };
    fakeGraphQL(() => answer);
    const closed = await loadThread(testClient(), ref);
    expect([closed.state, closed.stateReason]).toEqual(["closed", "NOT_PLANNED"]);
    nock.cleanAll();
    const pr = graphqlFixture("pull-request-thread");
    pr.data.repository.pullRequest = { ...pr.data.repository.pullRequest, closed: true, closedAt: "2024-05-02T10:00:00Z", merged: true };
    fakeGraphQL(() => pr);
    expect((await loadThread(testClient(), { ...ref, kind: "pull_request" })).state).toBe("merged");
  });

  it("reports a deleted issue as GitHubNotFound", async () => {
    fakeGraphQL(() => ({
      data: { repository: { issue: null } },
      errors: [notFound(["repository", "issue"], "Could not resolve to an Issue with the number of 99.")],
    }));
    await expect(loadThread(testClient(), { kind: "issue", owner: "acme", repo: "widgets", number: 99 })).rejects.toBeInstanceOf(GitHubNotFound);
  });

  it("reports a vanished repository as GitHubNotFound", async () => {
    fakeGraphQL(() => ({
      data: { repository: null },
      errors: [notFound(["repository"], "Could not resolve to a Repository with the name 'acme/gone'.")],
    }));
    await expect(loadThread(testClient(), { kind: "issue", owner: "acme", repo: "gone", number: 1 })).rejects.toBeInstanceOf(GitHubNotFound);
  });

  it("lets other GraphQL errors and HTTP failures through unchanged", async () => {
    fakeGraphQL(() => ({ data: null, errors: [{ type: "FORBIDDEN", message: "Resource not accessible by integration" }] }));
    const forbidden = loadThread(testClient(), { kind: "issue", owner: "acme", repo: "widgets", number: 7 });
    await expect(forbidden).rejects.toThrow(/Resource not accessible/);
    await expect(forbidden).rejects.not.toBeInstanceOf(GitHubNotFound);
    nock.cleanAll();
    nock("https://api.github.com").post("/graphql").reply(502, { message: "Bad gateway" });
    await expect(loadThread(testClient(), { kind: "issue", owner: "acme", repo: "widgets", number: 7 })).rejects.toMatchObject({ status: 502 });
  });
});

describe("loadThread: discussion", () => {
  it("loads comments and replies in one request, with reply links and deleted comments left out", async () => {
    const calls = fakeGraphQL(() => graphqlFixture("discussion-thread"));
    const { thread, requests } = await loadThreadWithStats(testClient(), { kind: "discussion", owner: "acme", repo: "widgets", number: 12 });
    expect(requests).toBe(1);
    expect(calls[0].operation).toBe("DiscussionThread");
    expect(thread).toMatchObject({ kind: "discussion", nodeId: "D_kwDOAbc012", number: 12, labels: [] });
    expect(thread.comments.map((c) => [c.id, c.kind, c.replyTo])).toEqual([
      ["D_kwDOAbc012", "body", undefined],
      ["DC_kwDOAbc201", "discussion_comment", undefined],
      ["DC_kwDOAbc204", "discussion_reply", undefined],
      ["DC_kwDOAbc202", "discussion_reply", "DC_kwDOAbc201"],
    ]);
    expect(byId(thread, "DC_kwDOAbc201").databaseId).toBe(8201);
    expect(byId(thread, "DC_kwDOAbc202").author.association).toBe("FIRST_TIME_CONTRIBUTOR");
    expect(byId(thread, "DC_kwDOAbc204")).toMatchObject({ author: { login: "common-ground", isBot: true }, viewerDidAuthor: true });
  });
});
