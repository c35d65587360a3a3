// The ending reader: which of the latest comments says where the thread stands. The shipped weights
// are measured in `npm run eval endings`; here a hand-made model checks the plumbing: no embeddings,
// no reading; the cut-off decides whether an outcome is offered; its sentence skips courtesy and questions.
import { describe, expect, it } from "vitest";
import { ENDING_FEATURES, STRUCTURE } from "../../src/analysis/ending/features.ts";
import { decodeEndingModel, type EndingModel, outcomeSentence, readEnding, shippedEndingModel } from "../../src/analysis/ending/reader.ts";
import { embeddingKey } from "../../src/analysis/heat/embedding/requests.ts";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

/** A model that reads one structural feature: p = σ(8·feature − 4), so 0.98 when it holds and 0.02 when not. */
function modelOn(feature: (typeof STRUCTURE)[number], cutoff = 0.5): EndingModel {
  const weights = new Float32Array(ENDING_FEATURES);
  weights[STRUCTURE.indexOf(feature)] = 8;
  return { logistic: { weights, bias: -4, calibration: { a: 1, b: 0 } }, cutoff };
}

const thread = threadFromSimpleJson({
  title: "Exporter crashes on empty sheets",
  comments: [
    { author: "ana", text: "Exporting a workbook with an empty sheet crashes with a null pointer." },
    { author: "lee", association: "MEMBER", text: "Can you share the workbook?" },
    { author: "ana", text: "Here it is, the second sheet is empty." },
    { author: "lee", association: "MEMBER", text: "Thanks! The null check landed in 2.1.0, released today." },
  ],
});
const embeddings = new Map(thread.comments.map((c) => [embeddingKey(c), new Float32Array(512).fill(0.01)]));
const now = new Date(thread.comments.at(-1)!.createdAt);

describe("readEnding", () => {
  it("reads nothing without sentence embeddings (the fast stage alone)", () => {
    expect(analyzeThread(thread, { now, endingModel: modelOn("last") }).ending).toBeUndefined();
  });

  it("offers the likeliest comment at or above the cut-off, in its outcome sentence", () => {
    const ending = analyzeThread(thread, { now, embeddings, endingModel: modelOn("last") }).ending;
    expect(ending?.scores.map((s) => s.commentId)).toEqual(["c2", "c3", "c4"]);
    expect(ending?.outcome).toMatchObject({ commentId: "c4", author: "lee", text: "The null check landed in 2.1.0, released today." });
    expect(ending?.outcome?.probability).toBeGreaterThan(0.9);
  });

  it("offers nothing when no comment reaches the cut-off, but keeps the scores", () => {
    const ending = analyzeThread(thread, { now, embeddings, endingModel: modelOn("last", 0.99) }).ending;
    expect(ending?.outcome).toBeUndefined();
    expect(ending?.scores).toHaveLength(3);
  });

  it("is off when the analysis is told so (null): the rules alone", () => {
    expect(analyzeThread(thread, { now, embeddings, endingModel: null }).ending).toBeUndefined();
  });

  it("never reads the opening post", () => {
    const r = readEnding([thread.comments[0]], [], { decisions: [], status: { state: "unknown", source: "words", locked: false } }, embeddings, modelOn("by-opener"));
    expect(r).toBeUndefined();
  });
});

describe("the shipped model", () => {
  it("decodes: one weight per feature, a cut-off between 0 and 1", () => {
    const m = shippedEndingModel();
    expect(m.logistic.weights).toHaveLength(ENDING_FEATURES);
    expect(m.cutoff).toBeGreaterThan(0);
    expect(m.cutoff).toBeLessThanOrEqual(1);
  });

  it("refuses a file of the wrong size", () => {
    expect(() => decodeEndingModel({ version: 1, features: [], weights: [1, 2], bias: 0, calibration: { a: 1, b: 0 }, cutoff: 0.5 })).toThrow(/2 weights/);
  });
});

describe("outcomeSentence", () => {
  it("skips thanks and greetings", () => {
    expect(outcomeSentence(["Thanks!", "Merged."])).toBe("Merged.");
    expect(outcomeSentence(["Thanks for the fix!", "This is released in 2.1.0 today."])).toBe("This is released in 2.1.0 today.");
  });
  it("skips an apology, however long: it says what went wrong, not what became of the thread", () => {
    expect(outcomeSentence(["Sorry for breaking the importer with my last change!", "I opened a separate issue for the original problem."])).toBe("I opened a separate issue for the original problem.");
    expect(outcomeSentence(["Apologies, this is fixed in 2.1."])).toBe("Apologies, this is fixed in 2.1.");
  });
  it("skips questions", () => {
    expect(outcomeSentence(["Could you rebase?", "I'll merge once CI is green."])).toBe("I'll merge once CI is green.");
  });
  it("prefers the sentence that names the outcome: a decision the rules read, a plain statement, then thanks that say it", () => {
    expect(outcomeSentence(["I wasn't ignoring your feedback, just busy.", "Many thanks for fixing this, all sorted now."])).toBe("Many thanks for fixing this, all sorted now.");
    expect(outcomeSentence(["Good catch.", "We will go with option B."], ["We will go with option B."])).toBe("We will go with option B.");
  });
  it("falls back to a short statement, and to nothing when there are only questions", () => {
    expect(outcomeSentence(["Done."])).toBe("Done.");
    expect(outcomeSentence(["Any update?"])).toBeUndefined();
  });
});
