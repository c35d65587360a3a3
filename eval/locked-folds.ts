// Repository-level cross-validation on locked-issues (issue 18): the held-out side of each fold is
// the locked-issues comments of one fifth of its repositories; the training side is every training
// set plus the other repositories' locked-issues comments. Each fold trains both tone stages
// (runFold: the fast model and the sentence-embedding regression, with the stacked combination)
// and scores the held-out comments. Comments of one repository never sit on both sides.
import { foldOf } from "../src/analysis/heat/tone/trainer.ts";
import type { Sample } from "../src/analysis/heat/tone/trainer.ts";
import { TRAIN_SETS } from "./tone-data.ts";
import type { ToneExample } from "./tone-data.ts";
import { runFold } from "./tone-embedding-folds.ts";
import type { ToneModel } from "../src/analysis/heat/tone/model.ts";
import type { SecondStageModel } from "../src/analysis/heat/embedding/second-stage.ts";
import { EMBEDDING_MODEL_ID } from "../src/analysis/heat/embedding/input.ts";
import { SECOND_STAGE_PRECISION } from "./second-stage-recipe.ts";
import type { FoldFit, HeldOutScores } from "./tone-embedding-folds.ts";

/** Folds of the repository split, and its seed (fixed: the split never changes between runs). */
export const REPO_FOLDS = 5;
const REPO_SEED = 1812;

/** The fold a locked-issues repository belongs to. */
export function repoFold(repo: string): number {
  return foldOf(`repo:${repo}`, REPO_FOLDS, REPO_SEED);
}

export interface RepoSplit {
  fold: string;
  train: number[];
  test: number[];
}

/** The repository folds: test = locked-issues of fold f; train = every training set minus those repositories (and their texts). */
export function repoSplits(ex: readonly ToneExample[]): RepoSplit[] {
  return Array.from({ length: REPO_FOLDS }, (_, f) => {
    const test = ex.flatMap((e, i) => (e.set === "locked-issues" && repoFold(e.repo ?? "") === f ? [i] : []));
    const testTexts = new Set(test.map((i) => ex[i].prose.toLowerCase().trim()));
    const train = ex.flatMap((e, i) =>
      TRAIN_SETS.includes(e.set) && !(e.set === "locked-issues" && repoFold(e.repo ?? "") === f) && !testTexts.has(e.prose.toLowerCase().trim()) ? [i] : [],
    );
    return { fold: `repo${f}`, train, test };
  });
}

/** Which combination of the two stages a score comes from. */
export type Stage = "fast" | "second" | "mean" | "stacked";
export const STAGES: readonly Stage[] = ["fast", "second", "mean", "stacked"];

/** What a fold's models are, as the app would run them (for replaying the fold's threads). */
export interface FoldModels {
  toneModel: ToneModel;
  secondStage: SecondStageModel;
  /** The training side's out-of-fold combined (mean) scores of locked-issues and their labels, to choose other cut-offs. */
  lockedOof: { p: number[]; y: number[] };
}

export interface LockedHeldOut extends HeldOutScores {
  /** Flag threshold per stage, chosen on the training side's out-of-fold locked-issues scores. */
  cut: Record<Stage, number>;
}

/** Lowest threshold whose precision on (scores, labels) reaches `target` with at least 20 flags; 1 when none. */
export function cutForPrecision(p: readonly number[], y: readonly number[], target: number): number {
  const idx = p.map((_, i) => i).sort((i, j) => p[j] - p[i]);
  let tp = 0;
  let best = 1;
  idx.forEach((i, k) => {
    tp += y[i];
    if (k + 1 >= 20 && tp / (k + 1) >= target) best = p[i];
  });
  return best;
}

/** Precision the flag threshold aims for on the training side (the floor is 0.70 held-out). */
export const TARGET_PRECISION = 0.75;

/** Runs the repository folds; `onFold` hears of each fold as it ends. */
export function runRepoFolds(
  ex: ToneExample[],
  samples: Sample[],
  vectors: Float32Array[],
  onFold: (fold: string) => void = () => {},
): { held: LockedHeldOut[]; fits: FoldFit[]; models: FoldModels[] } {
  const held: LockedHeldOut[] = [];
  const fits: FoldFit[] = [];
  const models: FoldModels[] = [];
  for (const s of repoSplits(ex)) {
    const r = runFold(s.fold, ex, samples, vectors, s.train, s.test);
    const t = r.fit.train;
    const locked = t.set.flatMap((set, k) => (set === "locked-issues" ? [k] : []));
    const y = locked.map((k) => t.label[k]);
    const oof: Record<Stage, number[]> = {
      fast: locked.map((k) => t.fast[k]),
      second: locked.map((k) => t.second[k]),
      mean: locked.map((k) => (t.fast[k] + t.second[k]) / 2),
      stacked: locked.map((k) => t.stacked[k]),
    };
    const cut = Object.fromEntries(STAGES.map((st) => [st, cutForPrecision(oof[st], y, TARGET_PRECISION)])) as Record<Stage, number>;
    for (const h of r.held) held.push({ ...h, cut });
    fits.push(r.fit);
    const at = (p: number) => cutForPrecision(oof.mean, y, p);
    const high = at(SECOND_STAGE_PRECISION.high);
    const medium = Math.max(high, at(SECOND_STAGE_PRECISION.medium));
    const low = Math.max(medium, at(SECOND_STAGE_PRECISION.low));
    models.push({
      toneModel: r.fit.fastModel,
      secondStage: { logistic: r.fit.secondModel, combination: { kind: "mean" }, cutoffs: { low, medium, high }, encoder: EMBEDDING_MODEL_ID },
      lockedOof: { p: oof.mean, y },
    });
    onFold(s.fold);
  }
  return { held, fits, models };
}
