// Loads the real Universal Sentence Encoder lite from its npm package (no network) once and
// embeds a few sentences.
import { describe, expect, it } from "vitest";
import { EMBEDDING_DIM, embedProse, loadSentenceEncoder } from "../../src/embedding/sentence-encoder.ts";

const cosine = (a: Float32Array, b: Float32Array): number => {
  let ab = 0, aa = 0, bb = 0;
  for (let k = 0; k < a.length; k++) {
    ab += a[k] * b[k];
    aa += a[k] * a[k];
    bb += b[k] * b[k];
  }
  return ab / Math.sqrt(aa * bb);
};

describe("sentence encoder (USE lite on TF.js WebAssembly)", () => {
  it("loads from the package files and embeds sentences, the same alone or in a batch", { timeout: 60_000 }, async () => {
    const encoder = await loadSentenceEncoder();
    expect(encoder.backend).toBe("wasm");
    expect(await loadSentenceEncoder()).toBe(encoder); // loaded once per process
    const texts = ["You are an idiot and this patch is garbage.", "You are a fool and this change is trash.", "Thanks, the new test covers the empty input case."];
    const [insult, insult2, thanks] = await embedProse(encoder, texts);
    expect(insult.length).toBe(EMBEDDING_DIM);
    expect(cosine(insult, insult)).toBeCloseTo(1, 5);
    expect(cosine(insult, insult2)).toBeGreaterThan(cosine(insult, thanks));
    const [alone] = await encoder.embed([texts[2]]);
    expect(Array.from(alone)).toEqual(Array.from(thanks));
    const [empty] = await encoder.embed([""]);
    expect(empty.every((v) => v === 0)).toBe(true);
  });
});
