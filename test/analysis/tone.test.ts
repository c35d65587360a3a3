// Behaviour of scoreTone with the committed weights: negation and target, technical
// vocabulary, evidence, score range, sensitivity ordering, cleaned input, determinism.
import { describe, expect, it } from "vitest";
import { scoreProse, scoreTone, toneThresholds } from "../../src/analysis/heat/tone.ts";
import { cleanMarkdown } from "../../src/thread/clean.ts";

const heated = [
  "You're an idiot.",
  "Are you serious? How many times do I have to explain this to you people?",
  "What the fuck is wrong with you? Did you even read the issue?",
  "Shut up and read the docs, you clueless moron.",
];

describe("negation and target", () => {
  it("a person-directed insult reads hotter than the same word aimed at the writer", () => {
    const you = scoreProse("You're an idiot.");
    const me = scoreProse("I'm an idiot, fixed.");
    expect(you.score).toBeGreaterThan(me.score);
    expect(you.flag).toBe(true);
    expect(me.flag).toBe(false);
    expect(you.evidence.some((e) => e.category === "insult")).toBe(true);
    expect(me.evidence.some((e) => e.category === "insult")).toBe(false);
  });

  it("a negated judgement carries no heat evidence", () => {
    const neg = scoreProse("This isn't stupid at all.");
    const pos = scoreProse("This is stupid.");
    expect(neg.score).toBeLessThan(pos.score);
    expect(neg.evidence.some((e) => e.phrase.toLowerCase() === "stupid")).toBe(false);
    expect(pos.evidence.some((e) => e.phrase.toLowerCase() === "stupid" && e.weight > 0)).toBe(true);
  });

  it("profanity about a thing is not profanity aimed at a person", () => {
    const thing = scoreProse("damn flaky CI, rerunning");
    const person = scoreProse("damn you, you broke it again");
    expect(thing.flag).toBe(false);
    expect(thing.evidence.some((e) => e.category === "profanity")).toBe(false);
    expect(person.evidence.some((e) => e.category === "profanity")).toBe(true);
    expect(person.score).toBeGreaterThan(thing.score);
  });

  it("flags plainly hostile comments at the default sensitivity", () => {
    for (const text of heated) expect(scoreProse(text).flag, text).toBe(true);
  });
});

describe("technical vocabulary", () => {
  const technical = [
    "Kill the worker process and abort the build if the health check fails.",
    "This is dead code; the fatal error path never executes.",
    "Nuke the cache directory before running the migration.",
    "This is a hack, but it unblocks the release. Use a dummy value for now.",
    "This is wrong: the loop exits before the last element is processed.",
    "damn flaky test again, retrying",
    "The master branch is a blocker for the deploy; execute the script manually.",
    "This test is terrible at catching regressions in the parser.",
  ];
  it.each(technical)("does not flag %s", (text) => {
    expect(scoreProse(text).flag).toBe(false);
  });

  it("judges frustration at things no looser than the default, even at high sensitivity", () => {
    for (const text of ["Ugh, flaky timeouts again on the emulator job.", "The error messages from the compiler are awful here."]) {
      expect(scoreProse(text, { sensitivity: "high" }).flag, text).toBe(false);
    }
  });
});

describe("result shape", () => {
  const samples = [...heated, "Thanks, this looks great! Could you add a test for the empty case?", "", "   ", "ok"];

  it("scores are probabilities", () => {
    for (const text of samples) {
      const r = scoreTone(text);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(Number.isFinite(r.score)).toBe(true);
    }
  });

  it("every evidence phrase is a substring of the prose", () => {
    for (const text of samples) {
      const prose = cleanMarkdown(text).prose;
      for (const e of scoreTone(text).evidence) expect(prose).toContain(e.phrase);
    }
  });

  it("cooling phrases carry negative weights with cooling categories", () => {
    const r = scoreProse("Thanks a lot, sorry for the delay. Maybe we could try another approach?");
    const cooling = new Set(["thanks", "apology", "hedge", "question", "praise"]);
    const cool = r.evidence.filter((e) => cooling.has(e.category));
    expect(cool.length).toBeGreaterThan(0);
    for (const e of cool) expect(e.weight).toBeLessThan(0);
    expect(r.flag).toBe(false);
  });

  it("a flag always comes with heating evidence", () => {
    for (const text of heated) {
      const r = scoreProse(text);
      if (r.flag) expect(r.evidence.some((e) => e.weight > 0)).toBe(true);
    }
  });

  it("certainty words alone never flag", () => {
    const r = scoreProse("Obviously this always happens, literally everything is completely and totally always like that.", { sensitivity: "high" });
    expect(r.evidence.some((e) => e.category === "absolute")).toBe(true);
    expect(r.flag).toBe(false);
  });

  it("is deterministic", () => {
    for (const text of samples) expect(scoreTone(text)).toEqual(scoreTone(text));
  });
});

describe("sensitivity", () => {
  it("thresholds are ordered: low is strictest", () => {
    expect(toneThresholds.low).toBeGreaterThanOrEqual(toneThresholds.medium);
    expect(toneThresholds.medium).toBeGreaterThanOrEqual(toneThresholds.high);
  });

  it("anything flagged at a stricter sensitivity is flagged at a looser one", () => {
    const texts = [...heated, "This is stupid.", "so much for open source", "WHY DOES NOBODY READ THE DOCS", "please fix asap"];
    for (const text of texts) {
      const low = scoreProse(text, { sensitivity: "low" }).flag;
      const med = scoreProse(text, { sensitivity: "medium" }).flag;
      const high = scoreProse(text, { sensitivity: "high" }).flag;
      if (low) expect(med).toBe(true);
      if (med) expect(high).toBe(true);
    }
  });
});

describe("only the writer's prose counts", () => {
  const cleanerStripsCode = !cleanMarkdown("```\nhidden\n```").prose.includes("hidden");
  it.skipIf(!cleanerStripsCode)("insults inside code and quotes are ignored", () => {
    const md = "> you are an idiot and this is garbage\n\nThanks, I will look at it.\n\n```\n// kill you stupid moron\n```";
    const r = scoreTone(md);
    expect(r.flag).toBe(false);
    expect(r.evidence.some((e) => e.weight > 0 && e.category === "insult")).toBe(false);
  });
});

describe("nothing of the writer's own to read", () => {
  const empty = [
    "",
    "   \n\t ",
    "```ts\nconst you = idiot();\n```",
    "> You're an idiot and this is garbage.",
    "`kill -9` https://example.com/you-idiot",
    "!!! ???",
  ];
  it.each(empty)("scores %j as 0 with no flag and no evidence", (text) => {
    const r = scoreTone(text);
    expect(r.score).toBe(0);
    expect(r.flag).toBe(false);
    expect(r.evidence).toEqual([]);
  });

  it("the same words as the writer's own prose are read", () => {
    expect(scoreTone("You're an idiot and this is garbage.").score).toBeGreaterThan(0.5);
  });
});
