import { describe, expect, it } from "vitest";
import { suggestQuestions } from "../../src/analysis/open-ended.ts";
import { nounPhrases } from "../../src/analysis/noun-phrases.ts";

describe("nounPhrases", () => {
  it("keeps the item's own noun phrases without determiners or pronouns", () => {
    const nps = nounPhrases("I'm worried this will break the session cache on upgrade for existing users.");
    expect(nps).toContain("session cache");
    expect(nps.every((p) => !/^(?:the|a|I'm|we)\b/i.test(p))).toBe(true);
  });
});

describe("suggestQuestions", () => {
  const cases: [string, "question" | "concern"][] = [
    ["I'm worried this will break the session cache on upgrade.", "concern"],
    ["Why do we need a second queue for the import worker?", "question"],
    ["Should we use Redis or Postgres for the job queue?", "question"],
    ["What about Windows users who pipe into PowerShell?", "concern"],
    ["Does the preview endpoint fall back to direct rendering?", "question"],
  ];
  it.each(cases)("asks 1–3 open questions built from the item's own words: %s", (text, kind) => {
    const qs = suggestQuestions(text, kind);
    expect(qs.length).toBeGreaterThanOrEqual(1);
    expect(qs.length).toBeLessThanOrEqual(3);
    expect(new Set(qs).size).toBe(qs.length);
    const own = nounPhrases(text, 3).map((p) => p.toLowerCase());
    for (const q of qs) {
      expect(q.endsWith("?")).toBe(true);
      expect(q).not.toMatch(/@/);
      // open-ended: not a yes/no question
      expect(q).toMatch(/^(?:What|Which|How|Who)\b/);
    }
    expect(qs.some((q) => own.some((p) => q.toLowerCase().includes(p)))).toBe(true);
  });

  it("differs between items: the questions follow the item, not a fixed list", () => {
    const a = suggestQuestions(cases[0][0], "concern");
    const b = suggestQuestions(cases[1][0], "question");
    expect(a.filter((q) => b.includes(q))).toEqual([]);
  });

  it("never builds a question around a chat word taken for a topic", () => {
    const qs = suggestQuestions("lol, the cache will drop sessions on deploy", "concern", ["lol", "cache"]);
    expect(qs.join(" ")).not.toMatch(/\blol\b/);
    expect(qs[0]).toContain("cache");
    expect(suggestQuestions("lol ok?", "concern", ["lol", "ok"])[0]).toContain("this point");
  });
});
