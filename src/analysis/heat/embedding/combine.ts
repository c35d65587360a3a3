// Combining the fast tone score with the second stage (the embedding model's probability),
// and the band of fast scores in which the second stage is asked at all.
import { sigmoid } from "./logistic.ts";

/** σ(fast·logit(p_fast) + second·logit(p_second) + bias). */
export interface Stacker {
  fast: number;
  second: number;
  bias: number;
}

export type Combination = { kind: "mean" } | ({ kind: "stacked" } & Stacker);

const EPS = 1e-4;
export const logit = (p: number): number => {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
};

/** The combined probability of a comment from its fast and second-stage probabilities. */
export function combineScores(fast: number, second: number, how: Combination): number {
  if (how.kind === "mean") return (fast + second) / 2;
  return sigmoid(how.fast * logit(fast) + how.second * logit(second) + how.bias);
}

/** Fast scores in [low, high) are uncertain: the fast model alone does not settle them. */
export interface UncertainBand {
  low: number;
  high: number;
}

export function inBand(fast: number, band: UncertainBand): boolean {
  return fast >= band.low && fast < band.high;
}
