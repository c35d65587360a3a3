// `npm run train`: trains the tone model on the labeled sets in ../shared/data (fixed
// seed, so the same data gives the same weights) and writes src/analysis/heat/tone/model.json, then
// the second stage on sentence embeddings (scripts/train-second-stage.ts) and its model.json
// (TRAIN_FAST_ONLY=1 skips it).
import { writeFileSync } from "node:fs";
import { requireDataDir } from "../eval/data.ts";
import { loadToneSets, SET_SHARE, TRAIN_SETS } from "../eval/tone-data.ts";
import { DENSE_NAMES, HASH_BITS } from "../src/analysis/heat/tone/features.ts";
import { encodeHashed } from "../src/analysis/heat/tone/model.ts";
import type { ModelFile } from "../src/analysis/heat/tone/model.ts";
import { DEFAULT_TRAIN_OPTIONS, toSample } from "../src/analysis/heat/tone/trainer.ts";
import { trainFastWithOof } from "../eval/tone-embedding-folds.ts";
import { weightsFor } from "../eval/tone-embedding-data.ts";
import { trainSecondStage, writeSecondStage } from "./train-second-stage.ts";

const dataDir = requireDataDir("npm run train");
const started = performance.now();
const examples = loadToneSets(dataDir).filter((e) => TRAIN_SETS.includes(e.set));
const counts: Record<string, { n: number; positive: number }> = {};
for (const e of examples) {
  const c = (counts[e.set] ??= { n: 0, positive: 0 });
  c.n++;
  c.positive += e.label;
}
// The fast model as trainToneModel trains it (same folds, calibration and refit), keeping its
// out-of-fold scores for the second stage; the flag cut-offs are the fixed operating point.
const samples = examples.map((e) => toSample(e.prose, e.label, 1, e.group, e.set));
const weighted = weightsFor(examples, samples, examples.map((_, i) => i));
const { model, outOfFold } = trainFastWithOof(weighted.map((x) => x.sample));
if (DEFAULT_TRAIN_OPTIONS.fixedThresholds) model.thresholds = { ...DEFAULT_TRAIN_OPTIONS.fixedThresholds };
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const file: ModelFile = {
  version: 1,
  hashBits: HASH_BITS,
  denseNames: [...DENSE_NAMES],
  dense: Array.from(model.dense, round),
  bias: round(model.bias),
  ...encodeHashed(model.hashed),
  calibration: { a: round(model.calibration.a), b: round(model.calibration.b) },
  thresholds: { low: round(model.thresholds.low), medium: round(model.thresholds.medium), high: round(model.thresholds.high) },
  meanShare: model.meanShare ?? 0,
  meta: {
    trainedBy: "scripts/train.ts (npm run train)",
    data: counts,
    setShare: SET_SHARE,
    options: DEFAULT_TRAIN_OPTIONS,
  },
};
const out = new URL("../src/analysis/heat/tone/model.json", import.meta.url);
writeFileSync(out, JSON.stringify(file) + "\n");
console.log(`trained on ${examples.length} examples in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log("rule weights:", Object.fromEntries(DENSE_NAMES.map((n, i) => [n, round(model.dense[i])])));
console.log("calibration:", file.calibration, "thresholds:", file.thresholds);
console.log(`written: ${out.pathname}`);
if (process.env.TRAIN_FAST_ONLY !== "1") {
  const second = await trainSecondStage(examples, weighted, outOfFold);
  console.log("second stage:", { combination: second.combination, cutoffs: second.cutoffs, calibration: second.calibration });
  console.log(`written: ${writeSecondStage(second)}`);
}
