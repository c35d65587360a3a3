// The held-out folds of the embedding evaluation: for each LODO or CV fold, the fast model and
// the embedding model are trained on the training side (each with out-of-fold predictions
// there, which fit the stacked combination, the thresholds and the uncertain band), then both
// score the held-out side. Pure computation over examples, samples and embeddings.
import { scoreProse } from "../src/analysis/heat/tone.ts";
import { calibrate } from "../src/analysis/heat/tone/model.ts";
import type { ToneModel } from "../src/analysis/heat/tone/model.ts";
import { chooseThresholds, DEFAULT_TRAIN_OPTIONS, fitLinear, fitPlatt, foldOf, rawScore } from "../src/analysis/heat/tone/trainer.ts";
import type { Sample } from "../src/analysis/heat/tone/trainer.ts";
import { logisticProbability } from "../src/analysis/heat/embedding/logistic.ts";
import type { EmbeddingLogistic } from "../src/analysis/heat/embedding/logistic.ts";
import { DEFAULT_EMBEDDING_TRAIN_OPTIONS, fitStacker, trainEmbeddingModel } from "../src/analysis/heat/embedding/trainer.ts";
import type { EmbeddingTrainOptions } from "../src/analysis/heat/embedding/trainer.ts";
import type { Stacker } from "../src/analysis/heat/embedding/combine.ts";
import { combineScores } from "../src/analysis/heat/embedding/combine.ts";
import { LODO_FOLDS, TRAIN_SETS } from "./tone-data.ts";
import type { ToneExample } from "./tone-data.ts";
import { balancedWeights, weightsFor } from "./tone-embedding-data.ts";
import type { Weighted } from "./tone-embedding-data.ts";

/** What one held-out example gets from each scorer. */
export interface HeldOutScores {
  index: number;
  fold: string;
  /** Fast model: calibrated score, its own flag, and whether its evidence holds a heating phrase. */
  fast: number;
  fastFlag: boolean;
  heating: boolean;
  /** Embedding model: calibrated probability. */
  second: number;
  mean: number;
  stacked: number;
}

/** What each fold learnt on its training side. */
export interface FoldFit {
  fold: string;
  fastModel: ToneModel;
  secondModel: EmbeddingLogistic;
  stacker: Stacker;
  /** Medium-sensitivity thresholds chosen on the training side's out-of-fold scores. */
  threshold: { fast: number; second: number; mean: number; stacked: number };
  /** Out-of-fold scores on the training side (for choosing a band). */
  train: { fast: Float64Array; second: Float64Array; stacked: Float64Array; label: number[]; set: string[] };
  trainSeconds: { fast: number; second: number };
}

/** The fast model exactly as trainToneModel trains it, keeping its out-of-fold calibrated scores. */
export function trainFastWithOof(samples: Sample[]): { model: ToneModel; outOfFold: Float64Array } {
  const opts = DEFAULT_TRAIN_OPTIONS;
  const z = new Float64Array(samples.length);
  for (let f = 0; f < opts.folds; f++) {
    const train = samples.filter((s) => foldOf(s.group, opts.folds, opts.seed) !== f);
    const m = fitLinear(train, opts);
    samples.forEach((s, i) => {
      if (foldOf(s.group, opts.folds, opts.seed) === f) z[i] = rawScore(m, s);
    });
  }
  const calibration = fitPlatt(z, samples.map((s) => s.label), samples.map((s) => s.calibrationWeight ?? s.weight));
  const model = fitLinear(samples, opts);
  model.calibration = calibration;
  const outOfFold = z.map((v) => calibrate(model, v));
  model.thresholds = chooseThresholds(samples, Array.from(outOfFold), opts.precision);
  return { model, outOfFold };
}

function mediumThreshold(w: Weighted[], p: ArrayLike<number>): number {
  return chooseThresholds(w.map((x) => x.sample), Array.from(p), DEFAULT_TRAIN_OPTIONS.precision).medium;
}

/** Trains both models on `trainIdx` and scores `testIdx`. */
export function runFold(
  fold: string,
  ex: ToneExample[],
  samples: Sample[],
  vectors: Float32Array[],
  trainIdx: number[],
  testIdx: number[],
  embeddingOptions: EmbeddingTrainOptions = DEFAULT_EMBEDDING_TRAIN_OPTIONS,
): { fit: FoldFit; held: HeldOutScores[] } {
  const w = weightsFor(ex, samples, trainIdx);
  let t0 = performance.now();
  const fast = trainFastWithOof(w.map((x) => x.sample));
  const fastSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const balanced = balancedWeights(ex, w);
  const second = trainEmbeddingModel(
    w.map((x, k) => ({ vector: vectors[x.index], label: ex[x.index].label, weight: balanced[k], calibrationWeight: x.calibrationWeight, group: ex[x.index].group })),
    embeddingOptions,
  );
  const secondSeconds = (performance.now() - t0) / 1000;
  const y = w.map((x) => ex[x.index].label);
  const stacker = fitStacker(fast.outOfFold, second.outOfFold, y, w.map((x) => x.calibrationWeight));
  const how = { kind: "stacked" as const, ...stacker };
  const oofStacked = fast.outOfFold.map((p, i) => combineScores(p, second.outOfFold[i], how));
  const oofMean = fast.outOfFold.map((p, i) => combineScores(p, second.outOfFold[i], { kind: "mean" }));
  const threshold = {
    fast: fast.model.thresholds.medium,
    second: mediumThreshold(w, second.outOfFold),
    mean: mediumThreshold(w, oofMean),
    stacked: mediumThreshold(w, oofStacked),
  };
  const held: HeldOutScores[] = testIdx.map((i) => {
    const r = scoreProse(ex[i].prose, { model: fast.model });
    const pe = logisticProbability(second.model, vectors[i]);
    return {
      index: i,
      fold,
      fast: r.score,
      fastFlag: r.flag,
      heating: r.evidence.some((e) => e.weight > 0 && e.category !== "absolute"),
      second: pe,
      mean: combineScores(r.score, pe, { kind: "mean" }),
      stacked: combineScores(r.score, pe, how),
    };
  });
  return {
    fit: {
      fold,
      fastModel: fast.model,
      secondModel: second.model,
      stacker,
      threshold,
      train: { fast: fast.outOfFold, second: second.outOfFold, stacked: oofStacked, label: y, set: w.map((x) => ex[x.index].set) },
      trainSeconds: { fast: fastSeconds, second: secondSeconds },
    },
    held,
  };
}

/** Same text on both sides of a split is removed from the training side. */
function trainIndices(ex: ToneExample[], candidates: number[], test: number[]): number[] {
  const testTexts = new Set(test.map((i) => ex[i].prose.toLowerCase().trim()));
  return candidates.filter((i) => !testTexts.has(ex[i].prose.toLowerCase().trim()));
}

/** The leave-one-dataset-out folds (as in eval/tone-eval.ts). */
export function lodoSplits(ex: ToneExample[]): { fold: string; train: number[]; test: number[] }[] {
  return LODO_FOLDS.map((f) => {
    const test = ex.flatMap((e, i) => (e.set === f.test ? [i] : []));
    const excluded = new Set([f.test, ...f.alsoExclude]);
    const candidates = ex.flatMap((e, i) => (TRAIN_SETS.includes(e.set) && !excluded.has(e.set) ? [i] : []));
    return { fold: f.test, train: trainIndices(ex, candidates, test), test };
  });
}

/** The 5-fold cross-validation folds (as in eval/tone-eval.ts: seed 101, by group). */
export function cvSplits(ex: ToneExample[], folds = 5): { fold: string; train: number[]; test: number[] }[] {
  const pool = ex.flatMap((e, i) => (TRAIN_SETS.includes(e.set) ? [i] : []));
  const seed = 101;
  return Array.from({ length: folds }, (_, f) => {
    const test = pool.filter((i) => foldOf(ex[i].group, folds, seed) === f);
    const train = trainIndices(ex, pool.filter((i) => foldOf(ex[i].group, folds, seed) !== f), test);
    return { fold: `cv${f}`, train, test };
  });
}
