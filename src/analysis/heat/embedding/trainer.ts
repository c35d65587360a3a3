// Training the embedding model and its combination with the fast model (pure: vectors and
// scores in, weights out). Calibration is Platt scaling on out-of-fold raw scores (folds by
// group: thread or text), then the regression is refitted on everything.
import { foldOf } from "../tone/trainer.ts";
import { DEFAULT_LOGISTIC_OPTIONS, logisticRaw, sigmoid, trainLogistic } from "./logistic.ts";
import type { EmbeddingLogistic, LogisticOptions } from "./logistic.ts";
import type { Stacker } from "./combine.ts";
import { logit } from "./combine.ts";

export interface EmbeddingExample {
  vector: ArrayLike<number>;
  label: number;
  weight: number;
  /** Weight in the calibration fit, when it differs from the training weight. */
  calibrationWeight?: number;
  /** Split key: examples sharing it land in the same fold. */
  group: string;
}

export interface EmbeddingTrainOptions extends LogisticOptions {
  folds: number;
  seed: number;
}

export const DEFAULT_EMBEDDING_TRAIN_OPTIONS: EmbeddingTrainOptions = { ...DEFAULT_LOGISTIC_OPTIONS, folds: 5, seed: 7 };

/** A calibrated model and its out-of-fold calibrated probabilities on the training examples. */
export function trainEmbeddingModel(
  examples: readonly EmbeddingExample[],
  opts: EmbeddingTrainOptions = DEFAULT_EMBEDDING_TRAIN_OPTIONS,
): { model: EmbeddingLogistic; outOfFold: Float64Array } {
  const z = new Float64Array(examples.length);
  for (let f = 0; f < opts.folds; f++) {
    const train = examples.filter((e) => foldOf(e.group, opts.folds, opts.seed) !== f);
    const m = fit(train, opts);
    examples.forEach((e, i) => {
      if (foldOf(e.group, opts.folds, opts.seed) === f) z[i] = logisticRaw(m, e.vector);
    });
  }
  const y = examples.map((e) => e.label);
  const calibration = fitPlattSafe(z, y, examples.map((e) => e.calibrationWeight ?? e.weight));
  const model = { ...fit(examples, opts), calibration };
  const outOfFold = z.map((v) => sigmoid(calibration.a * v + calibration.b));
  return { model, outOfFold };
}

/**
 * Platt scaling p = σ(a·z + b) by the same L-BFGS logistic regression on the one feature z (with
 * a line search: plain Newton diverges when the raw scores spread over ±15).
 */
export function fitPlattSafe(z: ArrayLike<number>, y: ArrayLike<number>, w: ArrayLike<number>): { a: number; b: number } {
  const m = trainLogistic(Array.from({ length: z.length }, (_, i) => [z[i]]), y, w, { l2: 1e-6, maxIterations: 100 });
  return { a: m.weights[0], b: m.bias };
}

function fit(examples: readonly EmbeddingExample[], opts: LogisticOptions): EmbeddingLogistic {
  return trainLogistic(
    examples.map((e) => e.vector),
    examples.map((e) => e.label),
    examples.map((e) => e.weight),
    opts,
  );
}

/**
 * Stacked combination: a logistic regression on the logits of the two calibrated
 * probabilities, fitted on out-of-fold probabilities of both models (weights as given).
 */
export function fitStacker(fast: ArrayLike<number>, second: ArrayLike<number>, y: ArrayLike<number>, w: ArrayLike<number>): Stacker {
  const x = Array.from({ length: y.length }, (_, i) => [logit(fast[i]), logit(second[i])]);
  const m = trainLogistic(x, y, w, { l2: 1e-4, maxIterations: 100 });
  return { fast: m.weights[0], second: m.weights[1], bias: m.bias };
}
