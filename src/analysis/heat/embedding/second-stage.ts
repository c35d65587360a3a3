// The second tone stage as the app runs it (pure): a comment's sentence embedding, computed
// outside the analysis and handed in, goes through the logistic regression that `npm run train`
// fits (model.json beside this file); its probability is combined with the fast score (the
// combination chosen by repository-level CV), put on the fast model's scale (onFastScale) and goes
// through the same two decisions as the fast score (the flag and the thread's reading). Without an embedding a comment keeps its fast score.
import { decideFlag, isHotTurn, THREAD_TURN_CUTOFFS } from "../tone/decision.ts";
import type { Sensitivity, ToneResult } from "../../types.ts";
import { combineScores } from "./combine.ts";
import type { Combination } from "./combine.ts";
import { EMBEDDING_DIM } from "./input.ts";
import { logisticProbability } from "./logistic.ts";
import type { EmbeddingLogistic } from "./logistic.ts";
import modelFile from "./model.json" with { type: "json" };

/** The shipped file: the regression's weights, its calibration and how it joins the fast score. */
export interface SecondStageFile {
  version: 1;
  encoder: string;
  weights: number[];
  bias: number;
  calibration: { a: number; b: number };
  combination: Combination;
  /**
   * Cut-offs on the combined score per sensitivity (chosen by `npm run train` on out-of-fold scores for
   * precision 0.90 / 0.80 / 0.70): the knots that put the combined score on the fast scale. The
   * per-comment flag's medium cut-off on that scale is the 0.70 knot (tone/decision.ts).
   */
  cutoffs: Record<Sensitivity, number>;
  meta?: Record<string, unknown>;
}

export interface SecondStageModel {
  logistic: EmbeddingLogistic;
  combination: Combination;
  cutoffs: Readonly<Record<Sensitivity, number>>;
  encoder: string;
}

export function decodeSecondStage(file: SecondStageFile): SecondStageModel {
  if (file.weights.length !== EMBEDDING_DIM) throw new Error(`second stage: ${file.weights.length} weights, expected ${EMBEDDING_DIM}`);
  return {
    logistic: { weights: Float32Array.from(file.weights), bias: file.bias, calibration: { ...file.calibration } },
    combination: file.combination,
    cutoffs: Object.freeze({ ...file.cutoffs }),
    encoder: file.encoder,
  };
}

/** The committed second stage. */
export const secondStage: SecondStageModel = decodeSecondStage(modelFile as SecondStageFile);

/**
 * Turns of the end of a thread whose tone the second stage re-reads: every turn the escalation
 * reads closely (its latest stretch, the sustained-heat window and the walk back to where a rise began).
 */
export const SECOND_STAGE_WINDOW = 8;

/** The tone of a comment refined by its embedding: combined score, flag and thread reading decided again on it. */
export function refineTone(
  tone: ToneResult,
  embedding: ArrayLike<number>,
  sensitivity: Sensitivity = "medium",
  model: SecondStageModel = secondStage,
): ToneResult {
  return refineWithProbability(tone, logisticProbability(model.logistic, embedding), sensitivity, model);
}

/** `refineTone` from the second stage's probability for the comment (evaluation reads it from its folds). */
export function refineWithProbability(tone: ToneResult, second: number, sensitivity: Sensitivity = "medium", model: SecondStageModel = secondStage): ToneResult {
  // Nothing of the writer's own to read (no words): stays as the fast stage left it.
  if (tone.score === 0 && tone.evidence.length === 0 && !tone.addressed) return tone;
  const fast = tone.fastScore ?? tone.score;
  const score = onFastScale(combineScores(fast, second, model.combination), model.cutoffs);
  const context = { sensitivity, addressed: tone.addressed === true, aboutThings: tone.aboutThings === true, negatedOnly: tone.negatedOnly === true };
  return { ...tone, score, fastScore: fast, flag: decideFlag(score, context), hot: isHotTurn(score, context) };
}

/**
 * The combined probability put on the fast model's scale: its cut-offs per sensitivity (chosen on
 * the combined score) land on the fast model's (THREAD_TURN_CUTOFFS), linearly in between. Everything
 * downstream (the flag, the thread's reading of a turn, the heat scale's anchors, the escalation) then reads one scale,
 * whichever stage scored the comment. Monotone, so rankings (AUROC) are unchanged.
 */
export function onFastScale(combined: number, cutoffs: Readonly<Record<Sensitivity, number>>): number {
  const knots: [number, number][] = [
    [0, 0],
    [cutoffs.high, THREAD_TURN_CUTOFFS.high],
    [cutoffs.medium, THREAD_TURN_CUTOFFS.medium],
    [cutoffs.low, THREAD_TURN_CUTOFFS.low],
    [1, 1],
  ];
  for (let k = 1; k < knots.length; k++) {
    const [x0, y0] = knots[k - 1];
    const [x1, y1] = knots[k];
    if (combined <= x1) return x1 > x0 ? y0 + ((combined - x0) / (x1 - x0)) * (y1 - y0) : y1;
  }
  return 1;
}
