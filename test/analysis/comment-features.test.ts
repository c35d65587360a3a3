import { describe, expect, it } from "vitest";
import type { Comment } from "../../src/thread/model.ts";
import { analyzeComment, commentCacheKey } from "../../src/analysis/comment-features.ts";
import { analyzeThread } from "../../src/analysis/report.ts";
import type { CommentFeatures } from "../../src/analysis/comment-features.ts";
import { loadFixture } from "./fixture-threads.ts";

const comment = (body: string, extra: Partial<Comment> = {}): Comment => ({
  id: "c9",
  kind: "comment",
  author: { login: "kim", isBot: false, association: "MEMBER" },
  body,
  createdAt: "2024-01-01T00:00:00Z",
  ...extra,
});

describe("analyzeComment", () => {
  it("is a pure function of the comment", () => {
    const c = comment("I'm worried this will break the cache. Could we add a test? I'll open an issue for the docs.");
    expect(analyzeComment(c)).toEqual(analyzeComment(structuredClone(c)));
  });

  it("finds questions, concerns, actions and a claim; reads code and quotes as someone else's", () => {
    const f = analyzeComment(
      comment("> Why would anyone do this?\n\nI'm worried this will break the cache.\n\n```\nwhy does this fail?\n```\n\nCould we add a test for the eviction path? I'll open an issue for the docs."),
    );
    expect(f.candidates.map((k) => k.kind)).toEqual(["concern", "question"]);
    expect(f.rhetorical).toBe(0); // the rhetorical question is inside the quote
    expect(f.quotes).toEqual(["Why would anyone do this?"]);
    expect(f.actions).toEqual([{ text: "I'll open an issue for the docs.", owner: "kim" }]);
    expect(f.claim).toBe("Could we add a test for the eviction path?");
  });

  it("reads no tone from a bot or from a comment without prose", () => {
    expect(analyzeComment(comment("This is terrible!!!", { author: { login: "ci", isBot: true, association: "NONE" } })).tone.score).toBe(0);
    expect(analyzeComment(comment("")).tone.score).toBe(0);
    expect(analyzeComment(comment("```\nkill -9 $(pgrep stupid)\n```")).wordCount).toBe(0);
  });

  it("changes its cache key when the comment is edited or the sensitivity changes", () => {
    const c = comment("x");
    expect(commentCacheKey(c)).not.toBe(commentCacheKey({ ...c, updatedAt: "2024-01-02T00:00:00Z" }));
    expect(commentCacheKey(c, "high")).not.toBe(commentCacheKey(c, "low"));
  });
});

describe("analyzeThread with a cache", () => {
  it("gives the same report, and reuses features of unchanged comments", () => {
    const t = loadFixture("rfc-converges");
    const now = new Date("2025-01-01T00:00:00Z");
    const cache = new Map<string, CommentFeatures>();
    const first = analyzeThread(t, { now, cache });
    expect(cache.size).toBe(t.comments.length);
    const cached = [...cache.values()];
    const second = analyzeThread(t, { now, cache });
    expect(second).toEqual(first);
    expect([...cache.values()]).toEqual(cached);
    expect(analyzeThread(t, { now })).toEqual(first);
  });
});
