// The thread-level memos (term index extended as a thread grows, answer lookups, key-term memo)
// must never change a report: growing a thread one comment at a time with one shared cache gives
// the same reports as analysing each prefix from scratch, and the term index matches a fresh build.
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { analyzeThread } from "../../src/analysis/report.ts";
import { analyzeComment, type CommentFeatures } from "../../src/analysis/comment-features.ts";
import { termIndex } from "../../src/analysis/term-index.ts";
import type { Thread } from "../../src/thread/model.ts";
import { longThread } from "./long-thread.ts";
import { loadFixture } from "./fixture-threads.ts";

const now = new Date("2024-06-01T00:00:00Z");
const prefix = (t: Thread, n: number): Thread => ({ ...t, comments: t.comments.slice(0, n) });

describe("incremental analysis", () => {
  it("gives the same report for every prefix of a growing thread as a fresh analysis", () => {
    const thread = longThread(40);
    const cache = new Map<string, CommentFeatures>();
    for (let n = 1; n <= thread.comments.length; n++) {
      const grown = analyzeThread(prefix(thread, n), { now, cache });
      const fresh = analyzeThread(prefix(thread, n), { now });
      expect(grown).toEqual(fresh);
    }
  });

  it("gives the same report on every fixture thread with and without a warm cache", () => {
    const names = readdirSync(new URL("../fixtures/threads/", import.meta.url)).filter((f) => f.endsWith(".json"));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const thread = loadFixture(name.replace(/\.json$/, ""));
      const cache = new Map<string, CommentFeatures>();
      analyzeThread(thread, { now, cache });
      expect(analyzeThread(thread, { now, cache })).toEqual(analyzeThread(thread, { now }));
    }
  });

  it("extends the term index in place to the same content as a fresh build", () => {
    const thread = longThread(30);
    const features = thread.comments.map((c) => analyzeComment(c));
    termIndex(thread.comments.slice(0, 10), features.slice(0, 10));
    const extended = termIndex(thread.comments, features);
    const fresh = termIndex(thread.comments, features.map((f) => ({ ...f })));
    expect(extended).toEqual(fresh);
    const bumps = [...fresh.docFreq.values()].reduce((a, b) => a + b, 0);
    expect(bumps).toBe(features.reduce((a, f) => a + f.terms.length, 0));
  });
});
