// Whole-thread reports on hand-written fixture threads, against hand-checked expectations.
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { loadFixture } from "./fixture-threads.ts";

const now = new Date("2025-01-06T12:00:00Z");
const report = (name: string) => analyzeThread(loadFixture(name), { now });

describe("RFC debate that converges", () => {
  const r = report("rfc-converges");
  it("stays calm and leaves nothing open", () => {
    expect(r.heat.level).toBe("calm");
    expect(r.openQuestions).toEqual([]);
    expect(r.openConcerns).toEqual([]);
  });
  it("ties agreements to what was agreed and merges approvals", () => {
    const whole = r.agreements.find((a) => a.commentId === "c1");
    expect(whole?.text).toBe("RFC: Move CSV imports to a background job");
    expect(whole?.agreedBy.sort()).toEqual(["dana-m", "karl-v"]);
    const upsert = r.agreements.find((a) => a.commentId === "c4");
    expect(upsert?.agreedBy).toEqual(["karl-v"]);
    // the code span comes back in the displayed text
    expect(upsert?.text).toContain("(import_id, row_number)");
    const proxies = r.agreements.find((a) => a.commentId === "c2");
    expect(proxies?.text).toMatch(/proxies/);
    expect(proxies?.agreedBy).toEqual(["dana-m"]);
  });
  it("records the decision with who and when, follow-ups with owners, and scope growth", () => {
    const decision = r.decisions.find((d) => /option B/.test(d.text));
    expect(decision).toMatchObject({ author: "ines-r", commentId: "c7", createdAt: "2024-04-09T14:00:00.000Z" });
    expect(r.actionItems.map((a) => [a.commentId, a.owner])).toEqual([
      ["c4", "ines-r"],
      ["c7", "ines-r"],
    ]);
    expect(r.actionItems[1].text).toMatch(/follow-up issue for XLSX/);
    expect(r.scopeGrowth).toHaveLength(1);
    expect(r.scopeGrowth[0]).toMatchObject({ author: "karl-v", commentId: "c5" });
  });
  it("lists participants with comment counts", () => {
    expect(r.participants.map((p) => [p.login, p.comments])).toEqual([
      ["ines-r", 3],
      ["karl-v", 3],
      ["dana-m", 3],
    ]);
    expect(r.commentCount).toBe(9);
  });
});

describe("heated review", () => {
  const r = report("heated-review");
  it("is heated from the turn where the tone changed, with both people involved", () => {
    expect(r.heat.level).toBe("heated");
    expect(r.heat.score).toBeGreaterThan(0.5);
    expect(r.heat.since?.index).toBeGreaterThanOrEqual(2);
    expect(r.heat.since?.index).toBeLessThanOrEqual(4);
    expect(r.heat.involved.sort()).toEqual(["nora-s", "ravi-t"]);
    expect(r.heat.reasons.length).toBeGreaterThan(1);
    expect(r.heat.perComment).toHaveLength(7);
  });
  it("keeps the CHANGES_REQUESTED review open as a blocking concern, and no rhetorical question", () => {
    expect(r.openConcerns).toHaveLength(1);
    expect(r.openConcerns[0]).toMatchObject({ author: "ravi-t", commentId: "c4", blocking: true });
    expect(r.openQuestions.some((q) => /even read/.test(q.text))).toBe(false);
  });
});

describe("calm review with an unanswered question", () => {
  const r = report("calm-unanswered");
  it("finds the Redis question unanswered although the author replied about something else", () => {
    expect(r.heat.level).toBe("calm");
    expect(r.openQuestions).toHaveLength(1);
    const q = r.openQuestions[0];
    expect(q).toMatchObject({ author: "mara-l", commentId: "c2", laterComments: 3 });
    expect(q.text).toMatch(/Redis is unavailable/);
    expect(q.ageMs).toBe(now.getTime() - Date.parse("2024-06-03T10:15:00Z"));
    expect(q.suggestedQuestions.length).toBeGreaterThanOrEqual(1);
    expect(q.suggestedQuestions.length).toBeLessThanOrEqual(3);
    expect(q.suggestedQuestions.join(" ")).toMatch(/Redis|preview endpoint/);
  });
});

describe("questions answered in review threads", () => {
  const r = report("review-thread-answered");
  it("counts a reply in the thread and a resolved thread as answers, and keeps the unanswered one", () => {
    expect(r.openQuestions.map((q) => q.commentId)).toEqual(["r4"]);
    expect(r.openQuestions[0].text).toMatch(/^are line numbers/);
    expect(r.actionItems.map((a) => a.owner)).toEqual(["yuki-h"]);
  });
});

describe("non-English thread", () => {
  it("reports the language so the coach can stay silent", () => {
    const r = report("non-english");
    expect(r.language.isEnglish).toBe(false);
    expect(r.language.confidence).toBeGreaterThan(0.5);
  });
  it("reads English threads as English", () => {
    expect(report("calm-unanswered").language.isEnglish).toBe(true);
  });
});

describe("bot-heavy thread", () => {
  const r = report("bot-heavy");
  it("leaves bots out of participants, heat and open items", () => {
    expect(r.participants.map((p) => p.login)).toEqual(["pia-n", "marc-d"]);
    expect(r.participants.every((p) => !p.isBot)).toBe(true);
    expect(r.heat.perComment.map((p) => p.commentId)).toEqual(["c4", "c7"]);
    expect(r.heat.level).toBe("calm");
    expect(r.openQuestions).toEqual([]);
    expect(r.openConcerns).toEqual([]);
    expect(r.commentCount).toBe(7);
  });
  it("counts the approval as agreement with the change, attributed to the opening post", () => {
    expect(r.agreements).toEqual([expect.objectContaining({ commentId: "c1", agreedBy: ["marc-d"], text: "Bump lodash from 4.17.20 to 4.17.21" })]);
  });
  it("ignores listed users like bots", () => {
    const t = loadFixture("bot-heavy");
    const r2 = analyzeThread(t, { now, ignoreUsers: ["pia-n"] });
    expect(r2.participants.map((p) => p.login)).toEqual(["marc-d"]);
  });
});

describe("Conventional Comments", () => {
  const r = report("conventional-comments");
  it("keeps the blocking issue and the label-marked question (no '?') open; praise and nitpicks are not items", () => {
    expect(r.openConcerns).toHaveLength(1);
    expect(r.openConcerns[0]).toMatchObject({ commentId: "c4", blocking: true });
    expect(r.openConcerns[0].text).toMatch(/^the limiter state/);
    expect(r.openQuestions.map((q) => q.commentId)).toEqual(["c5"]);
    expect(r.heat.level).toBe("calm");
  });
});

describe("criticism dressed as questions", () => {
  const r = report("rhetorical-criticism");
  it("lists only the genuine question as open", () => {
    expect(r.openQuestions.map((q) => q.commentId)).toEqual(["c4"]);
    expect(r.openQuestions[0].suggestedQuestions.join(" ")).toMatch(/formatter|Buddhist calendar/);
  });
  it("counts the rhetorical questions as heat, from the comment that asked them", () => {
    expect(r.heat.level).not.toBe("calm");
    expect(r.heat.reasons.join(" ")).toMatch(/rhetorical/);
    expect(r.heat.since?.commentId).toBe("c2");
  });
});

describe("GitHub Discussion with replies", () => {
  const r = report("discussion-replies");
  it("treats top-level comments as answers to the opening question and keeps the unanswered follow-up open", () => {
    expect(r.openQuestions).toEqual([]);
    expect(r.openConcerns).toHaveLength(1);
    expect(r.openConcerns[0]).toMatchObject({ commentId: "d3", author: "eva-r" });
    expect(r.openConcerns[0].text).toMatch(/Windows users.*encoding issues/);
  });
  it("ties an agreement in a reply chain to the reply it answers", () => {
    expect(r.agreements).toContainEqual(expect.objectContaining({ commentId: "d2", author: "pat-q", agreedBy: ["lin-z"] }));
  });
  it("reads the owner's concession as agreement to the point it concedes, stated in the owner's words", () => {
    expect(r.agreements).toEqual([
      expect.objectContaining({ commentId: "d1", author: "lin-z", agreedBy: ["pat-q"], text: "An explicit flag is safer" }),
      expect.objectContaining({ commentId: "d2" }),
    ]);
  });
});

describe("CHANGES_REQUESTED, then addressed and approved", () => {
  const r = report("changes-requested-resolved");
  it("closes the review's concern once the same reviewer approves", () => {
    expect(r.openConcerns).toEqual([]);
    expect(r.agreements).toEqual([expect.objectContaining({ commentId: "c1", agreedBy: ["ruth-k", "sol-b"] })]);
    expect(r.heat.level).toBe("calm");
  });
});

describe("technical vocabulary", () => {
  it("does not read kill, abort, fatal and dead as heat", () => {
    const r = report("technical-vocabulary");
    expect(r.heat.level).toBe("calm");
    expect(r.openQuestions).toEqual([]);
  });
});

describe("answer by mention and acknowledgement", () => {
  it("closes a question answered with a mention of the asker, and a follow-up answered directly", () => {
    const r = report("mention-answer");
    expect(r.openQuestions).toEqual([]);
    expect(r.heat.level).toBe("calm");
  });
});

describe("a slow burn", () => {
  const r = report("slow-burn");
  // Heat sustained by two people with no single turn at the pause cut-off reads warming: the
  // sustained gate no longer makes a thread "heated" (docs/tone-model.md, "Issue 18, round 2").
  it("is warming, and the rise begins after the polite opening turns", () => {
    expect(r.heat.level).toBe("warming");
    expect(r.heat.since?.index).toBeGreaterThanOrEqual(2);
    expect(r.heat.reasons.join(" ")).toMatch(/back and forth|faster|shorter|dropped away/);
  });
  it("ties the early agreement to the suggestion it answered", () => {
    expect(r.agreements[0]).toMatchObject({ commentId: "c2", author: "dev-j", agreedBy: ["cleo-h"] });
    expect(r.agreements[0].text).toMatch(/ignore-revs/);
  });
});
