// The held-out locked-issues comments as the flag evaluations read them (eval/flag-point-eval.ts,
// eval/negated-heat-eval.ts): each comment's combined score from its repository fold's models, its
// label and kind, whether it is addressed to a person, and each fold's out-of-fold training scores;
// plus each fold's knots of the fast scale at the committed precision targets.
// HELD_CACHE=/tmp/x.json keeps them between runs (outside the repository: the text is not stored).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { requireDataDir } from "./data.ts";
import { lockedHeldOut } from "./locked-eval.ts";
import { cutForPrecision } from "./locked-folds.ts";
import { scoreProse } from "../src/analysis/heat/tone.ts";

export interface HeldRow {
  fold: number;
  mean: number;
  label: 0 | 1;
  kind: string | null;
  addressed: boolean;
}
export interface HeldRows {
  rows: HeldRow[];
  oof: { p: number[]; y: number[] }[];
}

/** The held-out rows, from HELD_CACHE when it exists; `script` names the caller when ../shared is missing. */
export async function loadHeldRows(script: string): Promise<HeldRows> {
  const cache = process.env.HELD_CACHE;
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, "utf8")) as HeldRows;
  const { ex, held, models } = await lockedHeldOut(requireDataDir(script), (s) => console.error(s));
  const rows = held.map((h) => {
    const fold = Number(h.fold.slice(4));
    const e = ex[h.index];
    return { fold, mean: (h.fast + h.second) / 2, label: e.label, kind: e.kind ?? null, addressed: scoreProse(e.prose, { model: models[fold].toneModel }).addressed === true };
  });
  const out: HeldRows = { rows, oof: models.map((m) => m.lockedOof) };
  if (cache) writeFileSync(cache, JSON.stringify(out));
  return out;
}

/** Each fold's fast-scale knots at the committed precision targets (0.70 / 0.80 / 0.90), as `npm run train` sets them. */
export function foldKnots(oof: HeldRows["oof"]): { high: number; medium: number; low: number }[] {
  return oof.map((o) => {
    const at = (t: number) => cutForPrecision(o.p, o.y, t);
    const high = at(0.7);
    const medium = Math.max(high, at(0.8));
    return { high, medium, low: Math.max(medium, at(0.9)) };
  });
}
