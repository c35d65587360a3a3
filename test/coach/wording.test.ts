import { describe, expect, it } from "vitest";
import { composeHelp } from "../../src/coach/answers.ts";
import { describeTemperature } from "../../src/coach/temperature.ts";
import { dateAfter, relativeAge } from "../../src/coach/time.ts";
import { renderHelp } from "../../src/render/help.ts";
import { config, heated } from "./factories.ts";

const now = new Date("2026-03-10T12:00:00Z");

describe("relativeAge and dateAfter", () => {
  it.each([
    ["2026-03-10T11:59:30Z", "just now"],
    ["2026-03-10T11:59:00Z", "a minute ago"],
    ["2026-03-10T11:15:00Z", "45 minutes ago"],
    ["2026-03-10T09:00:00Z", "3 hours ago"],
    ["2026-03-09T10:00:00Z", "yesterday"],
    ["2026-03-05T12:00:00Z", "5 days ago"],
    ["2026-02-10T12:00:00Z", "4 weeks ago"],
    ["not a date", "just now"],
  ])("%s → %s", (iso, text) => expect(relativeAge(iso, now)).toBe(text));

  it("gives a review date as a calendar day", () => expect(dateAfter(now, 90)).toBe("2026-06-08"));
});

describe("describeTemperature", () => {
  it("describes each level without naming anyone", () => {
    expect(describeTemperature({ level: "calm", score: 0, reasons: [], involved: [], perComment: [] })).toBe("calm throughout.");
    expect(describeTemperature(heated(8))).toBe("heated since comment 6.");
    expect(describeTemperature({ ...heated(8), level: "warming" })).toBe("warming up since comment 6.");
    // The level reads calm, but the last comments are flagged: the line says how the thread ends.
    expect(describeTemperature({ ...heated(8), level: "calm", since: undefined })).toBe("mostly calm, but the thread ends heated (comment 8).");
  });

  it("never says calm since (or throughout) when one of the last comments is flagged", () => {
    const hotEarly = { ...heated(10), level: "calm" as const, since: undefined };
    hotEarly.perComment = hotEarly.perComment.map((c, i) => ({ ...c, hot: i >= 2 && i <= 4, score: i >= 2 && i <= 4 ? 0.85 : 0.1 }));
    expect(describeTemperature(hotEarly)).toBe("ran hot around comments 3–5, calm since.");
    const lastOnly = { ...hotEarly, perComment: hotEarly.perComment.map((c, i) => ({ ...c, hot: i === 8, score: i === 8 ? 0.9 : 0.1 })) };
    expect(describeTemperature(lastOnly)).toBe("mostly calm, but the thread ends heated (comment 9).");
    // Unflagged comments at the end with a middling score leave the line to the flags; a high one does not.
    const middling = { ...hotEarly, perComment: hotEarly.perComment.map((c) => ({ ...c, hot: false, score: 0.45 })) };
    expect(describeTemperature(middling)).toBe("calm throughout.");
    const tenseLast = { ...hotEarly, perComment: hotEarly.perComment.map((c, i) => ({ ...c, hot: false, score: i === 9 ? 0.75 : 0.2 })) };
    expect(describeTemperature(tenseLast)).toBe("mostly calm, but the last replies read tense (comment 10).");
    expect(describeTemperature({ ...tenseLast, perComment: tenseLast.perComment.map((c, i) => ({ ...c, hot: i === 2 })) })).toBe("ran hot around comment 3; the last replies read tense (comment 10).");
  });

  it("a comment the sentence model re-read reads tense at the end only when its fast score agrees", () => {
    const calm = { ...heated(10), level: "calm" as const, since: undefined };
    const last = (fastScore: number) => ({ ...calm, perComment: calm.perComment.map((c, i) => ({ ...c, hot: false, score: i === 9 ? 0.75 : 0.2, ...(i === 9 ? { fastScore } : {}) })) });
    expect(describeTemperature(last(0.3))).toBe("calm throughout.");
    expect(describeTemperature(last(0.72))).toBe("mostly calm, but the last replies read tense (comment 10).");
    // so too earlier in a thread that warmed and calmed: an unflagged turn the fast stage reads calm is no "ran hot around" span
    const warmed = { ...heated(10), level: "warming" as const, since: { commentId: "c5", index: 4 } };
    const middle = (fastScore: number) => ({ ...warmed, perComment: warmed.perComment.map((c, i) => ({ ...c, hot: false, score: i === 4 ? 0.83 : 0.2, ...(i === 4 ? { fastScore } : {}) })) });
    expect(describeTemperature(middle(0.6))).toBe("calm throughout.");
    expect(describeTemperature(middle(0.75))).toBe("ran hot around comment 5, calm since.");
  });

  it("says a heated or warming thread calmed down when its last turns read calm", () => {
    const cooled = { ...heated(10), since: { commentId: "c4", index: 3 } };
    cooled.perComment = cooled.perComment.map((c, i) => ({ ...c, hot: i === 3 || i === 5, score: i === 3 || i === 5 ? 0.9 : 0.2 }));
    expect(describeTemperature(cooled)).toBe("ran hot around comments 4–6, calm since.");
    expect(describeTemperature({ ...cooled, level: "warming" })).toBe("ran hot around comments 4–6, calm since.");
    // One calm reply after the heat is not yet "calm since": the run must be CALMED_RUN long.
    const oneCalm = { ...cooled, perComment: cooled.perComment.map((c, i) => ({ ...c, hot: i === 8, score: i === 8 ? 0.9 : 0.2 })) };
    expect(describeTemperature(oneCalm)).toBe("heated since comment 4.");
    // A tense (unflagged, high-scoring) last turn keeps the thread heated.
    const tenseTail = { ...cooled, perComment: cooled.perComment.map((c, i) => ({ ...c, score: i === 9 ? 0.75 : c.score })) };
    expect(describeTemperature(tenseTail)).toBe("heated since comment 4.");
  });

  it("does not read a joke or swearing at oneself as heat", () => {
    const selfSwear = { ...heated(6), level: "calm" as const, since: undefined };
    selfSwear.perComment = selfSwear.perComment.map((c, i) => ({ ...c, hot: false, score: i === 5 ? 0.8 : 0.2 }));
    expect(describeTemperature(selfSwear)).toBe("mostly calm, but the last replies read tense (comment 6).");
    expect(describeTemperature(selfSwear, undefined, new Set(["c6"]))).toBe("calm throughout.");
    // The only hot comment of a "heated" thread was light-hearted, and the end is calm: calm.
    const onlyLight = { ...heated(6), since: { commentId: "c3", index: 2 } };
    onlyLight.perComment = onlyLight.perComment.map((c, i) => ({ ...c, hot: i === 2, score: i === 2 ? 0.9 : 0.2 }));
    expect(describeTemperature(onlyLight, undefined, new Set(["c3"]))).toBe("calm throughout.");
    expect(describeTemperature(onlyLight)).toBe("ran hot around comment 3, calm since.");
  });

  it("counts places in the whole thread when given them (bots and the app in between)", () => {
    const place = (id: string) => Number(id.slice(1)) + 2; // two bot comments earlier in the thread
    expect(describeTemperature({ ...heated(8), level: "calm", since: undefined }, place)).toBe("mostly calm, but the thread ends heated (comment 10).");
    expect(describeTemperature(heated(8), place)).toBe("heated since comment 8.");
  });
});

describe("composeHelp and renderHelp", () => {
  it("names who may switch coaching off, from the config", () => {
    expect(renderHelp(composeHelp(config()))).toContain("(the thread's author, owners, members, collaborators)");
    expect(renderHelp(composeHelp(config({ coachOff: { allowed: ["anyone"] } })))).toContain("(anyone)");
  });
});
