import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubNotFound, loadThreadWithStats } from "../../src/github/index.ts";
import { fakeGraphQL, testClient } from "./fake-github.ts";
import { rawComment, serveThread, subject } from "./fake-thread-server.ts";

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const ids = (prefix: string, n: number) => range(n).map((i) => `${prefix}${i}`);

describe("loadThread pagination", () => {
  it("issue: 250 comments and 130 labels take one request per extra page", async () => {
    const comments = range(250).map((i) => rawComment(`IC${i}`, 10 + i, { fullDatabaseId: String(4_000_000_000 + i) }));
    const labels = range(130).map((i) => ({ id: `L${i}`, name: `label-${i}` }));
    const calls = fakeGraphQL(serveThread({ typename: "Issue", subject: subject("I_1", 5), connections: new Map([["I_1", { comments, labels }]]) }));

    const { thread, requests } = await loadThreadWithStats(testClient(), { kind: "issue", owner: "acme", repo: "widgets", number: 5 });

    expect(requests).toBe(4); // 1 + 2 more comment pages + 1 more label page
    expect(calls.map((c) => c.operation).sort()).toEqual(["IssueThread", "MoreIssueComments", "MoreIssueComments", "MoreLabels"]);
    expect(calls.filter((c) => c.operation !== "IssueThread").every((c) => c.variables.id === "I_1" && typeof c.variables.cursor === "string")).toBe(true);
    expect(thread.comments.slice(1).map((c) => c.id)).toEqual(ids("IC", 250));
    expect(thread.comments[250].databaseId).toBe(4_000_000_249);
    expect(thread.labels).toEqual(range(130).map((i) => `label-${i}`));
  });

  it("pull request: comments, reviews, review threads and nested inline comments past 100 each", async () => {
    const comments = range(150).map((i) => rawComment(`IC${i}`, 1 + i));
    const reviews = range(120).map((i) => ({ ...rawComment(`PRR${i}`, 200 + i), state: "COMMENTED", submittedAt: null }));
    const threads = range(101).map((i) => ({ id: `T${i}`, isResolved: i % 2 === 0, path: `f${i}.ts` }));
    const connections = new Map<string, Record<string, any[]>>([["PR_1", { comments, reviews, reviewThreads: threads, labels: [] }]]);
    // Thread 0 (first page) has 130 inline comments, thread 100 (second page) has 105, the rest 1.
    for (const [i, t] of threads.entries()) {
      const n = i === 0 ? 130 : i === 100 ? 105 : 1;
      connections.set(t.id, { comments: range(n).map((j) => ({ ...rawComment(`T${i}C${j}`, 1000 + i * 200 + j), publishedAt: null })) });
    }
    const calls = fakeGraphQL(serveThread({ typename: "PullRequest", subject: subject("PR_1", 9), connections }));

    const { thread, requests } = await loadThreadWithStats(testClient(), { kind: "pull_request", owner: "acme", repo: "widgets", number: 9 });

    expect(requests).toBe(6);
    expect(calls.map((c) => `${c.operation}:${c.variables.id ?? ""}`).sort()).toEqual(
      ["MoreIssueComments:PR_1", "MoreReviewThreadComments:T0", "MoreReviewThreadComments:T100", "MoreReviewThreads:PR_1", "MoreReviews:PR_1", "PullRequestThread:"].sort(),
    );
    expect(thread.comments.filter((c) => c.kind === "comment")).toHaveLength(150);
    expect(thread.comments.filter((c) => c.kind === "review")).toHaveLength(120);
    expect(thread.reviewThreads).toHaveLength(101);
    expect(thread.reviewThreads[0].commentIds).toEqual(ids("T0C", 130));
    expect(thread.reviewThreads[100].commentIds).toEqual(ids("T100C", 105));
    const lastOfThread100 = thread.comments.find((c) => c.id === "T100C104");
    expect(lastOfThread100).toMatchObject({ replyTo: "T100C0", reviewThreadId: "T100" });
    expect(thread.comments).toHaveLength(1 + 150 + 120 + 130 + 105 + 99);
  });

  it("discussion: comments and nested replies past 100", async () => {
    const top = range(130).map((i) => ({ ...rawComment(`DC${i}`, 1 + i * 1000), deletedAt: null }));
    const connections = new Map<string, Record<string, any[]>>([["D_1", { comments: top, labels: [] }]]);
    for (const [i, c] of top.entries()) {
      const n = i === 5 ? 140 : i === 120 ? 101 : 0;
      connections.set(c.id, { replies: range(n).map((j) => ({ ...rawComment(`DC${i}R${j}`, 2 + i * 1000 + j), deletedAt: null })) });
    }
    const calls = fakeGraphQL(serveThread({ typename: "Discussion", subject: subject("D_1", 3), connections }));

    const { thread, requests } = await loadThreadWithStats(testClient(), { kind: "discussion", owner: "acme", repo: "widgets", number: 3 });

    expect(requests).toBe(4);
    expect(calls.map((c) => `${c.operation}:${c.variables.id ?? ""}`).sort()).toEqual(
      ["DiscussionThread:", "MoreDiscussionComments:D_1", "MoreDiscussionReplies:DC120", "MoreDiscussionReplies:DC5"],
    );
    expect(thread.comments).toHaveLength(1 + 130 + 140 + 101);
    const replies = thread.comments.filter((c) => c.replyTo === "DC5");
    expect(replies.map((c) => c.id)).toEqual(ids("DC5R", 140));
    expect(thread.comments.filter((c) => c.replyTo === "DC120")).toHaveLength(101);
  });

  it("a thread deleted between pages is GitHubNotFound", async () => {
    const comments = range(101).map((i) => rawComment(`IC${i}`, i + 1));
    const serve = serveThread({ typename: "Issue", subject: subject("I_2", 6), connections: new Map([["I_2", { comments, labels: [] }]]) });
    fakeGraphQL((call) => (call.operation === "IssueThread" ? serve(call) : { data: { node: null } }));
    await expect(loadThreadWithStats(testClient(), { kind: "issue", owner: "acme", repo: "widgets", number: 6 })).rejects.toBeInstanceOf(GitHubNotFound);
  });
});
