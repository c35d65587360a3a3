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
    expect(describeTemperature({ ...heated(8), level: "calm", since: undefined })).toBe("ran hot around comments 6–8, calm since.");
  });

  it("counts places in the whole thread when given them (bots and the app in between)", () => {
    const place = (id: string) => Number(id.slice(1)) + 2; // two bot comments earlier in the thread
    expect(describeTemperature({ ...heated(8), level: "calm", since: undefined }, place)).toBe("ran hot around comments 8–10, calm since.");
    expect(describeTemperature(heated(8), place)).toBe("heated since comment 8.");
  });
});

describe("composeHelp and renderHelp", () => {
  it("names who may switch coaching off, from the config", () => {
    expect(renderHelp(composeHelp(config()))).toContain("(the thread's author, owners, members, collaborators)");
    expect(renderHelp(composeHelp(config({ coachOff: { allowed: ["anyone"] } })))).toContain("(anyone)");
  });
});
