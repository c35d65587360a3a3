import { describe, expect, it } from "vitest";
import { decide, isConverging, shouldNudgeEscalation, type PolicyInput } from "../../src/coach/policy.ts";
import { emptyState, type CoachState } from "../../src/coach/state.ts";
import { comment, config, heated, hoursLater, openItem, report, T0, thread } from "./factories.ts";

function input(overrides: Partial<PolicyInput> = {}): PolicyInput {
  return { report: report(), config: config(), state: null, thread: thread(), trigger: { authorIsBot: false }, now: T0, ...overrides };
}

const shown = (kind: NonNullable<CoachState["nudge"]>["kind"], commentIds: string[], at = T0, commentCount = 8): CoachState => ({
  ...emptyState(),
  nudge: { kind, at: at.toISOString(), commentIds },
  lastNudgeAt: at.toISOString(),
  lastNudgeCommentCount: commentCount,
});

describe("decide: silence reasons", () => {
  const hot = report({ heat: heated(), commentCount: 8 });
  it.each([
    ["disabled in the repository config", "disabled", { config: config({ enabled: false }) }],
    ["coaching switched off on this thread (/coach off)", "coach-off", { state: { ...emptyState(), coachOff: true } }],
    ["triggered by a bot", "bot", { trigger: { authorIsBot: true } }],
    ['thread has the ignored label "wontfix"', "ignored-label", { config: config({ ignore: { labels: ["WontFix"] } }), thread: thread(8, { labels: ["wontfix"] }) }],
    ["thread does not look English", "not-english", { report: { ...hot, language: { isEnglish: false, confidence: 0.8 } } }],
    ["thread too short (3 < 4 comments)", "too-short", { report: { ...hot, commentCount: 3 } }],
  ])("stays silent: %s", (reason, silenceCode, overrides) => {
    const d = decide(input({ report: hot, ...(overrides as Partial<PolicyInput>) }));
    expect(d).toEqual({ speak: "silence", reason, silenceCode, commentIds: [] });
  });

  it("stays silent on a calm thread with nothing open (weak signal)", () => {
    expect(decide(input()).reason).toBe("signal too weak: nothing to say");
  });

  it("does not nudge on a warming thread at the default threshold, but does at threshold warming", () => {
    const warm = report({ heat: { ...heated(), level: "warming" }, commentCount: 8 });
    expect(decide(input({ report: warm })).speak).toBe("silence");
    expect(decide(input({ report: warm, config: config({ escalation: { threshold: "warming" } }) })).speak).toBe("escalation");
  });

  it("respects nudges.escalation = false", () => {
    const hot2 = report({ heat: heated(), commentCount: 8 });
    expect(shouldNudgeEscalation(hot2, config({ nudges: { escalation: false } }))).toBe(false);
    expect(decide(input({ report: hot2, config: config({ nudges: { escalation: false } }) })).speak).toBe("silence");
  });
});

describe("decide: speaking", () => {
  it("nudges on escalation and names the heated comments", () => {
    const d = decide(input({ report: report({ heat: heated(8), commentCount: 8 }) }));
    expect(d.speak).toBe("escalation");
    expect(d.commentIds).toEqual(["c6", "c7", "c8"]);
  });

  it("prefers escalation over open items", () => {
    const r = report({ heat: heated(8), commentCount: 8, openQuestions: [openItem()] });
    expect(decide(input({ report: r })).speak).toBe("escalation");
  });

  it("lists open items once they are old enough or buried under later comments, not before", () => {
    const young = openItem({ ageMs: 2 * 3_600_000, laterComments: 1 });
    expect(decide(input({ report: report({ openQuestions: [young] }) })).speak).toBe("silence");
    const old = openItem({ ageMs: 25 * 3_600_000, laterComments: 0 });
    expect(decide(input({ report: report({ openQuestions: [old] }) })).speak).toBe("openItems");
    const buried = openItem({ ageMs: 3_600_000, laterComments: 3 });
    expect(decide(input({ report: report({ openConcerns: [{ ...buried, kind: "concern" }] }) }))).toMatchObject({ speak: "openItems", commentIds: ["c2"] });
  });

  it("offers convergence on a long calm thread with agreement and an approval", () => {
    const r = report({
      commentCount: 10,
      agreements: [{ text: "Use the queue", author: "a", commentId: "c4", agreedBy: ["b"], agreementCommentIds: ["c5"] }],
    });
    const withApproval = thread(10);
    withApproval.comments[9] = comment(10, { kind: "review", reviewState: "APPROVED" });
    expect(isConverging(r, config(), thread(10))).toBe(false);
    expect(decide(input({ report: r, thread: withApproval }))).toMatchObject({ speak: "convergence", commentIds: ["c4"] });
    expect(decide(input({ report: { ...r, commentCount: 6 }, thread: withApproval })).speak).toBe("silence");
  });

  it("needs several people on one point, not two people each conceding a different one", () => {
    const backAndForth = report({
      commentCount: 10,
      agreements: [
        { text: "Use the queue", author: "a", commentId: "c2", agreedBy: ["b"], agreementCommentIds: ["c3"] },
        { text: "Keep the cron job for a release", author: "b", commentId: "c6", agreedBy: ["a"], agreementCommentIds: ["c7"] },
      ],
    });
    expect(isConverging(backAndForth, config(), thread(10))).toBe(false);
    const shared = report({
      commentCount: 10,
      agreements: [{ text: "Use the queue", author: "a", commentId: "c2", agreedBy: ["b", "c"], agreementCommentIds: ["c3", "c5"] }],
    });
    expect(isConverging(shared, config(), thread(10))).toBe(true);
  });

  it("a closing, merge or 'not a bug' settles the thread: no decision record offered for it; a 'let's go with' still converges", () => {
    const settled = report({ commentCount: 10, decisions: [{ text: "Duplicate of #298", author: "a", commentId: "c9", kind: "duplicate" }] });
    expect(isConverging(settled, config(), thread(10))).toBe(false);
    const decided = report({ commentCount: 10, decisions: [{ text: "Let's go with the queue.", author: "a", commentId: "c9", kind: "decided" }] });
    expect(isConverging(decided, config(), thread(10))).toBe(true);
    const reversed = report({ commentCount: 10, decisions: [{ ...decided.decisions[0], reversedBy: { text: "Reverted.", author: "b", commentId: "c10" } }] });
    expect(isConverging(reversed, config(), thread(10))).toBe(false);
  });
});

describe("decide: cooldown (fake clock)", () => {
  const hot = (n: number) => report({ heat: heated(n), commentCount: n });
  const after = shown("calm", [], T0, 8);

  it("holds back a new nudge for cooldown.hours", () => {
    const d = decide(input({ report: hot(20), state: after, now: hoursLater(2) }));
    expect(d.speak).toBe("silence");
    expect(d.reason).toBe("escalation held back by cooldown: 2.0 h since the last nudge (< 24 h)");
  });

  it("holds back a new nudge until cooldown.comments new comments", () => {
    const d = decide(input({ report: hot(10), state: after, now: hoursLater(30) }));
    expect(d.reason).toBe("escalation held back by cooldown: 2 new comment(s) since the last nudge (< 5)");
  });

  it("speaks again once both the time and the comments have passed", () => {
    expect(decide(input({ report: hot(13), state: after, now: hoursLater(24) })).speak).toBe("escalation");
  });

  it("does not repeat a nudge already on display", () => {
    const d = decide(input({ report: hot(20), state: shown("escalation", ["c18", "c19", "c20"]), now: hoursLater(48) }));
    expect(d).toEqual({ speak: "silence", reason: "already showing the escalation nudge", silenceCode: "already-shown", commentIds: [] });
  });

  it("does not rewrite an escalation note just because more replies ran hot", () => {
    const d = decide(input({ report: hot(20), state: shown("escalation", ["c6"]), now: hoursLater(1) }));
    expect(d.reason).toBe("already showing the escalation nudge");
  });

  it("refreshes the open-items list in place when the set changes, even during cooldown", () => {
    const state = shown("openItems", ["c2", "c3"]);
    const r = report({ openQuestions: [openItem({ commentId: "c2" })] });
    const d = decide(input({ report: r, state, now: hoursLater(1) }));
    expect(d).toMatchObject({ speak: "openItems", refresh: true, commentIds: ["c2"] });
  });
});

describe("decide: never stale", () => {
  it("updates to calm when the heat is gone", () => {
    const d = decide(input({ state: shown("escalation", ["c5"]), now: hoursLater(1) }));
    expect(d.speak).toBe("update-to-calm");
  });

  it("keeps the escalation note while the thread is still warming", () => {
    const warm = report({ heat: { ...heated(), level: "warming" }, commentCount: 8 });
    expect(decide(input({ report: warm, state: shown("escalation", ["c5"]) })).speak).toBe("silence");
  });

  it("updates to calm when every listed item was answered", () => {
    expect(decide(input({ state: shown("openItems", ["c2"]) })).speak).toBe("update-to-calm");
  });

  it("goes straight to a due nudge of another kind when the old one no longer applies and the cooldown has passed", () => {
    const r = report({ commentCount: 20, openQuestions: [openItem()] });
    const d = decide(input({ report: r, state: shown("escalation", ["c5"]), now: hoursLater(30) }));
    expect(d).toMatchObject({ speak: "openItems", reason: "1 question(s)/concern(s) unanswered (the escalation nudge no longer applies)" });
    expect(decide(input({ report: r, state: shown("escalation", ["c5"]), now: hoursLater(3) })).speak).toBe("update-to-calm");
  });

  it("does not update a calm note again", () => {
    expect(decide(input({ state: shown("calm", []) })).speak).toBe("silence");
  });
});
