// Helpers for the trainer tests: score one text with an in-memory model.
import { extractFeatures } from "../../src/analysis/heat/tone/features.ts";
import { calibrate, linearScore } from "../../src/analysis/heat/tone/model.ts";
import type { ToneModel } from "../../src/analysis/heat/tone/model.ts";

export { calibrate };

export function rawScoreFor(m: ToneModel, text: string): number {
  return linearScore(m, extractFeatures(text));
}
