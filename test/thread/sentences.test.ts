import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/thread/sentences.ts";
import { assertProperty } from "../support/property.ts";

describe("splitSentences", () => {
  it("splits on terminal punctuation", () => {
    expect(splitSentences("This works. Does it? Yes! Great.")).toEqual(["This works.", "Does it?", "Yes!", "Great."]);
  });

  it("does not split after abbreviations or initials", () => {
    expect(splitSentences("Use a cache, e.g. Redis, i.e. something fast. Ask Dr. Smith or J. R. Doe about it etc. Then decide.")).toEqual([
      "Use a cache, e.g. Redis, i.e. something fast.",
      "Ask Dr. Smith or J. R. Doe about it etc. Then decide.",
    ]);
  });

  it("keeps version numbers and decimals whole", () => {
    expect(splitSentences("Upgrade to v1.2.3 now. It costs 0.5 ms. Node 20.18.1 works.")).toEqual([
      "Upgrade to v1.2.3 now.",
      "It costs 0.5 ms.",
      "Node 20.18.1 works.",
    ]);
  });

  it("treats ellipses as pauses unless a new sentence starts", () => {
    expect(splitSentences("I tried... it failed. Hmm… OK then.")).toEqual(["I tried... it failed.", "Hmm…", "OK then."]);
  });

  it("splits 'No.' as a sentence but keeps 'No. 5' together", () => {
    expect(splitSentences("No. We agreed on item No. 5 instead.")).toEqual(["No.", "We agreed on item No. 5 instead."]);
  });

  it("handles ?! runs and closing quotes", () => {
    expect(splitSentences('He said "stop!" Then what?! Nothing.')).toEqual(['He said "stop!"', "Then what?!", "Nothing."]);
  });

  it("ends sentences at paragraphs and at short lines, joins hard-wrapped lines", () => {
    expect(splitSentences("looks good to me\nthanks\n\nnext para")).toEqual(["looks good to me", "thanks", "next para"]);
    const wrapped = "I think the locking in this patch is subtly wrong because the\nworker can observe the queue before it is published.";
    expect(splitSentences(wrapped)).toEqual([wrapped.replace("\n", " ")]);
  });

  it("splits CJK full stops", () => {
    expect(splitSentences("这是第一句。这是第二句。")).toEqual(["这是第一句。", "这是第二句。"]);
  });

  it("never returns empty strings and loses no words", () => {
    assertProperty(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const out = splitSentences(text);
        for (const s of out) expect(s.trim()).toBe(s);
        for (const s of out) expect(s.length).toBeGreaterThan(0);
        expect(out.join(" ").replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
      }),
      { numRuns: 500 },
    );
  });
});

describe("splitSentences: long input", () => {
  it("stays linear on 65,536 characters of abbreviations", () => {
    const text = "e.g. ".repeat(13107);
    const t0 = performance.now();
    const out = splitSentences(text);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(out.join(" ").replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
  });
});
