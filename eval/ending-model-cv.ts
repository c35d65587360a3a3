// Exploration (kept for the record; the shipped reader and its cut-off come from
// scripts/train-endings.ts): cross-validation of the ending reader on the dev threads of the ending labels (folds by thread),
// and what it would change in the summary's first line: which feature sets rank the comment to cite
// best, and how a reader that may only add a line where the rules say "no outcome" (or replace a
// cited comment it finds unlikely) scores against the labels. Test threads are read only with
// --test, by the model fitted on all dev threads with the settings chosen here.
//   node --import tsx eval/ending-model-cv.ts [--test]
import { STRUCTURE } from "../src/analysis/ending/features.ts";
import { trainLogistic, logisticRaw, sigmoid } from "../src/analysis/heat/embedding/logistic.ts";
import { foldOf } from "../src/analysis/heat/tone/trainer.ts";
import { requireDataDir } from "./data.ts";
import { EmbeddingCache } from "./embedding-cache.ts";
import { endingLineRight } from "./ending-eval.ts";
import { type EndingRow, endingExample } from "./ending-examples.ts";
import { loadEndingThreads, rightComments, type EndingThread } from "./ending-labels.ts";
import { type AppEnding, type AppGroup, endingGroup } from "./ending-read.ts";

const dir = requireDataDir("eval/ending-model-cv.ts");
const cache = new EmbeddingCache();
const all = loadEndingThreads(dir);
const dev = all.filter((t) => t.split === "dev");
const test = all.filter((t) => t.split === "test");

type Subset = (x: Float64Array) => Float64Array;
const S = STRUCTURE.length;
const SUBSETS: Record<string, Subset> = {
  structure: (x) => x.slice(0, S),
  embedding: (x) => x.slice(S),
  both: (x) => x,
};

/** Each thread's rows and its rules-alone first line. */
function examplesOf(ts: EndingThread[]): { rows: Map<string, EndingRow[]>; apps: Map<string, AppEnding> } {
  const ex = ts.map((t) => [t.id, endingExample(t, cache)] as const);
  return { rows: new Map(ex.map(([id, e]) => [id, e.rows])), apps: new Map(ex.map(([id, e]) => [id, e.rules])) };
}

const l2 = Number(process.env.L2 ?? 0.05);

/** Out-of-fold probabilities per thread and comment number. */
function crossValidate(rows: Map<string, EndingRow[]>, subset: Subset, folds = 5): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  const ids = [...rows.keys()];
  for (let f = 0; f < folds; f++) {
    const train = ids.filter((id) => foldOf(id, folds, 11) !== f).flatMap((id) => rows.get(id)!);
    const m = trainLogistic(train.map((r) => subset(r.x)), train.map((r) => r.y), train.map(() => 1), { l2, maxIterations: 200 });
    for (const id of ids.filter((id) => foldOf(id, folds, 11) === f)) out.set(id, new Map(rows.get(id)!.map((r) => [r.n, sigmoid(logisticRaw(m, subset(r.x)))])));
  }
  return out;
}

function fitted(rows: Map<string, EndingRow[]>, subset: Subset) {
  const train = [...rows.values()].flat();
  return trainLogistic(train.map((r) => subset(r.x)), train.map((r) => r.y), train.map(() => 1), { l2, maxIterations: 200 });
}

interface Line {
  says: boolean;
  cited?: number;
  /** The line names no kind (the reader's line): only "settled here" is claimed. */
  neutral: boolean;
  group?: string;
}

function lineRight(t: EndingThread, line: Line): boolean {
  if (!line.says) return endingGroup(t.label.kind) === "none";
  return endingLineRight(t, { group: line.neutral ? "outcome" : ((line.group ?? "none") as AppGroup), cited: line.cited });
}

function policy(app: AppEnding, probs: Map<number, number>, lo: number, hi: number): Line {
  const top = [...probs.entries()].sort((a, b) => b[1] - a[1])[0];
  const rules: Line = { says: app.group !== "none", cited: app.cited, neutral: false, group: app.group };
  if (!top) return rules;
  if (app.group === "none" || app.group === "outcome") return top[1] >= hi ? { says: true, cited: top[0], neutral: true } : rules;
  const pr = app.cited !== undefined ? (probs.get(app.cited) ?? 0) : 1;
  if (pr < lo && top[1] >= hi && top[0] !== app.cited) return { says: true, cited: top[0], neutral: true };
  return rules;
}

function summarize(ts: EndingThread[], lines: Map<string, Line>): string {
  let right = 0, settled = 0, found = 0, says = 0, saysRight = 0;
  for (const t of ts) {
    const l = lines.get(t.id)!;
    if (lineRight(t, l)) right++;
    const gold = endingGroup(t.label.kind);
    if (gold !== "none") settled++;
    if (l.says) says++;
    if (l.says && gold !== "none" && l.cited !== undefined && rightComments(t).has(l.cited)) saysRight++;
    if (l.says && gold !== "none") found++;
  }
  return `line right ${right}/${ts.length} (${Math.round((100 * right) / ts.length)}%), outcome said ${found}/${settled} settled, ${says - found} said on unsettled, cites right ${saysRight}/${says}`;
}

const { rows: devRows, apps: devApps } = examplesOf(dev);
console.log(`dev: ${dev.length} threads, ${[...devRows.values()].flat().length} rows, ${[...devRows.values()].flat().filter((r) => r.y).length} positive; l2 ${l2}`);
console.log(`rules alone (dev): ${summarize(dev, new Map(dev.map((t) => [t.id, policy(devApps.get(t.id)!, new Map(), 1, 1)])))}`);
for (const [name, subset] of Object.entries(SUBSETS)) {
  const oof = crossValidate(devRows, subset);
  // Ranking: among settled threads, is the top comment a right one?
  let top1 = 0, settled = 0;
  for (const t of dev) {
    if (endingGroup(t.label.kind) === "none") continue;
    settled++;
    const best = [...oof.get(t.id)!.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best && rightComments(t).has(best[0])) top1++;
  }
  console.log(`\n${name}: top comment right on ${top1}/${settled} settled dev threads`);
  for (const [lo, hi] of [[0, 0.55], [0.05, 0.55], [0.1, 0.55], [0.2, 0.55], [0.3, 0.55], [0.1, 0.45], [0.2, 0.45], [0.3, 0.45], [0, 0.45], [0.2, 0.35], [0, 0.35]]) {
    const lines = new Map(dev.map((t) => [t.id, policy(devApps.get(t.id)!, oof.get(t.id)!, lo, hi)]));
    console.log(`  lo ${lo} hi ${hi}: ${summarize(dev, lines)}`);
  }
}

if (process.argv.includes("--test")) {
  const lo = Number(process.env.LO ?? 0.1);
  const hi = Number(process.env.HI ?? 0.6);
  const subset = SUBSETS[process.env.SUBSET ?? "both"];
  const m = fitted(devRows, subset);
  const { rows: testRows, apps: testApps } = examplesOf(test);
  const lines = new Map<string, Line>();
  const rules = new Map<string, Line>();
  for (const t of test) {
    const app = testApps.get(t.id)!;
    const probs = new Map(testRows.get(t.id)!.map((r) => [r.n, sigmoid(logisticRaw(m, subset(r.x)))]));
    lines.set(t.id, policy(app, probs, lo, hi));
    rules.set(t.id, policy(app, new Map(), 1, 1));
  }
  for (const source of ["calm", "panel", undefined]) {
    const ts = test.filter((t) => !source || t.source === source);
    console.log(`\ntest ${source ?? "all"} (${ts.length}): rules ${summarize(ts, rules)}`);
    console.log(`test ${source ?? "all"} (${ts.length}): reader ${summarize(ts, lines)}`);
  }
}
