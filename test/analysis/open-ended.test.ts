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
    expect(suggestQuestions("lol ok?", "concern", ["lol", "ok"])[0]).toBe("What would need to be true for this change to feel safe?");
  });

  it("never takes a generic noun, a pronoun, a person or a stem for a topic: it asks topic-free questions instead", () => {
    // "questions" was the topic before: "What would need to be true for questions to work as expected here?"
    expect(suggestQuestions("Any questions about this?", "question")).toEqual([
      "What would need to be true for this to work as expected here?",
      "What test or example would show the expected behaviour?",
    ]);
    expect(suggestQuestions("Is there a way to do this?", "question").join(" ")).not.toMatch(/\bway\b|there a/);
    expect(suggestQuestions("@octocat have you looked at the retry policy?", "question")[0]).toBe("What would need to be true for retry policy to work as expected here?");
    // The cheap variant passes stemmed key terms: a stem becomes the text's own word, never "possib".
    expect(suggestQuestions("Is it possible to cache the tokens?", "question", ["possib", "token"]).join(" ")).not.toMatch(/\bpossib\b/);
  });

  it("keeps the shape of the item in its topic-free questions", () => {
    expect(suggestQuestions("Why do we need it?", "question")[0]).toBe("Which constraint makes this approach necessary here?");
    expect(suggestQuestions("This could break things for people.", "concern")[0]).toBe("What would show whether the current behaviour keeps working after this change?");
    expect(suggestQuestions("Should we do this or that?", "question")[0]).toBe("What are the trade-offs between the options for this case?");
  });
});
