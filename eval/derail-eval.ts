// Issue 18, round 3: forecasting derailment with a thread-level rule. The 33 locked threads the
// derailment study marked, whose first toxic comment is not the opening post, are replayed with the
// models of their repository fold (trained without their repository), calm-threads with the
// committed models; after each comment the replay keeps the comment's score as the app reads it and
// the thread's heat report. Each rule turns the turns before a point into one forecast score;
// recall is counted on the locked threads just before their first toxic comment, at the cut-off that
// raises false alarms on 8% of calm-threads points. The rule is chosen out-of-fold: for each
// repository fold, the rule with the best recall on the other folds' threads forecasts this fold's.
//   node --import tsx eval/derail-eval.ts
import { requireDataDir } from "./data.ts";
import { lockedHeldOut } from "./locked-eval.ts";
import { repoFold } from "./locked-folds.ts";
import { loadThreads, threadEmbeddings, toThread } from "./heat-threads.ts";
import type { Scoring } from "./heat-threads.ts";
import { analyzeThread } from "../src/analysis/report.ts";
import { commentCacheKey } from "../src/analysis/comment-features.ts";
import type { CommentFeatures } from "../src/analysis/comment-features.ts";
import { defaultConfig } from "../src/config/schema.ts";
import type { Thread } from "../src/thread/model.ts";
import { auroc } from "./tone-metrics.ts";

const FALSE_ALARMS = 0.08;

interface Point {
  /** Combined score (fast scale) of each comment up to this point, as read when it was the latest. */
  scores: number[];
  /** The fast stage's score of each comment up to this point (the sentence model not asked). */
  fast: number[];
  /** The thread's escalation score after the latest comment. */
  heat: number;
  /** The app's own decisions after the latest comment: the per-comment flag and the thread's reading
   * of each comment up to here (as read when it was the latest), and the thread's heat level. */
  flags: boolean[];
  hots: boolean[];
  level: string;
}

function replay(thread: Thread, scoring: Scoring): Point[] {
  const cache = new Map<string, CommentFeatures>();
  const out: Point[] = [];
  const scores: number[] = [];
  const fast: number[] = [];
  const flags: boolean[] = [];
  const hots: boolean[] = [];
  for (let n = 1; n <= thread.comments.length; n++) {
    const prefix: Thread = { ...thread, comments: thread.comments.slice(0, n) };
    const last = prefix.comments[n - 1];
    const report = analyzeThread(prefix, { now: new Date(last.createdAt), sensitivity: defaultConfig.sensitivity, cache, ...scoring });
    scores.push(report.heat.perComment.find((c) => c.commentId === last.id)?.score ?? 0);
    // the memo keeps the fast stage's reading of each comment (report.ts refines a copy)
    fast.push(report.heat.perComment.some((c) => c.commentId === last.id) ? (cache.get(commentCacheKey(last, defaultConfig.sensitivity))?.tone.score ?? 0) : 0);
    const own = report.heat.perComment.find((c) => c.commentId === last.id);
    flags.push(own?.flag ?? false);
    hots.push(own?.hot ?? false);
    out.push({ scores: [...scores], fast: [...fast], heat: report.heat.score, flags: [...flags], hots: [...hots], level: report.heat.level });
  }
  return out;
}

const top = (xs: number[], k: number) => [...xs].sort((a, b) => b - a).slice(0, k);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const RULES: Record<string, (p: Point) => number> = {
  "max of last 3 (round 2)": (p) => Math.max(...p.scores.slice(-3)),
  "max of last 5": (p) => Math.max(...p.scores.slice(-5)),
  "mean of the 2 highest of last 5": (p) => mean(top(p.scores.slice(-5), 2)),
  "mean of last 3": (p) => mean(p.scores.slice(-3)),
  "thread escalation score": (p) => p.heat,
  "max of last 3 + escalation score": (p) => Math.max(...p.scores.slice(-3)) + p.heat,
  // the fast stage alone (issue 18's own measurement: max of the last 3 fast scores)
  "fast: max of last 3": (p) => Math.max(...p.fast.slice(-3)),
  "fast: max of last 5": (p) => Math.max(...p.fast.slice(-5)),
  "fast: mean of last 3": (p) => mean(p.fast.slice(-3)),
  "fast: latest": (p) => p.fast[p.fast.length - 1],
  "combined: latest": (p) => p.scores[p.scores.length - 1],
};

const dir = requireDataDir("eval/derail-eval.ts");
const { models } = await lockedHeldOut(dir, (s) => console.error(s));
const lockedRaw = loadThreads(dir, "locked-issues");
const derailing = lockedRaw.flatMap((r) => {
  const ft = r.comments.findIndex((c) => (c as { first_toxic_in_derailment_set?: boolean }).first_toxic_in_derailment_set === true);
  return (r as { derailment?: string | null }).derailment && ft >= 1 ? [{ raw: r, ft }] : [];
});
const dThreads = derailing.map((d) => toThread(d.raw));
const dEmb = await threadEmbeddings(dThreads);
const dPoints = derailing.map((d, i) => {
  const m = models[repoFold(d.raw.repo ?? "")];
  return { fold: repoFold(d.raw.repo ?? ""), point: replay(dThreads[i], { toneModel: m.toneModel, secondStage: m.secondStage, embeddings: dEmb[i] })[d.ft - 1] };
});
const calm = loadThreads(dir, "calm-threads").map(toThread);
const calmEmb = await threadEmbeddings(calm);
const calmByThread = calm.map((t, i) => replay(t, { embeddings: calmEmb[i] }));
const calmPoints = calmByThread.flat();

// DERAIL_DUMP=/tmp/x.json writes the points (scores only, no text) for a look outside this script.
if (process.env.DERAIL_DUMP) {
  const { writeFileSync } = await import("node:fs");
  writeFileSync(process.env.DERAIL_DUMP, JSON.stringify({ derailing: dPoints, calm: calmByThread }));
}

const cutOf = (rule: (p: Point) => number) => {
  const s = calmPoints.map(rule).sort((a, b) => b - a);
  return s[Math.floor(FALSE_ALARMS * s.length)];
};
const cuts = Object.fromEntries(Object.entries(RULES).map(([name, rule]) => [name, cutOf(rule)]));
const hit = (name: string, p: Point) => RULES[name](p) > cuts[name];
console.log(`${dPoints.length} derailing locked threads; ${calmPoints.length} calm-threads points; false alarms ${FALSE_ALARMS * 100}%\n`);
console.log("| rule | AUROC | recall at 8% false alarms |\n|---|---|---|");
for (const name of Object.keys(RULES)) {
  const d = dPoints.map((x) => RULES[name](x.point));
  const c = calmPoints.map(RULES[name]);
  const hits = dPoints.filter((x) => hit(name, x.point)).length;
  console.log(`| ${name} | ${auroc([...d, ...c], [...d.map(() => 1), ...c.map(() => 0)]).toFixed(2)} | ${(hits / dPoints.length).toFixed(2)} (${hits}/${dPoints.length}) |`);
}
// out-of-fold choice of the rule, among the combined-score rules, the fast-score rules, and all
for (const [group, names] of [
  ["combined score (round 3's rules)", Object.keys(RULES).filter((n) => !n.startsWith("fast") && !n.startsWith("combined:"))],
  ["fast score alone", Object.keys(RULES).filter((n) => n.startsWith("fast"))],
  ["all rules", Object.keys(RULES)],
] as const) {
  let hits = 0;
  const chosen: string[] = [];
  for (const f of [...new Set(dPoints.map((x) => x.fold))].sort()) {
    const others = dPoints.filter((x) => x.fold !== f);
    const best = names.reduce((a, b) => (others.filter((x) => hit(b, x.point)).length > others.filter((x) => hit(a, x.point)).length ? b : a));
    chosen.push(`fold ${f}: ${best}`);
    hits += dPoints.filter((x) => x.fold === f && hit(best, x.point)).length;
  }
  console.log(`\nRule chosen out-of-fold among ${group} (${chosen.join("; ")}): recall ${(hits / dPoints.length).toFixed(2)} (${hits}/${dPoints.length}) at 8% false alarms`);
}

// False alarms counted per calm thread instead of per point: a calm thread raises one when any of its
// points scores above the cut-off (the stricter reading: 8% of calm threads would get a warning).
console.log("\nFalse alarms per calm thread (any point above the cut-off; 8% of 150 threads):\n\n| rule | AUROC (thread max) | recall at 8% of calm threads |\n|---|---|---|");
for (const [name, rule] of Object.entries(RULES)) {
  const c = calmByThread.map((pts) => Math.max(...pts.map(rule))).sort((a, b) => b - a);
  const cut = c[Math.floor(FALSE_ALARMS * c.length)];
  const d = dPoints.map((x) => rule(x.point));
  const hits = d.filter((v) => v > cut).length;
  console.log(`| ${name} | ${auroc([...d, ...c], [...d.map(() => 1), ...c.map(() => 0)]).toFixed(2)} | ${(hits / d.length).toFixed(2)} (${hits}/${d.length}) |`);
}

// The app's own decisions as a forecast (issue 18's table says "target, the app's own decision"):
// a yes/no per point, so its false-alarm rate is whatever it is, not set to 8%.
const DECISIONS: Record<string, (p: Point) => boolean> = {
  "a comment flagged among the last 3": (p) => p.flags.slice(-3).some(Boolean),
  "a comment read hot among the last 3": (p) => p.hots.slice(-3).some(Boolean),
  "the latest comment flagged": (p) => p.flags[p.flags.length - 1],
  "thread level warming or heated": (p) => p.level === "warming" || p.level === "heated",
  "thread level heated (pause note)": (p) => p.level === "heated",
};
console.log("\nThe app's own decisions as the forecast (calm-threads points as false alarms):\n\n| decision | recall | false alarms (points) | false alarms (calm threads with any) |\n|---|---|---|---|");
for (const [name, yes] of Object.entries(DECISIONS)) {
  const hits = dPoints.filter((x) => yes(x.point)).length;
  const fa = calmPoints.filter(yes).length;
  const faThreads = calmByThread.filter((pts) => pts.some(yes)).length;
  console.log(`| ${name} | ${(hits / dPoints.length).toFixed(2)} (${hits}/${dPoints.length}) | ${((100 * fa) / calmPoints.length).toFixed(1)}% (${fa}/${calmPoints.length}) | ${faThreads}/${calmByThread.length} |`);
}
