import { describe, expect, it } from "vitest";
import { composeEscalation, composeOpenItems, MAX_REASONS } from "../../src/coach/compose.ts";
import { config, heated, openItem, report, T0, thread } from "./factories.ts";

describe("composeEscalation", () => {
  it("builds questions from items in calm comments only, and always ends by offering a short call", () => {
    const r = report({
      heat: heated(8),
      openConcerns: [
        openItem({ kind: "concern", commentId: "c7", suggestedQuestions: ["Why is this so badly designed?"] }),
        openItem({ kind: "concern", commentId: "c2", suggestedQuestions: ["What would a safe migration need?"] }),
      ],
    });
    const m = composeEscalation(r, thread(8));
    expect(m.questions).toEqual(["What would a safe migration need?", "Would a short call, with the outcome written back here, settle this faster?"]);
  });

  it("uses only the first facilitator question of a heated item when nothing calm is open", () => {
    const r = report({ heat: heated(8), openConcerns: [openItem({ kind: "concern", commentId: "c7", suggestedQuestions: ["What would need to be true for the cache to be safe?", "Why is this so bad?"] })] });
    const m = composeEscalation(r, thread(8));
    expect(m.questions[0]).toBe("What would need to be true for the cache to be safe?");
    expect(m.questions).not.toContain("Why is this so bad?");
    expect(m.questions).toHaveLength(3);
  });

  it("reads the questions of only as many items as it shows (they are built when first read)", () => {
    const reads: string[] = [];
    const item = (commentId: string, questions: string[]) =>
      Object.defineProperty(openItem({ kind: "question", commentId }), "suggestedQuestions", {
        enumerable: true,
        get: () => (reads.push(commentId), questions),
      });
    const r = report({
      heat: heated(8),
      openQuestions: [item("c1", ["What does the cache key hold?"]), item("c2", ["What does the cache key hold?", "Who owns the migration?"]), item("c3", ["Unread?"]), item("c4", ["Unread too?"])],
    });
    expect(composeEscalation(r, thread(8)).questions.slice(0, 2)).toEqual(["What does the cache key hold?", "Who owns the migration?"]);
    expect(reads).toEqual(["c1", "c2"]);
  });

  it("falls back to general open questions when the thread offers none", () => {
    const m = composeEscalation(report({ heat: heated(8) }), thread(8));
    expect(m.questions).toHaveLength(3);
    expect(m.questions.every((q) => q.endsWith("?"))).toBe(true);
  });

  it("keeps the evidence short and names nobody", () => {
    const heat = { ...heated(8), reasons: ["r1", "r2", "r3", "r4", "r5", "r6"], involved: ["alice", "bob", "carol"] };
    const m = composeEscalation(report({ heat }), thread(8));
    expect(m.evidence).toEqual(["r1", "r2", "r3", "r4", "From comment 6 on.", "Thread level: heated (score 0.80)."]);
    expect(m.evidence.length).toBe(MAX_REASONS + 2);
    expect(JSON.stringify(m)).not.toMatch(/alice|bob|carol/);
    expect(m.observation).toContain("among 3 people");
  });
});

describe("composeOpenItems", () => {
  it("titles by what is waiting, concerns (blocking first) before questions, at most five", () => {
    const q = (id: string) => openItem({ commentId: id });
    const c = (id: string, blocking = false) => openItem({ kind: "concern", commentId: id, blocking });
    expect(composeOpenItems(report({ openQuestions: [q("c2")] }), config(), thread(8), T0).title).toBe("One question is still waiting for an answer");
    expect(composeOpenItems(report({ openConcerns: [c("c2"), c("c3")] }), config(), thread(8), T0).title).toBe("Two concerns are still waiting for an answer");
    const mixed = composeOpenItems(report({ openQuestions: [q("c2"), q("c3"), q("c4")], openConcerns: [c("c5"), c("c6", true), c("c7")] }), config(), thread(8), T0);
    expect(mixed.title).toBe("Five items are still waiting for an answer");
    expect(mixed.items.map((i) => i.commentId)).toEqual(["c6", "c5", "c7", "c2", "c3"]);
  });
});
