// The second tone stage of `npm run train`: the logistic regression on sentence embeddings, its
// combination with the fast score and the flag cut-offs of the combined score, written to
// src/analysis/heat/embedding/model.json. Embeddings come from the cache outside the repository
// (npm run embed:cache; missing ones are computed here, ~50 comments/s).
import { writeFileSync } from "node:fs";
import { cutForPrecision } from "../eval/locked-folds.ts";
import { COMBINATION_KIND, SECOND_STAGE_PRECISION } from "../eval/second-stage-recipe.ts";
import type { ToneExample } from "../eval/tone-data.ts";
import { balancedWeights, embeddingsOf } from "../eval/tone-embedding-data.ts";
import type { Weighted } from "../eval/tone-embedding-data.ts";
import { combineScores } from "../src/analysis/heat/embedding/combine.ts";
import type { Combination } from "../src/analysis/heat/embedding/combine.ts";
import { EMBEDDING_MODEL_ID } from "../src/analysis/heat/embedding/input.ts";
import type { SecondStageFile } from "../src/analysis/heat/embedding/second-stage.ts";
import { DEFAULT_EMBEDDING_TRAIN_OPTIONS, fitStacker, trainEmbeddingModel } from "../src/analysis/heat/embedding/trainer.ts";


const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Trains the second stage on the weighted training examples, given the fast model's out-of-fold scores. */
export async function trainSecondStage(examples: ToneExample[], weighted: Weighted[], fastOutOfFold: ArrayLike<number>): Promise<SecondStageFile> {
  const vectors = await embeddingsOf(examples, (s) => console.log(s));
  const balanced = balancedWeights(examples, weighted);
  const t0 = performance.now();
  const second = trainEmbeddingModel(
    weighted.map((x, k) => ({
      vector: vectors[x.index],
      label: examples[x.index].label,
      weight: balanced[k],
      calibrationWeight: x.calibrationWeight,
      group: examples[x.index].group,
    })),
    DEFAULT_EMBEDDING_TRAIN_OPTIONS,
  );
  console.log(`second stage trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const y = weighted.map((x) => examples[x.index].label);
  const combination: Combination =
    COMBINATION_KIND === "mean" ? { kind: "mean" } : { kind: "stacked", ...fitStacker(fastOutOfFold, second.outOfFold, y, weighted.map((x) => x.calibrationWeight)) };
  const combined = weighted.map((_, k) => combineScores(fastOutOfFold[k], second.outOfFold[k], combination));
  const locked = weighted.flatMap((x, k) => (examples[x.index].set === "locked-issues" ? [k] : []));
  if (process.env.TRAIN_DUMP_LOCKED_OOF) {
    // for choosing the operating point (eval/heat-rule-eval.ts): out-of-fold combined scores of locked-issues, outside the repo
    writeFileSync(process.env.TRAIN_DUMP_LOCKED_OOF, JSON.stringify({ p: locked.map((k) => combined[k]), y: locked.map((k) => y[k]) }));
  }
  const cut = (p: number) => round(cutForPrecision(locked.map((k) => combined[k]), locked.map((k) => y[k]), p));
  const cutoffs = { low: cut(SECOND_STAGE_PRECISION.low), medium: cut(SECOND_STAGE_PRECISION.medium), high: cut(SECOND_STAGE_PRECISION.high) };
  cutoffs.medium = Math.max(cutoffs.medium, cutoffs.high);
  cutoffs.low = Math.max(cutoffs.low, cutoffs.medium);
  return {
    version: 1,
    encoder: EMBEDDING_MODEL_ID,
    weights: Array.from(second.model.weights, round),
    bias: round(second.model.bias),
    calibration: { a: round(second.model.calibration.a), b: round(second.model.calibration.b) },
    combination,
    cutoffs,
    meta: { trainedBy: "scripts/train.ts (npm run train)", examples: weighted.length, precision: SECOND_STAGE_PRECISION },
  };
}

export function writeSecondStage(file: SecondStageFile): string {
  const out = new URL("../src/analysis/heat/embedding/model.json", import.meta.url);
  writeFileSync(out, JSON.stringify(file) + "\n");
  return out.pathname;
}
