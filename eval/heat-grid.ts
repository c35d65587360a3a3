// Choosing the full model's operating point (issue 18): the precision its medium flag cut-off aims
// for on the out-of-fold combined scores of locked-issues. For each candidate it prints the
// development figures it is chosen on (locked-issues by repository fold: the app's per-comment
// flag, and whether the pause note comes in time on the held-out repositories' threads; the thread
// panel's fold A) and, to be read only after choosing, the held-out ones (panel fold B, calm-threads).
//   npm run train with TRAIN_DUMP_LOCKED_OOF=/tmp/locked-oof.json, then
//   LOCKED_OOF=/tmp/locked-oof.json node --import tsx eval/heat-grid.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { requireDataDir, readJsonl } from "./data.ts";
import { lockedHeldOut } from "./locked-eval.ts";
import { cutForPrecision, repoFold } from "./locked-folds.ts";
import type { FoldModels } from "./locked-folds.ts";
import { loadThreads, pauseNotesAfter, threadEmbeddings, toThread } from "./heat-threads.ts";
import { panelFold } from "./panel-folds.ts";
import { IN_TIME } from "./heat-thread-eval.ts";
import { scoreProse } from "../src/analysis/heat/tone.ts";
import { decideFlag } from "../src/analysis/heat/tone/decision.ts";
import { onFastScale, secondStage } from "../src/analysis/heat/embedding/second-stage.ts";
import type { SecondStageModel } from "../src/analysis/heat/embedding/second-stage.ts";
import { combineScores } from "../src/analysis/heat/embedding/combine.ts";
import { analyzeThread } from "../src/analysis/report.ts";
import { shouldNudgeEscalation } from "../src/coach/policy.ts";
import { defaultConfig } from "../src/config/schema.ts";

const dir = requireDataDir("eval/heat-grid.ts");
const TARGETS = (process.env.GRID ?? "0.75,0.8,0.85,0.9,0.93").split(",").map(Number);
const committedOof = JSON.parse(readFileSync(process.env.LOCKED_OOF ?? "/tmp/heat-locked-oof.json", "utf8")) as { p: number[]; y: number[] };

function cutoffsAt(oof: { p: number[]; y: number[] }, medium: number) {
  const at = (t: number) => cutForPrecision(oof.p, oof.y, Math.min(0.99, t));
  const high = at(medium - 0.1);
  const med = Math.max(high, at(medium));
  return { high, medium: med, low: Math.max(med, at(medium + 0.07)) };
}

const { ex, held, models } = await lockedHeldOut(dir, (s) => console.error(s));
const lockedRaw = loadThreads(dir, "locked-issues");
const lockedThreads = lockedRaw.map(toThread);
const lockedEmb = await threadEmbeddings(lockedThreads);
const calm = loadThreads(dir, "calm-threads").map(toThread);
const calmEmb = await threadEmbeddings(calm);
const panelRaw = loadThreads(dir, "thread-panel");
const panel = panelRaw.map(toThread);
const panelEmb = await threadEmbeddings(panel);
const labels = new Map(
  readJsonl<{ thread_id: string; heat: { level_at_end: string }; should_coach_at_end: string }>(join(dir, "thread-panel", "labels.jsonl")).map((l) => [String(l.thread_id), l]),
);
// the addressed context of every held-out comment, read by its fold's fast model
const addressed = held.map((h) => scoreProse(ex[h.index].prose, { model: models[Number(h.fold.slice(4))].toneModel }).addressed === true);

const pct = (a: number, b: number) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(1) : "–"}%)`;
console.log("| medium precision target | locked flag P / R (app decision) | locked threads in time (all / aimed at people) | never | panel A calm→warm, notes on none | panel B calm→warm, notes on none, pause | calm-threads notes |");
console.log("|---|---|---|---|---|---|---|");
for (const target of TARGETS) {
  const folds: FoldModels[] = models.map((m) => ({ ...m, secondStage: { ...m.secondStage, cutoffs: cutoffsAt(m.lockedOof, target) } }));
  // comment level: the app's flag on the combined score put on the fast scale
  let tp = 0, fp = 0, pos = 0;
  held.forEach((h, k) => {
    const f = folds[Number(h.fold.slice(4))];
    const score = onFastScale(combineScores(h.fast, h.second, { kind: "mean" }), f.secondStage.cutoffs);
    const flag = decideFlag(score, { addressed: addressed[k] });
    const y = ex[h.index].label;
    pos += y;
    if (flag) y ? tp++ : fp++;
  });
  // locked threads: in time?
  const t = { all: 0, allIn: 0, people: 0, peopleIn: 0, never: 0 };
  lockedRaw.forEach((r, i) => {
    const u = r.comments.findIndex((c) => c.uncivil === 1);
    if (u < 0) return;
    const f = folds[repoFold(r.repo ?? "")];
    const notes = pauseNotesAfter(lockedThreads[i], { toneModel: f.toneModel, secondStage: f.secondStage, embeddings: lockedEmb[i] });
    const inTime = notes.some((k) => k >= u && k <= u + IN_TIME) || (notes.length > 0 && notes[0] >= u && notes[0] <= u + IN_TIME);
    t.all++;
    if (inTime) t.allIn++;
    if (!notes.length) t.never++;
    if (r.target === "People") {
      t.people++;
      if (inTime) t.peopleIn++;
    }
  });
  const committed: SecondStageModel = { ...secondStage, cutoffs: cutoffsAt(committedOof, target) };
  const pf = { A: { calm: 0, warm: 0, none: 0, noted: 0, pause: 0, paused: 0 }, B: { calm: 0, warm: 0, none: 0, noted: 0, pause: 0, paused: 0 } };
  panel.forEach((th, i) => {
    const lab = labels.get(String(panelRaw[i].thread_id));
    if (!lab) return;
    const c = pf[panelFold(i)];
    const last = th.comments[th.comments.length - 1];
    const rep = analyzeThread(th, { now: new Date(last.createdAt), embeddings: panelEmb[i], secondStage: committed });
    const note = rep.commentCount >= defaultConfig.minComments && shouldNudgeEscalation(rep, defaultConfig);
    if (lab.heat.level_at_end === "calm") {
      c.calm++;
      if (rep.heat.level !== "calm") c.warm++;
    }
    if (lab.should_coach_at_end === "none") {
      c.none++;
      if (note) c.noted++;
    }
    if (lab.should_coach_at_end === "pause") {
      c.pause++;
      if (note) c.paused++;
    }
  });
  let calmNoted = 0;
  calm.forEach((th, i) => {
    if (pauseNotesAfter(th, { embeddings: calmEmb[i], secondStage: committed }).length) calmNoted++;
  });
  console.log(
    `| ${target} | ${(tp / (tp + fp)).toFixed(2)} / ${(tp / pos).toFixed(2)} | ${pct(t.allIn, t.all)} / ${pct(t.peopleIn, t.people)} | ${t.never} | ` +
      `${pct(pf.A.warm, pf.A.calm)}, ${pct(pf.A.noted, pf.A.none)} | ${pct(pf.B.warm, pf.B.calm)}, ${pct(pf.B.noted, pf.B.none)}, ${pf.B.paused}/${pf.B.pause} | ${pct(calmNoted, calm.length)} |`,
  );
}
