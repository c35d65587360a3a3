// Issue 18, round 3b: negated heat is not heat. A comment whose only heat cues the rule layer finds
// are negated ("you broke nothing", "this isn't stupid", "nobody is blaming you") and that carries no
// other heat cue: does leaving it unflagged cost the per-comment flag on held-out locked-issues
// repositories? Compares, at fixed cut-offs on the fast scale, the flag as shipped (target rule of
// tone/target.ts) with the same flag plus the negation rule (tone/negation.ts), in variants, and
// counts the technical-vocabulary suite beside each (a check, not the fitting set). Lists the
// held-out comments the rule would unflag (LIST=1).
//   HELD_CACHE=/tmp/x.json node --import tsx eval/negated-heat-eval.ts   (the cache of eval/flag-point-eval.ts; outside the repo)
import { requireDataDir } from "./data.ts";
import { repoSplits } from "./locked-folds.ts";
import { onFastScale } from "../src/analysis/heat/embedding/second-stage.ts";
import { extractFeatures } from "../src/analysis/heat/tone/features.ts";
import type { Features } from "../src/analysis/heat/tone/features.ts";
import { aboutThingsOnly } from "../src/analysis/heat/tone/target.ts";
import { onlyNegatedHeat } from "../src/analysis/heat/tone/negation.ts";
import { SLOT } from "../src/analysis/heat/tone/rules.ts";
import type { RuleScan } from "../src/analysis/heat/tone/rules.ts";
import { loadToneSets } from "./tone-data.ts";
import { foldKnots, loadHeldRows, type HeldRow } from "./held-flag-rows.ts";
import { techVocabScores } from "./tech-vocab-scores.ts";

type Row = HeldRow;

const { rows, oof } = await loadHeldRows("eval/negated-heat-eval.ts");
const ex = loadToneSets(requireDataDir("eval/negated-heat-eval.ts"));
const idx = repoSplits(ex).flatMap((s) => s.test);
if (idx.length !== rows.length || idx.some((i, k) => ex[i].label !== rows[k].label)) throw new Error("held-out order changed");

// Each fold's knots at the committed precision targets, as in eval/flag-point-eval.ts.
const knots = foldKnots(oof);
const fastScale = rows.map((r) => onFastScale(r.mean, knots[r.fold]));

/** Variants of "the only heat is negated": the shipped one, and two looser/stricter readings. */
const HEAT_BUT_ABSOLUTE = (r: RuleScan) => r.negated > 0 && !r.hits.some((h) => h.slot < SLOT.thanks && h.slot !== SLOT.absolute);
const NEGATOR_COUNTS = (r: RuleScan) => r.negated > 0 && !r.hits.some((h) => h.slot < SLOT.thanks);
// (the three below vary the first reading)
/** The first reading measured: any negated cue, a negated absolute ("not always") too. */
const ANY_NEGATED = (r: RuleScan) => {
  const negators = new Set(r.negatorAt);
  return r.negated > 0 && !r.hits.some((h) => h.slot < SLOT.thanks && !(h.first === h.last && negators.has(h.first)));
};
const VARIANTS: [string, (r: RuleScan, prose: string, f: Features) => boolean][] = [
  ["negates a heat phrase beyond an absolute, no live cue (ships)", (r) => onlyNegatedHeat(r)],
  ["… any negated cue, a negated absolute too (first reading)", (r) => ANY_NEGATED(r)],
  ["… the negating word (\"nothing\") counted as a cue", (r) => NEGATOR_COUNTS(r)],
  ["… no absolute (\"always\") counted as heat", (r) => HEAT_BUT_ABSOLUTE(r)],
  ["… and no \"!\" at all", (r, p) => onlyNegatedHeat(r) && !p.includes("!")],
];
const info = idx.map((i) => {
  const f = extractFeatures(ex[i].prose);
  return { things: aboutThingsOnly(f.tokens, f.rules), neg: VARIANTS.map(([, v]) => v(f.rules, ex[i].prose, f)), negated: f.rules.negated };
});

const pr = (flags: boolean[], sel: (r: Row) => boolean = () => true) => {
  let tp = 0, fp = 0, pos = 0;
  rows.forEach((r, i) => {
    if (!sel(r)) return;
    pos += r.label;
    if (flags[i]) r.label ? tp++ : fp++;
  });
  return `${(tp / Math.max(1, tp + fp)).toFixed(2)} / ${(tp / Math.max(1, pos)).toFixed(2)} (${tp} of ${tp + fp})`;
};
const suite = await techVocab();

console.log(`held-out comments ${rows.length}, uncivil ${rows.filter((r) => r.label).length}; with a negated heat cue ${info.filter((x) => x.negated > 0).length}; only negated heat ${info.filter((x) => x.neg[0]).length} (uncivil ${rows.filter((r, i) => r.label && info[i].neg[0]).length})`);
console.log(`\n| fast-scale cut | flag as shipped (P / R) | ${VARIANTS.map(([n]) => n).join(" | ")} | tech vocab flags (shipped / ${VARIANTS.map((_, k) => `v${k + 1}`).join(" / ")}) |\n|---|---|${VARIANTS.map(() => "---|").join("")}---|`);
for (const c of (process.env.CUTS ?? "0.75,0.8,0.89").split(",").map(Number)) {
  const app = rows.map((r, i) => fastScale[i] >= c && (r.addressed || !info[i].things));
  const withRule = VARIANTS.map((_, k) => app.map((a, i) => a && !info[i].neg[k]));
  const tvApp = suite.filter((t) => t.score >= c && (t.addressed || !t.things));
  console.log(`| ${c} | ${pr(app)} | ${withRule.map((f) => pr(f)).join(" | ")} | ${tvApp.length} / ${VARIANTS.map((_, k) => tvApp.filter((t) => !t.neg[k]).length).join(" / ")} |`);
  if (process.env.DETAIL) for (let f = 0; f < 5; f++) console.log(`  fold ${f}: ${pr(app, (r) => r.fold === f)} → ${pr(withRule[0], (r) => r.fold === f)}`);
}
if (process.env.LIST) {
  console.log("\nHeld-out comments with only negated heat (label, fast-scale score, kind):");
  rows.forEach((r, i) => {
    if (info[i].neg[0]) console.log(`${r.label ? "U" : "C"} ${fastScale[i].toFixed(2)} ${r.kind ?? ""} | ${ex[idx[i]].prose.slice(0, 160).replace(/\s+/g, " ")}`);
  });
  console.log("\nTechnical-vocabulary sentences with only negated heat:");
  for (const t of suite) if (t.neg[0]) console.log(`${t.score.toFixed(2)} | ${t.line}`);
}

/** The technical-vocabulary suite with each variant's reading. */
async function techVocab() {
  return (await techVocabScores()).map(({ line, score, addressed, prose, features: f }) => ({ line, score, addressed, things: aboutThingsOnly(f.tokens, f.rules), neg: VARIANTS.map(([, v]) => v(f.rules, prose, f)) }));
}
