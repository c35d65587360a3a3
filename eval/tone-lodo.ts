// `node --import tsx eval/tone-lodo.ts [label]`: replays the leave-one-dataset-out folds of
// `npm run eval tone` with other training recipes, to compare variants of the tone model
// (docs/tone-model.md records each one tried). Options come from the environment:
//   TONE_OPTS='{"l2Hashed":0.03}'  TrainOptions overrides
//   TONE_SHARE='{"toxicr":0.25}'   per-set share of the training weight (replaces SET_SHARE)
//   TONE_EXTRA='{"gh-novielli":"all"}'  add sentiment sets to training ("all", or "calm": only their non-negative texts, as negatives)
//   TONE_BALANCE=0.5               weight each set's classes toward equal halves (0: by count, 1: balanced; default SET_BALANCE)
//   TONE_FULL=1                    also fit calibration and thresholds (P / R / F1 at default)
//   TONE_CV=1                      also 5-fold cross-validation over the pooled sets (folds as in `npm run eval`), raw AUROC per set
// Prints AUROC per held-out set (and P / R / F1 at the default flag with TONE_FULL).
import { requireDataDir } from "./data.ts";
import { scoreProse } from "../src/analysis/heat/tone.ts";
import { DEFAULT_TRAIN_OPTIONS, fitLinear, foldOf, rawScore, toSample, trainToneModel } from "../src/analysis/heat/tone/trainer.ts";
import type { TrainOptions } from "../src/analysis/heat/tone/trainer.ts";
import { buildSamples, LODO_FOLDS, loadSentimentSets, loadToneSets, SET_BALANCE, SET_SHARE, TRAIN_SETS } from "./tone-data.ts";
import { auroc, countsAt, metricsOf } from "./tone-metrics.ts";

const label = process.argv[2] ?? "variant";
const opts: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, ...JSON.parse(process.env.TONE_OPTS ?? "{}") };
const shares: Record<string, number> = process.env.TONE_SHARE ? JSON.parse(process.env.TONE_SHARE) : { ...SET_SHARE };
const full = process.env.TONE_FULL === "1";
const balance = Number(process.env.TONE_BALANCE ?? SET_BALANCE);

const dataDir = requireDataDir("tone-lodo");
const extra: Record<string, "all" | "calm"> = JSON.parse(process.env.TONE_EXTRA ?? "{}");
const ex = [
  ...loadToneSets(dataDir),
  ...loadSentimentSets(dataDir).filter((e) => extra[e.set] && (extra[e.set] === "all" || e.label === 0)),
];
const trainSets = [...TRAIN_SETS, ...Object.keys(extra)];
const samples = ex.map((e) => toSample(e.prose, e.label, 1, e.group, e.set));
const f2 = (x: number) => x.toFixed(3);
const out: string[] = [];
for (const fold of LODO_FOLDS) {
  const excluded = new Set([fold.test, ...fold.alsoExclude]);
  const test = ex.flatMap((e, i) => (e.set === fold.test ? [i] : []));
  const testTexts = new Set(test.map((i) => ex[i].prose.toLowerCase().trim()));
  const train = ex.flatMap((e, i) =>
    trainSets.includes(e.set) && !excluded.has(e.set) && !testTexts.has(e.prose.toLowerCase().trim()) ? [i] : [],
  );
  const trainSamples = buildSamples(train.map((i) => ex[i]), train.map((i) => samples[i]), shares, balance);
  const y = test.map((i) => ex[i].label);
  if (full) {
    const m = trainToneModel(trainSamples, opts);
    const r = test.map((i) => scoreProse(ex[i].prose, { model: m }));
    const met = metricsOf(countsAt(r.map((x) => x.flag), y));
    const a = auroc(r.map((x) => x.score), y);
    out.push(`${fold.test}: AUROC ${f2(a)} P/R/F1 ${f2(met.precision)} / ${f2(met.recall)} / ${f2(met.f1)} thr ${f2(m.thresholds.medium)}`);
  } else {
    const m = fitLinear(trainSamples, opts);
    const a = auroc(test.map((i) => rawScore(m, samples[i])), y);
    out.push(`${fold.test}: AUROC ${f2(a)}`);
  }
  console.error(out[out.length - 1]);
}
if (process.env.TONE_CV === "1") {
  // folds as in eval/tone-eval.ts crossValidation (seed 101, by group), raw linear scores
  const pool = ex.flatMap((e, i) => (trainSets.includes(e.set) ? [i] : []));
  const z = new Map<number, number>();
  for (let f = 0; f < 5; f++) {
    const test = pool.filter((i) => foldOf(ex[i].group, 5, 101) === f);
    const testTexts = new Set(test.map((i) => ex[i].prose.toLowerCase().trim()));
    const train = pool.filter((i) => foldOf(ex[i].group, 5, 101) !== f && !testTexts.has(ex[i].prose.toLowerCase().trim()));
    const m = fitLinear(buildSamples(train.map((i) => ex[i]), train.map((i) => samples[i]), shares, balance), opts);
    for (const i of test) z.set(i, rawScore(m, samples[i]));
  }
  for (const set of ["strudel", "ferreira-gh-comments", "ferreira-lkml-comments", "toxicr"]) {
    const k = [...z.keys()].filter((i) => ex[i].set === set);
    out.push(`cv ${set}: AUROC ${f2(auroc(k.map((i) => z.get(i)!), k.map((i) => ex[i].label)))}`);
    console.error(out[out.length - 1]);
  }
}
console.log(`# ${label} ${JSON.stringify({ opts: process.env.TONE_OPTS ?? "", share: process.env.TONE_SHARE ?? "", extra: process.env.TONE_EXTRA ?? "", balance })}\n${out.join("\n")}`);
