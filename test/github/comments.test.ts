import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addReaction, createComment, deleteComment, GitHubNotFound, updateComment } from "../../src/github/index.ts";
import type { Comment, Thread } from "../../src/thread/model.ts";
import { API, fakeGraphQL, notFound, testClient } from "./fake-github.ts";

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

const thread = (kind: Thread["kind"]): Thread => ({
  kind,
  repo: { owner: "acme", name: "widgets" },
  number: 42,
  nodeId: kind === "discussion" ? "D_kwDO42" : "PR_kwDO42",
  title: "t",
  labels: [],
  comments: [],
  reviewThreads: [],
});

const ours = (extra: Partial<Comment>): Comment => ({
  id: "IC_kwDO1",
  kind: "comment",
  author: { login: "common-ground", isBot: true, association: "NONE" },
  body: "old",
  createdAt: "2026-01-01T00:00:00Z",
  viewerDidAuthor: true,
  ...extra,
});

describe("createComment", () => {
  it("issue/PR: POSTs exactly { body } to the issue-comments route and returns our Comment", async () => {
    const scope = nock(API)
      .post("/repos/acme/widgets/issues/42/comments", { body: "Hello" })
      .reply(201, {
        id: 3000000009,
        node_id: "IC_kwDONEW",
        body: "Hello",
        html_url: "https://github.com/acme/widgets/pull/42#issuecomment-3000000009",
        created_at: "2026-06-01T00:00:00Z",
        updated_at: "2026-06-01T00:00:00Z",
        user: { login: "common-ground[bot]", type: "Bot" },
        author_association: "NONE",
      });
    const created = await createComment(testClient(), thread("pull_request"), "Hello");
    expect(scope.isDone()).toBe(true);
    expect(created).toEqual({
      id: "IC_kwDONEW",
      databaseId: 3000000009,
      kind: "comment",
      author: { login: "common-ground", isBot: true, association: "NONE" },
      body: "Hello",
      createdAt: "2026-06-01T00:00:00Z",
      updatedAt: "2026-06-01T00:00:00Z",
      url: "https://github.com/acme/widgets/pull/42#issuecomment-3000000009",
      viewerDidAuthor: true,
    });
  });

  it("discussion: addDiscussionComment with the discussion's node id", async () => {
    const calls = fakeGraphQL(() => ({
      data: {
        addDiscussionComment: {
          comment: {
            id: "DC_kwDONEW",
            body: "Hello",
            createdAt: "2026-06-01T00:00:00Z",
            updatedAt: "2026-06-01T00:00:00Z",
            author: { __typename: "Bot", login: "common-ground" },
            authorAssociation: "NONE",
            viewerDidAuthor: true,
            databaseId: 9001,
            url: "https://github.com/acme/widgets/discussions/42#discussioncomment-9001",
            deletedAt: null,
          },
        },
      },
    }));
    const created = await createComment(testClient(), thread("discussion"), "Hello");
    expect(calls.map((c) => [c.operation, c.variables])).toEqual([["AddDiscussionComment", { discussionId: "D_kwDO42", body: "Hello" }]]);
    expect(created).toMatchObject({ id: "DC_kwDONEW", databaseId: 9001, kind: "discussion_comment", viewerDidAuthor: true, author: { login: "common-ground", isBot: true } });
  });

  it("a locked or deleted issue answering 404 is GitHubNotFound", async () => {
    nock(API).post("/repos/acme/widgets/issues/42/comments").reply(404, { message: "Not Found" });
    await expect(createComment(testClient(), thread("issue"), "x")).rejects.toBeInstanceOf(GitHubNotFound);
  });

  it("other failures propagate", async () => {
    nock(API).post("/repos/acme/widgets/issues/42/comments").reply(403, { message: "You have exceeded a secondary rate limit" });
    const attempt = createComment(testClient(), thread("issue"), "x");
    await expect(attempt).rejects.toMatchObject({ status: 403 });
    await expect(attempt).rejects.not.toBeInstanceOf(GitHubNotFound);
  });
});

describe("updateComment", () => {
  it("issue/PR: PATCHes exactly { body } by database id", async () => {
    const scope = nock(API).patch("/repos/acme/widgets/issues/comments/3000000002", { body: "new" }).reply(200, {});
    await updateComment(testClient(), thread("issue"), ours({ databaseId: 3000000002 }), "new");
    expect(scope.isDone()).toBe(true);
  });

  it("issue/PR comment known only by node id: updateIssueComment mutation", async () => {
    const calls = fakeGraphQL(() => ({ data: { updateIssueComment: { issueComment: { id: "IC_kwDO1" } } } }));
    await updateComment(testClient(), thread("issue"), ours({}), "new");
    expect(calls.map((c) => [c.operation, c.variables])).toEqual([["UpdateIssueComment", { id: "IC_kwDO1", body: "new" }]]);
  });

  it("discussion: updateDiscussionComment by node id", async () => {
    const calls = fakeGraphQL(() => ({ data: { updateDiscussionComment: { comment: { id: "DC_kwDO1" } } } }));
    await updateComment(testClient(), thread("discussion"), ours({ id: "DC_kwDO1", kind: "discussion_comment", databaseId: 5 }), "new");
    expect(calls.map((c) => [c.operation, c.variables])).toEqual([["UpdateDiscussionComment", { commentId: "DC_kwDO1", body: "new" }]]);
  });

  it("a comment deleted meanwhile is GitHubNotFound (REST 404 and GraphQL NOT_FOUND)", async () => {
    nock(API).patch("/repos/acme/widgets/issues/comments/7").reply(404, { message: "Not Found" });
    await expect(updateComment(testClient(), thread("issue"), ours({ databaseId: 7 }), "x")).rejects.toBeInstanceOf(GitHubNotFound);
    fakeGraphQL(() => ({ data: { updateDiscussionComment: null }, errors: [notFound(["updateDiscussionComment"], "Could not resolve to a node with the global id of 'DC_gone'")] }));
    await expect(
      updateComment(testClient(), thread("discussion"), ours({ id: "DC_gone", kind: "discussion_comment" }), "x"),
    ).rejects.toBeInstanceOf(GitHubNotFound);
  });

  it("refuses to edit anything but a top-level comment, without calling GitHub", async () => {
    await expect(updateComment(testClient(), thread("pull_request"), ours({ kind: "review" }), "x")).rejects.toThrow(/cannot edit a review/);
    await expect(updateComment(testClient(), thread("issue"), ours({ kind: "body" }), "x")).rejects.toThrow(/cannot edit a body/);
  });
});

describe("deleteComment", () => {
  it("issue/PR: DELETE by database id", async () => {
    const scope = nock(API).delete("/repos/acme/widgets/issues/comments/3000000002").reply(204);
    await deleteComment(testClient(), thread("pull_request"), ours({ databaseId: 3000000002 }));
    expect(scope.isDone()).toBe(true);
  });

  it("issue/PR comment known only by node id: deleteIssueComment mutation", async () => {
    const calls = fakeGraphQL(() => ({ data: { deleteIssueComment: { clientMutationId: null } } }));
    await deleteComment(testClient(), thread("issue"), ours({}));
    expect(calls.map((c) => [c.operation, c.variables])).toEqual([["DeleteIssueComment", { id: "IC_kwDO1" }]]);
  });

  it("discussion: deleteDiscussionComment by node id", async () => {
    const calls = fakeGraphQL(() => ({ data: { deleteDiscussionComment: { comment: { id: "DC_kwDO1" } } } }));
    await deleteComment(testClient(), thread("discussion"), ours({ id: "DC_kwDO1", kind: "discussion_comment" }));
    expect(calls.map((c) => [c.operation, c.variables])).toEqual([["DeleteDiscussionComment", { id: "DC_kwDO1" }]]);
  });

  it("an already-deleted comment is GitHubNotFound", async () => {
    nock(API).delete("/repos/acme/widgets/issues/comments/8").reply(404, { message: "Not Found" });
    await expect(deleteComment(testClient(), thread("issue"), ours({ databaseId: 8 }))).rejects.toBeInstanceOf(GitHubNotFound);
  });
});

describe("addReaction", () => {
  it.each([
    ["an issue comment", "IC_kwDO1", "comment"],
    ["an inline review comment", "PRRC_kwDO1", "review_comment"],
    ["a review", "PRR_kwDO1", "review"],
    ["a discussion reply", "DC_kwDO9", "discussion_reply"],
    ["the opening post", "PR_kwDO42", "body"],
  ] as const)("reacts to %s through addReaction with its node id", async (_what, id, kind) => {
    const calls = fakeGraphQL(() => ({ data: { addReaction: { reaction: { content: "EYES" } } } }));
    await addReaction(testClient(), thread("pull_request"), ours({ id, kind }), "EYES");
    expect(calls.map((c) => [c.operation, c.variables])).toEqual([["AddReaction", { subjectId: id, content: "EYES" }]]);
  });

  it("a comment deleted before the reaction is GitHubNotFound", async () => {
    fakeGraphQL(() => ({ data: { addReaction: null }, errors: [notFound(["addReaction"], "Could not resolve to a node with the global id of 'IC_gone'")] }));
    await expect(addReaction(testClient(), thread("issue"), ours({ id: "IC_gone" }), "EYES")).rejects.toBeInstanceOf(GitHubNotFound);
  });
});
