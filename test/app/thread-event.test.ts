import { describe, expect, it } from "vitest";
import { threadEventFrom, type ThreadPayload } from "../../src/app/thread-event.ts";

const repository = { name: "widgets", owner: { login: "acme" } };
const user = (login: string, type = "User") => ({ login, type });
const comment = (body: string, login = "alice", type = "User") => ({ node_id: "N1", body, user: user(login, type), author_association: "MEMBER" });

describe("threadEventFrom", () => {
  it("tells issues from pull requests on issue_comment", () => {
    const base: ThreadPayload = { repository, sender: user("alice"), issue: { number: 4 }, comment: comment("/summarize") };
    expect(threadEventFrom("issue_comment.created", base)).toEqual({
      name: "issue_comment.created",
      ref: { kind: "issue", owner: "acme", repo: "widgets", number: 4 },
      comment: { id: "N1", body: "/summarize", author: { login: "alice", association: "MEMBER", isBot: false } },
      senderIsBot: false,
      locked: false,
    });
    const pr = threadEventFrom("issue_comment.created", { ...base, issue: { number: 4, pull_request: {}, locked: true } });
    expect(pr).toMatchObject({ ref: { kind: "pull_request" }, locked: true });
  });

  it("reads the review body, the inline comment, or nothing for review threads", () => {
    const pull_request = { number: 9 };
    expect(threadEventFrom("pull_request_review.submitted", { repository, pull_request, review: comment("LGTM") })?.comment?.body).toBe("LGTM");
    expect(threadEventFrom("pull_request_review_comment.created", { repository, pull_request, comment: comment("nit") })?.comment?.body).toBe("nit");
    expect(threadEventFrom("pull_request_review_thread.resolved", { repository, pull_request })).toMatchObject({ ref: { kind: "pull_request", number: 9 }, comment: undefined });
  });

  it("reads discussions: the post itself on discussion.created, the comment otherwise", () => {
    const discussion = { number: 2, ...comment("Proposal"), node_id: "D2" };
    expect(threadEventFrom("discussion.created", { repository, discussion })).toMatchObject({ ref: { kind: "discussion", number: 2 }, comment: { id: "D2", body: "Proposal" } });
    expect(threadEventFrom("discussion_comment.edited", { repository, discussion, comment: comment("/concerns") })?.comment?.body).toBe("/concerns");
  });

  it("marks bots by type or by the [bot] suffix, and strips the suffix", () => {
    const e = threadEventFrom("issue_comment.created", { repository, sender: user("renovate[bot]"), issue: { number: 1 }, comment: comment("x", "renovate[bot]") });
    expect(e).toMatchObject({ senderIsBot: true, comment: { author: { login: "renovate", isBot: true } } });
    expect(threadEventFrom("issue_comment.created", { repository, sender: user("ci", "Bot"), issue: { number: 1 } })?.senderIsBot).toBe(true);
  });

  it("returns null for a payload about no thread", () => {
    expect(threadEventFrom("issue_comment.created", { repository })).toBeNull();
  });
});
