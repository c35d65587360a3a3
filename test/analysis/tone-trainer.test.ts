// The tone trainer on small synthetic data: deterministic, learns the sign of a cue,
// calibration and thresholds behave.
import { describe, expect, it } from "vitest";
import { calibrate, rawScoreFor } from "./tone-trainer-helpers.ts";
import { fitPlatt, rng, thresholdForPrecision, toSample, trainToneModel } from "../../src/analysis/heat/tone/trainer.ts";
import type { TrainOptions } from "../../src/analysis/heat/tone/trainer.ts";

const opts: TrainOptions = {
  seed: 3,
  epochs: 4,
  learningRate: 0.2,
  l2Hashed: 1e-3,
  l2Dense: 1e-5,
  folds: 3,
  precision: { low: 0.95, medium: 0.9, high: 0.8 },
};

function synthetic(n: number) {
  const rand = rng(42);
  const calm = ["the parser handles empty input", "could you add a test", "thanks, merged", "the build passes now", "let's rename the flag"];
  const hot = ["you idiot, read the code", "this is stupid and you know it", "stop wasting my time", "are you serious? you broke it again"];
  const out = [];
  for (let i = 0; i < n; i++) {
    const y = rand() < 0.4 ? 1 : 0;
    const pool = y ? hot : calm;
    const text = `${pool[Math.floor(rand() * pool.length)]} ${i % 7 === 0 ? "today" : ""}`.trim();
    out.push(toSample(text, y, 1, `g${i}`, i % 2 ? "a" : "b"));
  }
  return out;
}

describe("trainToneModel", () => {
  it("is deterministic for a seed", () => {
    const a = trainToneModel(synthetic(300), opts);
    const b = trainToneModel(synthetic(300), opts);
    expect(Array.from(a.dense)).toEqual(Array.from(b.dense));
    expect(a.bias).toBe(b.bias);
    expect(a.thresholds).toEqual(b.thresholds);
  });

  it("separates the synthetic classes and orders thresholds", () => {
    const m = trainToneModel(synthetic(300), opts);
    const hot = calibrate(m, rawScoreFor(m, "you idiot, read the code"));
    const calm = calibrate(m, rawScoreFor(m, "thanks, merged"));
    expect(hot).toBeGreaterThan(calm);
    expect(m.thresholds.low).toBeGreaterThanOrEqual(m.thresholds.medium);
    expect(m.thresholds.medium).toBeGreaterThanOrEqual(m.thresholds.high);
  });
});

describe("fitPlatt", () => {
  it("recovers the scale and offset of a logistic relation", () => {
    const rand = rng(9);
    const z: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const v = rand() * 8 - 4;
      z.push(v);
      y.push(rand() < 1 / (1 + Math.exp(-(2 * v - 1))) ? 1 : 0);
    }
    const { a, b } = fitPlatt(z, y, z.map(() => 1));
    expect(a).toBeGreaterThan(1.6);
    expect(a).toBeLessThan(2.4);
    expect(b).toBeGreaterThan(-1.4);
    expect(b).toBeLessThan(-0.6);
  });
});

describe("thresholdForPrecision", () => {
  it("returns the lowest score where precision above it reaches the target", () => {
    // 30 positives above 0.5, then negatives and positives mixed below
    const p: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < 30; i++) (p.push(0.9 - i * 0.01), y.push(1));
    for (let i = 0; i < 30; i++) (p.push(0.5 - i * 0.01), y.push(i % 2));
    const t = thresholdForPrecision(p, y, p.map(() => 1), 0.95);
    expect(t).toBeLessThanOrEqual(0.61);
    expect(t).toBeGreaterThan(0.45);
    expect(thresholdForPrecision(p, y, p.map(() => 1), 1.01)).toBe(1);
  });
});

describe("minDocFreq", () => {
  it("leaves the weights of n-grams rarer than the minimum at zero, and lets common ones learn", () => {
    const samples = synthetic(300);
    // "today" is appended to every 7th text (~43 texts); a one-off word appears in a single text.
    samples.push(toSample("you idiot, zyxwvu", 1, 1, "once", "a"));
    const rare = toSample("zyxwvu", 0, 1, "probe").hashes;
    const common = toSample("today", 0, 1, "probe").hashes;
    const m = trainToneModel(samples, { ...opts, minDocFreq: 5 });
    const free = trainToneModel(samples, opts);
    expect(Array.from(rare).some((h) => free.hashed[h] !== 0)).toBe(true);
    expect(Array.from(rare).every((h) => m.hashed[h] === 0)).toBe(true);
    expect(Array.from(common).some((h) => m.hashed[h] !== 0)).toBe(true);
  });
});
