// The tone rule layer and tokenizer: offsets, negation, target, shouting, questions.
import { describe, expect, it } from "vitest";
import { scanRules, SLOT } from "../../src/analysis/heat/tone/rules.ts";
import { tokenize, WORD } from "../../src/analysis/heat/tone/tokenize.ts";

function slots(text: string): string[] {
  const t = tokenize(text);
  return scanRules(t).hits.map((h) => `${Object.keys(SLOT)[h.slot]}:${text.slice(t.start[h.first], t.end[h.last])}`);
}

describe("tokenize", () => {
  it("keeps offsets into the input and lower-cases words", () => {
    const text = "Don’t SHOUT, please!! Why?";
    const t = tokenize(text);
    const words: string[] = [];
    for (let i = 0; i < t.n; i++) if (t.kind[i] === WORD) {
      words.push(t.text[i]);
      expect(text.slice(t.start[i], t.end[i]).toLowerCase().replace("’", "'")).toBe(t.text[i]);
    }
    expect(words).toEqual(["don't", "shout", "please", "why"]);
  });

  it("marks capitalised words", () => {
    const t = tokenize("the API is DOWN");
    expect(Array.from(t.caps)).toEqual([0, 1, 0, 1]);
  });

  it("gives equal hashes to the same word in any case", () => {
    const a = tokenize("Idiot");
    const b = tokenize("IDIOT idiot");
    expect(a.hash[0]).toBe(b.hash[0]);
    expect(b.hash[0]).toBe(b.hash[1]);
  });
});

describe("scanRules", () => {
  it("finds the phrases added from reading missed heated comments, in their categories", () => {
    expect(slots("go fuck yourselves")).toContain("insult:go fuck yourselves");
    expect(slots("you clearly have no idea what you are talking about")).toContain("dismissal:no idea what you are talking about");
    expect(slots("for the third time, read it")).toContain("impatience:for the third time");
    expect(slots("that code should die in a fire")).toContain("threat:die in a fire");
    expect(slots("you are not listening")).toContain("blame:you are not listening");
    expect(slots("such a selfish move")).toContain("judgeThing:selfish");
    // still technical: no hit on the trash folder or a child process
    expect(slots("move the deleted items to the trash")).toEqual([]);
    expect(slots("kill the child process first")).toEqual([]);
  });

  it("names the target of a judgement", () => {
    expect(slots("you are so stupid")).toContain("insult:stupid");
    expect(slots("this design is stupid")).toContain("judgeThing:stupid");
    expect(slots("I was stupid, fixed now").some((s) => s.endsWith(":stupid"))).toBe(false);
  });

  it("drops negated heat and counts it", () => {
    const t = tokenize("this isn't stupid");
    const r = scanRules(t);
    expect(r.hits.length).toBe(0);
    expect(r.negated).toBe(1);
  });

  it("reads a negating object after the phrase", () => {
    expect(slots("you broke nothing, the test is flaky").some((s) => s.startsWith("blame"))).toBe(false);
    expect(slots("you broke the build").some((s) => s.startsWith("blame"))).toBe(true);
  });

  it("hears 'your problem' as a brush-off only in its brush-off form", () => {
    expect(slots("well, that's your problem")).toContain("dismissal:that's your problem");
    expect(slots("It is your problem to fix")).toContain("dismissal:It is your problem");
    expect(slots("Your problem, not mine.")).toContain("dismissal:Your problem, not mine");
    expect(slots("sorry, not my problem")).toContain("dismissal:not my problem");
    // a question about the reader's problem is not a brush-off
    const dismissive = (text: string) => slots(text).some((s) => s.startsWith("dismissal") || s.startsWith("blame"));
    expect(dismissive("Is your problem similar?")).toBe(false);
    expect(dismissive("What is your problem exactly — the build or the tests?")).toBe(false);
    expect(dismissive("If your problem is the cache, clear it first.")).toBe(false);
    expect(dismissive("That's not your problem, the runner is misconfigured.")).toBe(false);
  });

  it("does not let a negation cross a clause", () => {
    expect(slots("it's not mine, you idiot")).toContain("insult:idiot");
  });

  it("separates profanity aimed at someone from profanity about a thing", () => {
    expect(slots("damn flaky CI")).toEqual(["profanityOther:damn"]);
    expect(slots("you damn fool")).toContain("profanityPerson:damn");
  });

  it("does not take acronyms for shouting", () => {
    expect(slots("the CI API JSON HTTP TLS output").some((s) => s.startsWith("shouting"))).toBe(false);
    expect(slots("WHY IS THIS STILL BROKEN").some((s) => s.startsWith("shouting"))).toBe(true);
  });

  it("tells rhetorical questions from genuine ones", () => {
    expect(slots("Did you even read the issue?").some((s) => s.startsWith("rhetorical"))).toBe(true);
    expect(slots("Could you add a test for this?").some((s) => s.startsWith("question"))).toBe(true);
    expect(slots("Are you fucking idiots?").some((s) => s.startsWith("question"))).toBe(false);
  });

  it("prefers the longest phrase", () => {
    expect(slots("what the fuck")).toEqual(["frustration:what the fuck"]);
  });

  it("ignores technical vocabulary", () => {
    expect(slots("kill the process, abort the build, remove dead code, nuke the cache, use a dummy value")).toEqual([]);
  });
});
