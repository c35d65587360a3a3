// The app's own per-comment flag on held-out locked-issues repositories (issue 18, round 3). Each
// held-out comment is scored as the app scores it, with the models of its repository fold: the fast
// stage's tone (its score, whom it addresses, whether it only judges a thing), then the sentence
// model's probability through `refineWithProbability` (the mean on the fast scale, the fold's
// cut-offs) and the flag of tone/decision.ts. Precision and recall per fold and per TBDF kind, for
// the full model and the fast stage alone, with the thread's stricter reading of a turn beside it.
import type { ToneExample } from "./tone-data.ts";
import type { FoldModels, LockedHeldOut } from "./locked-folds.ts";
import { scoreProse } from "../src/analysis/heat/tone.ts";
import { refineWithProbability } from "../src/analysis/heat/embedding/second-stage.ts";
import type { ToneResult } from "../src/analysis/types.ts";

interface Scored {
  label: 0 | 1;
  kind: string | null;
  fold: string;
  fast: ToneResult;
  full: ToneResult;
}

/** Each held-out comment's tone as the app decides it, fast stage alone and full model. */
export function appTones(ex: readonly ToneExample[], held: readonly LockedHeldOut[], models: readonly FoldModels[]): Scored[] {
  return held.map((h) => {
    const m = models[Number(h.fold.slice(4))];
    const e = ex[h.index];
    const fast = scoreProse(e.prose, { model: m.toneModel });
    return { label: e.label, kind: e.kind ?? null, fold: h.fold, fast, full: refineWithProbability(fast, h.second, "medium", m.secondStage) };
  });
}

function pr(rows: readonly Scored[], pick: (s: Scored) => boolean): { p: number; r: number; n: number; tp: number } {
  let tp = 0;
  let fp = 0;
  let pos = 0;
  for (const s of rows) {
    pos += s.label;
    if (pick(s)) s.label ? tp++ : fp++;
  }
  return { p: tp + fp ? tp / (tp + fp) : NaN, r: pos ? tp / pos : NaN, n: tp + fp, tp };
}
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "–");
const cell = (x: { p: number; r: number; n: number; tp: number }) => `${f2(x.p)} / ${f2(x.r)} (${x.tp} of ${x.n})`;

export function lockedFlagTables(ex: readonly ToneExample[], held: readonly LockedHeldOut[], models: readonly FoldModels[]): string {
  const rows = appTones(ex, held, models);
  const folds = [...new Set(rows.map((r) => r.fold))].sort();
  const deciders: [string, (s: Scored) => boolean][] = [
    ["flag, full model", (s) => s.full.flag],
    ["flag, fast stage alone", (s) => s.fast.flag],
    ["thread's reading of a turn (hot), full model", (s) => s.full.hot],
  ];
  const foldRows = deciders.map(([name, pick]) => `| ${name} | ${cell(pr(rows, pick))} | ${folds.map((f) => cell(pr(rows.filter((r) => r.fold === f), pick))).join(" | ")} |`);
  const kinds = new Map<string, Scored[]>();
  for (const r of rows) if (r.label && r.kind) kinds.set(r.kind, [...(kinds.get(r.kind) ?? []), r]);
  const kindRows = [...kinds.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([kind, rs]) => `| ${kind} | ${rs.length} | ${deciders.map(([, pick]) => f2(rs.filter(pick).length / rs.length)).join(" | ")} |`);
  return (
    `**The app's per-comment flag on held-out repositories** (each comment scored by its fold's models as the app scores it, default sensitivity; ` +
    `precision / recall (right of flags); target P ≥ 0.70 and R ≥ 0.40):\n\n` +
    `| decision | all | ${folds.join(" | ")} |\n|---|---|${folds.map(() => "---|").join("")}\n${foldRows.join("\n")}\n\n` +
    `Recall per TBDF kind:\n\n| kind | n | ${deciders.map(([n]) => n).join(" | ")} |\n|---|---|${deciders.map(() => "---|").join("")}\n${kindRows.join("\n")}\n`
  );
}
