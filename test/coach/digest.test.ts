import { describe, expect, it } from "vitest";
import { buildDigest } from "../../src/coach/digest.ts";
import { config, heated, hoursLater, openItem, T0 } from "./factories.ts";
import { digestThread } from "./digest-threads.ts";

const now = hoursLater(48);

describe("buildDigest", () => {
  it("lists heated threads before warming ones, hotter first", () => {
    const warming = { ...heated(8), level: "warming" as const, score: 0.5 };
    const d = buildDigest({
      threads: [digestThread(1, { heat: warming, commentCount: 8 }), digestThread(2, { heat: { ...heated(8), score: 0.7 }, commentCount: 8 }), digestThread(3, { heat: heated(8), commentCount: 8 })],
      config: config(),
      now,
    });
    expect(d.heating.entries.map((e) => [e.thread.number, e.level])).toEqual([
      [3, "heated"],
      [2, "heated"],
      [1, "warming"],
    ]);
    // Since when: the comment where the rise began, with its link.
    expect(d.heating.entries[0].sinceUrl).toBe("https://github.com/acme/widgets/issues/3#issuecomment-306");
    expect(d.heating.entries[0].sinceAge).toBe("yesterday");
  });

  it("lists only due items, blocking concerns first, then the longest wait", () => {
    const young = openItem({ commentId: "c3", ageMs: 3_600_000, laterComments: 0, createdAt: hoursLater(47).toISOString() });
    const old = openItem({ commentId: "c4", ageMs: 40 * 3_600_000, laterComments: 0 });
    const older = openItem({ commentId: "c5", ageMs: 45 * 3_600_000, laterComments: 0 });
    const blocking = openItem({ kind: "concern", commentId: "c2", text: "This breaks the v2 clients.", ageMs: 30 * 3_600_000, blocking: true });
    const d = buildDigest({
      threads: [digestThread(1, { openQuestions: [young, old] }), digestThread(2, { openQuestions: [older], openConcerns: [blocking] })],
      config: config(),
      now,
    });
    expect(d.waiting.entries.map((e) => [e.thread.number, e.item.commentId])).toEqual([
      [2, "c2"],
      [2, "c5"],
      [1, "c4"],
    ]);
  });

  it("lists a long converging debate only while no decision is recorded", () => {
    const agreed = { text: "Ship the retry policy.", author: "a", commentId: "c3", agreedBy: ["b", "c"], agreementCommentIds: ["c4", "c5"] };
    const ready = digestThread(1, { commentCount: 12, agreements: [agreed] });
    const decided = digestThread(2, { commentCount: 12, agreements: [agreed], decisions: [{ text: "Let's go with it.", author: "a", commentId: "c9" }] });
    const short = digestThread(3, { commentCount: 5, agreements: [agreed] });
    const d = buildDigest({ threads: [ready, decided, short], config: config(), now });
    expect(d.converging.entries).toEqual([{ thread: expect.objectContaining({ number: 1 }), comments: 12, agreedPoints: 1, approvals: 0 }]);
  });

  it("counts threads with coaching switched off and lists nothing of them", () => {
    const off = digestThread(1, { heat: heated(8), commentCount: 8, openQuestions: [openItem()] }, { coachOff: true });
    const d = buildDigest({ threads: [off, digestThread(2)], config: config(), now });
    expect(d.coachOff).toBe(1);
    expect(d.heating.entries).toEqual([]);
    expect(d.waiting.entries).toEqual([]);
    expect(d.scanned).toBe(2);
  });

  it("leaves out threads with an ignored label and threads that do not read English", () => {
    const labelled = digestThread(1, { heat: heated(8), commentCount: 8 }, { labels: ["WontFix"] });
    const foreign = digestThread(2, { heat: heated(8), commentCount: 8, language: { isEnglish: false, confidence: 0.2 } });
    const d = buildDigest({ threads: [labelled, foreign], config: config({ ignore: { labels: ["wontfix"] } }), now });
    expect(d.heating.entries).toEqual([]);
  });

  it("caps each section and counts the rest", () => {
    const threads = Array.from({ length: 30 }, (_, i) => digestThread(i + 1, { heat: heated(8), commentCount: 8 }));
    const d = buildDigest({ threads, config: config({ digest: { maxPerSection: 10 } }), now });
    expect(d.heating.entries).toHaveLength(10);
    expect(d.heating.more).toBe(20);
  });

  it("never carries a login: items are quotes or the app's description", () => {
    const item = openItem({ author: "carol", text: "How do existing sessions migrate?" });
    const d = buildDigest({ threads: [digestThread(1, { heat: heated(8), commentCount: 8, openQuestions: [item] })], config: config(), now });
    expect(JSON.stringify(d)).not.toMatch(/carol|alice|bob|user\d/);
    expect(d.generatedAt).toBe(now.toISOString());
    expect(T0.getTime()).toBeLessThan(now.getTime());
  });
});
