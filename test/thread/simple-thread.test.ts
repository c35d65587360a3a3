import { describe, expect, it } from "vitest";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

describe("threadFromSimpleJson", () => {
  it("fills ids, kinds and increasing synthetic timestamps", () => {
    const t = threadFromSimpleJson({ title: "T", comments: [{ author: "a", text: "x" }, { author: "b", text: "y" }, { author: "c", text: "z", createdAt: "2024-05-01T10:00:00Z" }, { author: "d", text: "w" }] });
    expect(t.comments.map((c) => c.id)).toEqual(["c1", "c2", "c3", "c4"]);
    expect(t.comments.map((c) => c.kind)).toEqual(["body", "comment", "comment", "comment"]);
    expect(Date.parse(t.comments[1].createdAt)).toBeGreaterThan(Date.parse(t.comments[0].createdAt));
    expect(t.comments[2].createdAt).toBe("2024-05-01T10:00:00.000Z");
    expect(Date.parse(t.comments[3].createdAt) - Date.parse(t.comments[2].createdAt)).toBe(60_000);
    expect(t.kind).toBe("issue");
  });

  it("names the field and comment index of a bad value", () => {
    expect(() => threadFromSimpleJson({ comments: [{ author: "a", text: "x" }, { author: "", text: "y" }] })).toThrow(/comments\[1\]\.author/);
    expect(() => threadFromSimpleJson({ comments: [{ author: "a", text: 3 }] })).toThrow(/comments\[0\]\.text/);
    expect(() => threadFromSimpleJson({ comments: [{ author: "a", text: "x", createdAt: "yesterday" }] })).toThrow(/comments\[0\]\.createdAt.*ISO/);
    expect(() => threadFromSimpleJson({ comments: [] })).toThrow(/comments/);
    expect(() => threadFromSimpleJson("nope")).toThrow(/Invalid thread JSON/);
    expect(() => threadFromSimpleJson({ comments: [{ author: "a", text: "x", association: "BOSS" }] })).toThrow(/comments\[0\]\.association/);
  });

  it("rejects duplicate ids and dangling replies", () => {
    expect(() => threadFromSimpleJson({ comments: [{ id: "x", author: "a", text: "1" }, { id: "x", author: "b", text: "2" }] })).toThrow(/comments\[1\]\.id: duplicate/);
    expect(() => threadFromSimpleJson({ comments: [{ author: "a", text: "1" }, { author: "b", text: "2", replyTo: "c9" }] })).toThrow(/comments\[1\]\.replyTo/);
  });

  it("builds review threads, replies and review kinds for pull requests", () => {
    const t = threadFromSimpleJson({
      reviewThreads: [{ id: "rt1", resolved: true }],
      comments: [
        { author: "a", text: "PR body" },
        { id: "r1", author: "b", text: "why?", reviewThread: "rt1" },
        { id: "r2", author: "a", text: "because", reviewThread: "rt1" },
        { author: "b", text: "ok", reviewState: "APPROVED" },
      ],
    });
    expect(t.kind).toBe("pull_request");
    expect(t.reviewThreads).toEqual([{ id: "rt1", isResolved: true, commentIds: ["r1", "r2"] }]);
    expect(t.comments[2].replyTo).toBe("r1");
    expect(t.comments[1].kind).toBe("review_comment");
    expect(t.comments[3].kind).toBe("review");
    expect(t.comments[3].reviewState).toBe("APPROVED");
  });

  it("marks bots and strips a [bot] suffix", () => {
    const t = threadFromSimpleJson({ comments: [{ author: "dependabot[bot]", text: "bump" }, { author: "ci", isBot: true, text: "ok" }, { author: "@ann", text: "hi" }] });
    expect(t.comments.map((c) => [c.author.login, c.author.isBot])).toEqual([["dependabot", true], ["ci", true], ["ann", false]]);
  });

  it("uses discussion kinds", () => {
    const t = threadFromSimpleJson({ kind: "discussion", comments: [{ id: "d0", author: "a", text: "q" }, { id: "d1", author: "b", text: "x" }, { author: "a", text: "y", replyTo: "d1" }] });
    expect(t.comments.map((c) => c.kind)).toEqual(["body", "discussion_comment", "discussion_reply"]);
  });
});
