// Training the tone model from labeled prose (pure: data in, weights out; used by
// `npm run train` and by the evaluation's cross-validation). Logistic regression with
// AdaGrad and L2 over the rule features and hashed n-grams, per sentence segment (a
// comment's score pools its segments: see linearScore); rule weights are kept
// sign-consistent (heat ≥ 0, cooling ≤ 0) so evidence always reads the right way; then
// Platt calibration and thresholds chosen on out-of-fold predictions.
import type { Sensitivity } from "../../types.ts";
import { DENSE_COUNT, HASH_BITS, extractFeatures } from "./features.ts";
import { calibrate, hottestSegment, linearScore } from "./model.ts";
import type { ScoredFeatures, ToneModel } from "./model.ts";
import { RULE_SLOTS, SLOT } from "./rules.ts";
import { THREAD_TURN_CUTOFFS } from "./decision.ts";

export interface Sample extends ScoredFeatures {
  label: number;
  weight: number;
  /** Weight in the calibration fit when it differs from the training weight (a set weighted up for what it teaches should not shift what a score means). */
  calibrationWeight?: number;
  /** Split key (same group → same fold). */
  group: string;
  /** Data set name: thresholds are chosen per set, then combined. */
  set?: string;
}

export interface TrainOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  l2Hashed: number;
  l2Dense: number;
  folds: number;
  /** Out-of-fold precision each sensitivity's threshold must reach. */
  precision: Record<Sensitivity, number>;
  /** Hashed n-grams seen in fewer training texts than this keep a zero weight (1: all learn). */
  minDocFreq?: number;
  /** Out-of-fold predictions for calibration and thresholds: folds by group (thread or text), or one data set left out per fold. */
  heldOutBy?: "group" | "set";
  /** Pooling of segment scores into a comment's (see linearScore): 0 = hottest segment only, 1 = mean of segments. */
  meanShare?: number;
  /** Calibrated-score thresholds written into the model as they are (the product's operating point); absent = chosen per set for `precision`. */
  fixedThresholds?: Record<Sensitivity, number>;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  seed: 7,
  epochs: 8,
  learningRate: 0.2,
  l2Hashed: 0.01,
  l2Dense: 1e-5,
  folds: 5,
  precision: { low: 0.92, medium: 0.85, high: 0.75 },
  meanShare: 0.6,
  fixedThresholds: { ...THREAD_TURN_CUTOFFS },
};

/** Features of one text, copied out of the reusable buffers. */
export function toSample(prose: string, label: number, weight: number, group: string, set?: string): Sample {
  const f = extractFeatures(prose);
  return {
    hashes: f.hashes.slice(0, f.hashCount),
    segCount: f.segCount,
    segDense: f.segDense.slice(0, f.segCount * DENSE_COUNT),
    segStart: f.segStart.slice(0, f.segCount + 1),
    label,
    weight,
    group,
    set,
  };
}

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stable fold of a group key. */
export function foldOf(group: string, folds: number, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 0x01000193);
  return ((h >>> 0) % 1_000_003) % folds;
}

const HEAT_SLOTS = RULE_SLOTS.slice(0, SLOT.thanks).map((_, i) => i);
const COOL_SLOTS = RULE_SLOTS.slice(SLOT.thanks).map((_, i) => i + SLOT.thanks);

/** Buckets of hashed n-grams found in fewer than `minDocFreq` samples (null when every bucket may learn). */
function rareBuckets(samples: Sample[], minDocFreq: number): Uint8Array | null {
  if (minDocFreq <= 1) return null;
  const df = new Uint16Array(1 << HASH_BITS);
  const lastSeen = new Int32Array(1 << HASH_BITS).fill(-1);
  samples.forEach((s, k) => {
    for (const h of s.hashes) {
      if (lastSeen[h] === k) continue;
      lastSeen[h] = k;
      if (df[h] < 65535) df[h]++;
    }
  });
  const rare = new Uint8Array(1 << HASH_BITS);
  for (let h = 0; h < rare.length; h++) rare[h] = df[h] < minDocFreq ? 1 : 0;
  return rare;
}

/** Fits the linear part (no calibration). */
export function fitLinear(samples: Sample[], opts: TrainOptions): ToneModel {
  const hashed = new Float32Array(1 << HASH_BITS);
  const gHashed = new Float32Array(1 << HASH_BITS);
  const dense = new Float32Array(DENSE_COUNT);
  const gDense = new Float32Array(DENSE_COUNT);
  let bias = 0;
  let gBias = 0;
  const meanShare = opts.meanShare ?? 0;
  const model: ToneModel = { hashed, dense, bias: 0, calibration: { a: 1, b: 0 }, thresholds: { low: 1, medium: 1, high: 1 }, meanShare };
  const order = samples.map((_, i) => i);
  const rand = rng(opts.seed);
  const rare = rareBuckets(samples, opts.minDocFreq ?? 1);
  const lr = opts.learningRate;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const s = samples[idx];
      // multiple-instance learning: the hottest segment carries the comment's label, and
      // every segment its share of the mean (see linearScore)
      model.bias = bias;
      const seg = hottestSegment(model, s);
      const z = linearScore(model, s);
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - s.label) * s.weight;
      gBias += g * g;
      bias -= (lr * g) / Math.sqrt(gBias + 1e-8);
      const from0 = meanShare ? 0 : seg;
      const to0 = meanShare ? s.segCount : seg + 1;
      for (let q = from0; q < to0; q++) {
        const gs = g * ((q === seg ? 1 - meanShare : 0) + meanShare / s.segCount);
        const o = q * DENSE_COUNT;
        for (let k = 0; k < DENSE_COUNT; k++) {
          const x = s.segDense[o + k];
          if (x === 0) continue;
          const gk = gs * x + opts.l2Dense * dense[k];
          gDense[k] += gk * gk;
          dense[k] -= (lr * gk) / Math.sqrt(gDense[k] + 1e-8);
        }
        const from = s.segStart[q];
        const to = s.segStart[q + 1];
        const gv = to > from ? gs / Math.sqrt(to - from) : 0;
        for (let i = from; i < to; i++) {
          const h = s.hashes[i];
          if (rare && rare[h]) continue;
          const gh = gv + opts.l2Hashed * hashed[h];
          gHashed[h] += gh * gh;
          hashed[h] -= (lr * gh) / Math.sqrt(gHashed[h] + 1e-8);
        }
      }
      for (const k of HEAT_SLOTS) if (dense[k] < 0) dense[k] = 0;
      for (const k of COOL_SLOTS) if (dense[k] > 0) dense[k] = 0;
    }
  }
  model.bias = bias;
  return model;
}

/** Platt scaling fitted by Newton's method on (raw score, label, weight). */
export function fitPlatt(z: ArrayLike<number>, y: ArrayLike<number>, w: ArrayLike<number>): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (let it = 0; it < 50; it++) {
    let gA = 0, gB = 0, hAA = 0, hAB = 0, hBB = 0;
    for (let i = 0; i < z.length; i++) {
      const p = 1 / (1 + Math.exp(-(a * z[i] + b)));
      const d = (p - y[i]) * w[i];
      const v = Math.max(p * (1 - p), 1e-9) * w[i];
      gA += d * z[i];
      gB += d;
      hAA += v * z[i] * z[i];
      hAB += v * z[i];
      hBB += v;
    }
    hAA += 1e-6;
    hBB += 1e-6;
    const det = hAA * hBB - hAB * hAB;
    if (Math.abs(det) < 1e-12) break;
    const da = (hBB * gA - hAB * gB) / det;
    const db = (hAA * gB - hAB * gA) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

/** Lowest score threshold whose (weighted) precision at and above it reaches `target`. */
export function thresholdForPrecision(p: ArrayLike<number>, y: ArrayLike<number>, w: ArrayLike<number>, target: number): number {
  const idx = Array.from({ length: p.length }, (_, i) => i).sort((i, j) => p[j] - p[i]);
  let tp = 0;
  let all = 0;
  let best = 1;
  // Require a minimum mass so one lucky example does not set the threshold.
  let count = 0;
  for (const i of idx) {
    tp += y[i] * w[i];
    all += w[i];
    count++;
    if (count >= 20 && tp / all >= target) best = p[i];
  }
  return best;
}

/**
 * Thresholds that hold across domains: for each data set, the lowest threshold reaching
 * the target precision on its out-of-fold scores; then "low" and "medium" take the
 * strictest set where the target is reachable, "high" the median set, each with its own
 * precision target.
 */
export function chooseThresholds(samples: Sample[], p: number[], precision: Record<Sensitivity, number>): Record<Sensitivity, number> {
  const bySet = new Map<string, number[]>();
  samples.forEach((s, i) => {
    const k = s.set ?? "all";
    const list = bySet.get(k);
    if (list) list.push(i);
    else bySet.set(k, [i]);
  });
  const per = (target: number): number[] =>
    [...bySet.values()]
      .filter((idx) => idx.filter((i) => samples[i].label).length >= 20)
      .map((idx) => thresholdForPrecision(idx.map((i) => p[i]), idx.map((i) => samples[i].label), idx.map(() => 1), target))
      .sort((a, b) => a - b);
  const median = (xs: number[]) => (xs.length ? xs[Math.floor((xs.length - 1) / 2)] : 1);
  const strictest = (xs: number[]) => {
    const reachable = xs.filter((x) => x < 1);
    return reachable.length ? Math.max(...reachable) : 1;
  };
  const low = strictest(per(precision.low));
  const medium = Math.min(strictest(per(precision.medium)), low);
  const high = Math.min(median(per(precision.high)), medium);
  return { low, medium, high };
}

/**
 * Trains a complete model: out-of-fold raw scores (folds by group) fit the calibration
 * and the thresholds; then the linear part is refitted on everything.
 */
export function trainToneModel(samples: Sample[], opts: TrainOptions = DEFAULT_TRAIN_OPTIONS): ToneModel {
  const z = new Float64Array(samples.length);
  const sets = [...new Set(samples.map((s) => s.set ?? "all"))];
  const bySet = opts.heldOutBy === "set" && sets.length >= 3;
  const foldCount = bySet ? sets.length : opts.folds;
  const foldOfSample = (s: Sample): number => (bySet ? sets.indexOf(s.set ?? "all") : foldOf(s.group, opts.folds, opts.seed));
  for (let f = 0; f < foldCount; f++) {
    const train: Sample[] = [];
    const test: number[] = [];
    samples.forEach((s, i) => (foldOfSample(s) === f ? test.push(i) : train.push(s)));
    const m = fitLinear(train, opts);
    for (const i of test) z[i] = rawScore(m, samples[i]);
  }
  const y = samples.map((s) => s.label);
  const w = samples.map((s) => s.calibrationWeight ?? s.weight);
  const calibration = fitPlatt(z, y, w);
  const full = fitLinear(samples, opts);
  full.calibration = calibration;
  const p = Array.from(z, (v) => calibrate(full, v));
  const thresholds = opts.fixedThresholds ? { ...opts.fixedThresholds } : chooseThresholds(samples, p, opts.precision);
  full.thresholds = thresholds;
  return full;
}

/** Raw linear score of a training sample. */
export function rawScore(m: ToneModel, s: Sample): number {
  return linearScore(m, s);
}
