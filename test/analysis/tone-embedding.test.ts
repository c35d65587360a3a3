import { describe, expect, it } from "vitest";
import { logisticProbability, logisticRaw, sigmoid, trainLogistic } from "../../src/analysis/heat/embedding/logistic.ts";
import { combineScores, inBand, logit } from "../../src/analysis/heat/embedding/combine.ts";
import { fitStacker, trainEmbeddingModel } from "../../src/analysis/heat/embedding/trainer.ts";
import { EMBED_MAX_CHARS, embeddingInput } from "../../src/analysis/heat/embedding/input.ts";
import { rng } from "../../src/analysis/heat/tone/trainer.ts";

/** Points in `d` dimensions whose label depends on dimension 0 (noisy), offset and scaled like embeddings. */
function synthetic(n: number, d: number, seed: number): { x: Float32Array[]; y: number[] } {
  const r = rng(seed);
  const x: Float32Array[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = new Float32Array(d);
    for (let k = 0; k < d; k++) v[k] = 0.3 + 0.05 * (r() - 0.5);
    const label = r() < 0.3 ? 1 : 0;
    v[0] += (label ? 0.02 : -0.02) + 0.02 * (r() - 0.5);
    x.push(v);
    y.push(label);
  }
  return { x, y };
}

describe("embedding logistic regression", () => {
  it("learns the informative dimension, with the standardisation folded into the weights", () => {
    const { x, y } = synthetic(400, 8, 1);
    const m = trainLogistic(x, y, x.map(() => 1), { l2: 1e-3, maxIterations: 200 });
    expect(m.weights.length).toBe(8);
    expect(Math.abs(m.weights[0])).toBeGreaterThan(5 * Math.max(...Array.from(m.weights.slice(1), Math.abs)));
    expect(m.weights[0]).toBeGreaterThan(0);
    // raw score = bias + w·x on the raw vector
    const manual = m.bias + x[0].reduce((a, v, k) => a + v * m.weights[k], 0);
    expect(logisticRaw(m, x[0])).toBeCloseTo(manual, 6);
    // ranks the training data almost perfectly
    const pos = x.filter((_, i) => y[i]).map((v) => logisticRaw(m, v));
    const neg = x.filter((_, i) => !y[i]).map((v) => logisticRaw(m, v));
    let ok = 0;
    for (const p of pos) for (const q of neg) ok += p > q ? 1 : 0;
    expect(ok / (pos.length * neg.length)).toBeGreaterThan(0.95);
  });

  it("is deterministic and shrinks with a stronger penalty", () => {
    const { x, y } = synthetic(200, 4, 2);
    const w = x.map(() => 1);
    const a = trainLogistic(x, y, w, { l2: 1e-3, maxIterations: 100 });
    const b = trainLogistic(x, y, w, { l2: 1e-3, maxIterations: 100 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    const strong = trainLogistic(x, y, w, { l2: 1, maxIterations: 100 });
    expect(Math.abs(strong.weights[0])).toBeLessThan(Math.abs(a.weights[0]));
  });

  it("calibrates on out-of-fold scores: probabilities in (0, 1), mean near the base rate", () => {
    const { x, y } = synthetic(500, 6, 3);
    const { model, outOfFold } = trainEmbeddingModel(
      x.map((v, i) => ({ vector: v, label: y[i], weight: 1, group: `g${i}` })),
      { l2: 1e-3, maxIterations: 100, folds: 5, seed: 7 },
    );
    expect(outOfFold.length).toBe(500);
    const mean = outOfFold.reduce((a, p) => a + p, 0) / 500;
    const base = y.reduce((a, v) => a + v, 0) / 500;
    expect(Math.abs(mean - base)).toBeLessThan(0.05);
    const p = logisticProbability(model, x[0]);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
  });
});

describe("combining the fast score with the second stage", () => {
  it("mean and stacked combinations", () => {
    expect(combineScores(0.2, 0.6, { kind: "mean" })).toBeCloseTo(0.4);
    // a stacker that reads only the fast score returns it
    expect(combineScores(0.3, 0.9, { kind: "stacked", fast: 1, second: 0, bias: 0 })).toBeCloseTo(0.3, 6);
    // equal logit weights: agreement pushes further than either score alone
    expect(combineScores(0.8, 0.8, { kind: "stacked", fast: 1, second: 1, bias: 0 })).toBeGreaterThan(0.9);
    expect(Number.isFinite(logit(0))).toBe(true);
    expect(Number.isFinite(logit(1))).toBe(true);
  });

  it("fits a stacker that weighs the informative score more", () => {
    const r = rng(5);
    const fast: number[] = [];
    const second: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < 600; i++) {
      const label = r() < 0.3 ? 1 : 0;
      y.push(label);
      second.push(sigmoid((label ? 1.5 : -1.5) + 2 * (r() - 0.5)));
      fast.push(sigmoid((label ? 0.3 : -0.3) + 2 * (r() - 0.5)));
    }
    const s = fitStacker(fast, second, y, y.map(() => 1));
    expect(s.second).toBeGreaterThan(s.fast);
    expect(s.second).toBeGreaterThan(0);
  });

  it("the uncertain band is half-open", () => {
    const band = { low: 0.2, high: 0.6 };
    expect(inBand(0.19, band)).toBe(false);
    expect(inBand(0.2, band)).toBe(true);
    expect(inBand(0.59, band)).toBe(true);
    expect(inBand(0.6, band)).toBe(false);
  });
});

describe("embeddingInput", () => {
  it("collapses whitespace, drops wordless prose and cuts long prose at a word", () => {
    expect(embeddingInput("  hello \n\n world ")).toBe("hello world");
    expect(embeddingInput(" § ... ")).toBe("");
    const long = "word ".repeat(300);
    const cut = embeddingInput(long);
    expect(cut.length).toBeLessThanOrEqual(EMBED_MAX_CHARS);
    expect(cut.endsWith("word")).toBe(true);
  });
});
