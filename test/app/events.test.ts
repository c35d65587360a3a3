import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeMarker } from "../../src/render/marker.ts";
import { FakeRepo, human, type FakeComment, type FakeThread } from "./fake-repo.ts";
import { testApp, type TestApp } from "./harness.ts";
import { discussionComment, discussionCreated, issueComment, reviewComment, reviewSubmitted, reviewThread } from "./payloads.ts";
import { visible } from "../support/visible.ts";


let gh: FakeRepo;
let app: TestApp;

beforeEach(async () => {
  nock.disableNetConnect();
  gh = new FakeRepo().serve();
  app = await testApp();
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

function pr(): FakeThread {
  return gh.add({
    kind: "pull_request",
    number: 21,
    title: "Queue-based CSV import",
    opening: human(1, "Imports run on the job queue.", "author", "OWNER"),
    comments: [human(2, "Looks good overall."), human(3, "Ship it.")],
    reviews: [],
    reviewThreads: [],
  });
}

describe("pull requests", () => {
  it("issue_comment on a PR loads the PR and writes through the issue-comments API", async () => {
    const t = pr();
    const c = human(4, "/coach help");
    t.comments.push(c);
    await app.deliver("issue_comment", issueComment("created", t, c));
    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
    expect(gh.writes[0]).toMatchObject({ op: "create", thread: 21 });
  });

  it("pull_request_review.submitted: a command in the review body is answered, the answer being the acknowledgement", async () => {
    const t = pr();
    const review: FakeComment = { ...human(5, "Approving.\n\n/decision", "reviewer", "MEMBER"), id: "PRR_5", reviewState: "APPROVED" };
    t.reviews!.push(review);
    await app.deliver("pull_request_review", reviewSubmitted(t, review));
    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
    expect(visible(gh.ours(21)[0].body)).toMatch(/^\*\*Decision record \(draft\)\*\*/);
  });

  it("pull_request_review_comment.created: commands work in inline review comments", async () => {
    const t = pr();
    const inline: FakeComment = { ...human(6, "/concerns", "reviewer"), id: "PRRC_6" };
    t.reviewThreads!.push({ id: "PRRT_1", isResolved: false, comments: [inline] });
    await app.deliver("pull_request_review_comment", reviewComment(t, inline));
    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
    expect(visible(gh.ours(21)[0].body)).toMatchInlineSnapshot(`
      "**Open questions and concerns**

      Nothing is waiting for an answer right now.

      <sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · \`/coach off\` to stop these notes on this thread · \`/coach help\` for more.</sub>"
    `);
  });

  it("pull_request_review_thread.resolved re-evaluates the thread: the open-items note turns to answered", async () => {
    const t = pr();
    const concern: FakeComment = { ...human(7, "This drops rows with a BOM.", "reviewer"), id: "PRRC_7" };
    t.reviewThreads!.push({ id: "PRRT_2", isResolved: false, comments: [concern] });
    t.comments.push(human(8, "More context."), human(9, "And more."));
    app.scenario.patch = (thread) =>
      thread.reviewThreads.some((rt) => rt.isResolved)
        ? {}
        : { openConcerns: [{ kind: "concern", text: "This drops rows with a BOM.", author: "reviewer", commentId: "PRRC_7", ageMs: 0, laterComments: 3, suggestedQuestions: [] }] };
    await app.deliver("pull_request_review_thread", reviewThread("unresolved", t, human(8, "")));
    expect(decodeMarker(gh.ours(21)[0].body)).toMatchObject({ nudge: { kind: "openItems", commentIds: ["PRRC_7"] } });
    t.reviewThreads![0].isResolved = true;
    await app.deliver("pull_request_review_thread", reviewThread("resolved", t, human(1, "", "author")));
    expect(gh.writes.map((w) => w.op)).toEqual(["create", "update"]);
    expect(decodeMarker(gh.ours(21)[0].body)).toMatchObject({ nudge: { kind: "calm", previous: "openItems" } });
  });
});

describe("discussions", () => {
  function discussion(): FakeThread {
    return gh.add({
      kind: "discussion",
      number: 33,
      title: "RFC: plugin API",
      opening: { ...human(1, "Proposal: a plugin API.", "author", "OWNER"), id: "D_33" },
      comments: [],
    });
  }

  it("discussion.created on a fresh discussion stays silent (too short) with no writes", async () => {
    const d = discussion();
    await app.deliver("discussion", discussionCreated(d));
    expect(gh.loads).toBe(1);
    expect(gh.writes).toEqual([]);
  });

  it("discussion_comment.created answers through GraphQL, and an edit updates the same comment", async () => {
    const d = discussion();
    const c: FakeComment = { ...human(2, "/summarize"), id: "DC_2" };
    d.comments.push(c);
    await app.deliver("discussion_comment", discussionComment("created", d, c));
    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
    expect(visible(gh.ours(33)[0].body)).toMatchInlineSnapshot(`
      "**Summary so far** (2 comments, 2 participants)

      **Where it stands** — No outcome stated in the thread yet; last reply yesterday.

      **Agreed** — nothing explicitly agreed yet.

      **Open questions** — none waiting.

      **Unresolved concerns** — none.

      **Temperature** — calm throughout.

      <sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · \`/coach off\` to stop these notes on this thread · \`/coach help\` for more.</sub>"
    `);
    c.body = "/summarize\n/coach off";
    await app.deliver("discussion_comment", discussionComment("edited", d, c));
    expect(gh.writes.map((w) => w.op)).toEqual(["create", "update"]);
    expect(gh.ours(33)).toHaveLength(1);
    expect(decodeMarker(gh.ours(33)[0].body)).toMatchObject({ coachOff: false, handled: ["DC_2:summarize", "DC_2:coach-off"] });
    expect(visible(gh.ours(33)[0].body)).toMatch(/^_Only the thread's author or a maintainer/);
  });
});
