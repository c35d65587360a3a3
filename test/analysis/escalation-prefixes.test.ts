// Escalation as the app sees it: re-read at every new comment. A calm thread must not read heated at
// any point of its growth, even with the odd sharp word about a thing; a real exchange of insults must.
import { describe, expect, it } from "vitest";
import type { Comment } from "../../src/thread/model.ts";
import { analyzeComment } from "../../src/analysis/comment-features.ts";
import { assessEscalation } from "../../src/analysis/heat/escalation.ts";
import { loadFixture } from "./fixture-threads.ts";
import { longThread } from "./long-thread.ts";

/** Levels after each comment (people only, as the report reads them). */
function levelsOverTime(comments: Comment[]): string[] {
  const people = comments.filter((c) => !c.author.isBot);
  const features = people.map((c) => analyzeComment(c));
  return people.map((_, i) => assessEscalation(people.slice(0, i + 1), features.slice(0, i + 1)).level);
}

const SHARP_ABOUT_THINGS = [
  "Ugh, this flaky CI is driving me crazy, third rerun today.",
  "Honestly the old exporter was a terrible design, glad it's going.",
  "That error message is useless, it doesn't even say which file.",
  "Could you share your code? Did you fix your issue?",
];

function withSharpWords(n: number): Comment[] {
  const comments = longThread(n).comments;
  return comments.map((c, i) => (i > 0 && i % 17 === 0 ? { ...c, body: SHARP_ABOUT_THINGS[(i / 17) % SHARP_ABOUT_THINGS.length] } : c));
}

describe("escalation over a thread's growth", () => {
  it("never reads heated at any point of a long calm thread with the odd sharp word about a thing", () => {
    const levels = levelsOverTime(withSharpWords(200));
    expect(levels).toHaveLength(201);
    expect(levels.filter((l) => l === "heated")).toEqual([]);
  });

  it("never reads heated while the RFC debate converges", () => {
    expect(levelsOverTime(loadFixture("rfc-converges").comments)).not.toContain("heated");
  });

  it("reads heated when two people trade insults at the end of the same long thread", () => {
    const comments = withSharpWords(120);
    const last = Date.parse(comments[comments.length - 1].createdAt);
    const at = (k: number) => new Date(last + k * 60_000).toISOString();
    const fight: Comment[] = [
      { id: "f1", kind: "comment", author: { login: "ben", isBot: false, association: "MEMBER" }, body: "Did you even read the diff? You clearly have no idea what you're talking about.", createdAt: at(1) },
      { id: "f2", kind: "comment", author: { login: "chen", isBot: false, association: "MEMBER" }, body: "Shut up, you arrogant idiot. I wrote half of this module.", createdAt: at(2) },
    ];
    const levels = levelsOverTime([...comments, ...fight]);
    expect(levels.slice(0, -2)).not.toContain("heated");
    expect(levels[levels.length - 1]).toBe("heated");
  });

  it("reads the heated review fixture as heated once the tone turns", () => {
    const levels = levelsOverTime(loadFixture("heated-review").comments);
    expect(levels[0]).toBe("calm");
    expect(levels[levels.length - 1]).toBe("heated");
  });
});
