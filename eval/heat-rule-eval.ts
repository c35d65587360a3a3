// Issue 18, round 2: the flag's operating point and the thread rule, measured together. For each
// candidate precision target of the medium cut-off (chosen per repository fold on its training
// side's out-of-fold combined scores; the committed model's out-of-fold scores for calm-threads and
// the panel) it replays every thread once, keeps each comment's combined score as the app reads it
// when that comment is the latest, and then compares thread rules offline:
//   app         the app's note as the code now decides it (shouldNudgeEscalation; before round 2 this
//               was the gate of heat/gate.ts, since then the pause rule of heat/pause.ts)
//   last3@c     a note when one of the last three human comments scores ≥ c on the fast scale
//   app|last3   either
// Reported: the app's per-comment flag on held-out locked-issues repositories (P/R, per TBDF kind),
// locked threads with a note in time (at the first uncivil comment or within 2 after; all / aimed at
// people), calm-threads with any note, panel fold A (choose) and B (held out), and derailment
// forecasting (max of the last 3 comments before the first toxic one, recall at ≤ 8% false alarms
// over calm-threads windows).
//   LOCKED_OOF=/tmp/heat-locked-oof.json GRID=0.7,0.75 node --import tsx eval/heat-rule-eval.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { requireDataDir, readJsonl } from "./data.ts";
import { lockedHeldOut } from "./locked-eval.ts";
import { cutForPrecision, repoFold } from "./locked-folds.ts";
import type { FoldModels } from "./locked-folds.ts";
import { loadThreads, threadEmbeddings, toThread } from "./heat-threads.ts";
import type { Scoring } from "./heat-threads.ts";
import { panelFold } from "./panel-folds.ts";
import { scoreProse } from "../src/analysis/heat/tone.ts";
import { refineWithProbability, secondStage } from "../src/analysis/heat/embedding/second-stage.ts";
import type { SecondStageModel } from "../src/analysis/heat/embedding/second-stage.ts";
import { analyzeThread } from "../src/analysis/report.ts";
import type { CommentFeatures } from "../src/analysis/comment-features.ts";
import { shouldNudgeEscalation } from "../src/coach/policy.ts";
import { defaultConfig } from "../src/config/schema.ts";
import type { Thread } from "../src/thread/model.ts";
import { auroc } from "./tone-metrics.ts";

const IN_TIME = 2;
const dir = requireDataDir("eval/heat-rule-eval.ts");
// medium[:low] precision targets (low defaults to medium + 0.07)
const TARGETS = (process.env.GRID ?? "0.65,0.7,0.75,0.8,0.93").split(",").map((g) => g.split(":").map(Number));
const THREAD_CUTS = (process.env.THREAD_CUTS ?? "0.92,0.94,0.96").split(",").map(Number);
const committedOof = JSON.parse(readFileSync(process.env.LOCKED_OOF ?? "/tmp/heat-locked-oof.json", "utf8")) as { p: number[]; y: number[] };

/** Cut-offs per sensitivity for a medium precision target (high 0.1 below, low 0.07 above unless given). */
export function cutoffsAt(oof: { p: number[]; y: number[] }, medium: number, low = medium + 0.07) {
  const at = (t: number) => cutForPrecision(oof.p, oof.y, Math.min(0.99, t));
  const high = at(medium - 0.1);
  const med = Math.max(high, at(medium));
  return { high, medium: med, low: Math.max(med, at(low)) };
}

/** One replay: per comment, the score and flag as read when it was the latest; per prefix, the gate's note. */
interface Replay {
  score: number[];
  flag: boolean[];
  gate: boolean[];
}
function replay(thread: Thread, scoring: Scoring): Replay {
  const cache = new Map<string, CommentFeatures>();
  const r: Replay = { score: [], flag: [], gate: [] };
  for (let n = 1; n <= thread.comments.length; n++) {
    const prefix: Thread = { ...thread, comments: thread.comments.slice(0, n) };
    const last = prefix.comments[n - 1];
    const report = analyzeThread(prefix, { now: new Date(last.createdAt), sensitivity: defaultConfig.sensitivity, cache, ...scoring });
    const pc = report.heat.perComment.find((c) => c.commentId === last.id);
    r.score.push(pc?.score ?? 0);
    r.flag.push(pc?.flag ?? false);
    r.gate.push(n >= defaultConfig.minComments && shouldNudgeEscalation(report, defaultConfig));
  }
  return r;
}

type Rule = { name: string; notes: (r: Replay) => number[] };
const last3 = (r: Replay, c: number, k: number) => r.score.slice(Math.max(0, k - 2), k + 1).some((s) => s >= c);
const RULES: Rule[] = [
  { name: "app", notes: (r) => r.gate.flatMap((g, k) => (g ? [k] : [])) },
  { name: "last3 flag", notes: (r) => r.flag.flatMap((_, k) => (k + 1 >= defaultConfig.minComments && r.flag.slice(Math.max(0, k - 2), k + 1).some(Boolean) ? [k] : [])) },
  ...THREAD_CUTS.map((c) => ({ name: `last3@${c}`, notes: (r: Replay) => r.score.flatMap((_, k) => (k + 1 >= defaultConfig.minComments && last3(r, c, k) ? [k] : [])) })),
  ...THREAD_CUTS.map((c) => ({
    name: `app|last3@${c}`,
    notes: (r: Replay) => r.score.flatMap((_, k) => (k + 1 >= defaultConfig.minComments && (r.gate[k] || last3(r, c, k)) ? [k] : [])),
  })),
];

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
const fastTones = held.map((h) => scoreProse(ex[h.index].prose, { model: models[Number(h.fold.slice(4))].toneModel }));

const pct = (a: number, b: number) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(1) : "–"}%)`;
for (const [target, lowTarget] of TARGETS) {
  const t0 = Date.now();
  const folds: FoldModels[] = models.map((m) => ({ ...m, secondStage: { ...m.secondStage, cutoffs: cutoffsAt(m.lockedOof, target, lowTarget) } }));
  // comment level: the app's flag on the combined score put on the fast scale, held-out repositories
  let tp = 0, fp = 0, pos = 0;
  const kinds = new Map<string, [number, number]>();
  held.forEach((h, k) => {
    const f = folds[Number(h.fold.slice(4))];
    const flag = refineWithProbability(fastTones[k], h.second, "medium", f.secondStage).flag;
    const e = ex[h.index];
    pos += e.label;
    if (flag) e.label ? tp++ : fp++;
    if (e.label && e.kind) {
      const c = kinds.get(e.kind) ?? [0, 0];
      kinds.set(e.kind, [c[0] + (flag ? 1 : 0), c[1] + 1]);
    }
  });
  console.log(`\n### precision targets: medium ${target}, low ${lowTarget ?? target + 0.07}\n`);
  console.log(`App flag on held-out locked-issues comments: P ${(tp / (tp + fp)).toFixed(2)} / R ${(tp / pos).toFixed(2)} (${tp + fp} flags)`);
  console.log(`Recall per kind: ${[...kinds.entries()].sort((a, b) => b[1][1] - a[1][1]).map(([k, [a, n]]) => `${k} ${(a / n).toFixed(2)} (n ${n})`).join("; ")}`);
  const committed: SecondStageModel = { ...secondStage, cutoffs: cutoffsAt(committedOof, target, lowTarget) };
  const lockedR = lockedRaw.map((r, i) => replay(lockedThreads[i], { toneModel: folds[repoFold(r.repo ?? "")].toneModel, secondStage: folds[repoFold(r.repo ?? "")].secondStage, embeddings: lockedEmb[i] }));
  const calmR = calm.map((th, i) => replay(th, { embeddings: calmEmb[i], secondStage: committed }));
  const panelR = panel.map((th, i) => replay(th, { embeddings: panelEmb[i], secondStage: committed }));
  // derailment forecast: max of the last 3 comments before the first toxic one, against calm-threads windows
  const derail: number[] = [];
  lockedRaw.forEach((r, i) => {
    const ft = r.comments.findIndex((c) => (c as { first_toxic_in_derailment_set?: boolean }).first_toxic_in_derailment_set === true);
    if (!(r as { derailment?: string | null }).derailment || ft < 1) return;
    derail.push(Math.max(...lockedR[i].score.slice(Math.max(0, ft - 3), ft)));
  });
  const calmWin = calmR.flatMap((r) => r.score.map((_, k) => Math.max(...r.score.slice(Math.max(0, k - 2), k + 1))));
  const sorted = [...calmWin].sort((a, b) => b - a);
  const fa8 = sorted[Math.floor(0.08 * sorted.length)];
  const recall8 = derail.filter((s) => s > fa8).length / derail.length;
  console.log(
    `Derailment forecast (${derail.length} locked threads with a first toxic comment after the first): AUROC ${auroc([...derail, ...calmWin], [...derail.map(() => 1), ...calmWin.map(() => 0)]).toFixed(2)}, ` +
      `R ${recall8.toFixed(2)} at 8% false alarms over ${calmWin.length} calm-threads windows (cut ${fa8.toFixed(3)} on the fast scale)\n`,
  );
  console.log("| rule | locked in time, folds all (aimed at people) | never | calm-threads notes | panel A calm→warm*, notes on none | panel B notes on none, pause |");
  console.log("|---|---|---|---|---|---|");
  for (const rule of RULES) {
    const t = { all: 0, allIn: 0, people: 0, peopleIn: 0, never: 0 };
    lockedRaw.forEach((r, i) => {
      const u = r.comments.findIndex((c) => c.uncivil === 1);
      if (u < 0) return;
      const notes = rule.notes(lockedR[i]);
      const inTime = notes.some((k) => k >= u && k <= u + IN_TIME);
      t.all++;
      if (inTime) t.allIn++;
      if (!notes.length) t.never++;
      if (r.target === "People") {
        t.people++;
        if (inTime) t.peopleIn++;
      }
    });
    const calmNoted = calmR.filter((r) => rule.notes(r).length > 0).length;
    const pf = { A: { calm: 0, warm: 0, none: 0, noted: 0, pause: 0, paused: 0 }, B: { calm: 0, warm: 0, none: 0, noted: 0, pause: 0, paused: 0 } };
    panel.forEach((th, i) => {
      const lab = labels.get(String(panelRaw[i].thread_id));
      if (!lab) return;
      const c = pf[panelFold(i)];
      const end = th.comments.length - 1;
      const note = rule.notes(panelR[i]).includes(end);
      if (lab.heat.level_at_end === "calm") {
        c.calm++;
        if (note) c.warm++;
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
    console.log(
      `| ${rule.name} | ${pct(t.allIn, t.all)} (${pct(t.peopleIn, t.people)}) | ${t.never} | ${pct(calmNoted, calm.length)} | ${pct(pf.A.warm, pf.A.calm)}, ${pct(pf.A.noted, pf.A.none)} | ${pct(pf.B.noted, pf.B.none)}, ${pf.B.paused}/${pf.B.pause} |`,
    );
  }
  console.log(`\n(*panel calm→warm here = a note at the end of a calm-labelled thread; ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
