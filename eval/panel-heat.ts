// Evaluation section: heat on the thread panel (../shared/data/thread-panel: 70 real GitHub
// threads with per-comment tone labels 0 civil / 1 tense / 2 heated and the state at the end).
// The same heat figures as the panel's score.py (`calm_at_end_called_warming_or_heated`,
// `heated_at_end_called_heated`, `comment_auroc_*`), computed in-process with analyzeThread at
// default settings and "now" = the last comment, plus the per-comment flag's precision / recall
// on tense-or-worse comments. `node --import tsx eval/panel-heat.ts [-v]` prints it alone.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { readJsonl, requireDataDir } from "./data.ts";
import type { EvalSection } from "./section.ts";
import { analyzeThread } from "../src/analysis/report.ts";
import { threadFromData } from "../src/cli/thread-json.ts";
import { defaultConfig } from "../src/config/schema.ts";
import { auroc } from "./tone-metrics.ts";

interface PanelThread {
  thread_id: string;
  title?: string;
  comments: { author: string; text: string; createdAt: string }[];
}
interface PanelLabel {
  thread_id: string;
  heat: { per_comment: number[]; level_at_end: "calm" | "tense" | "heated" };
}

export interface PanelHeat {
  threads: number;
  calm: number;
  calmCalledWarm: number;
  calmCalledWarmIds: string[];
  heatedGold: number;
  heatedCaught: number;
  tenseGold: number;
  tenseCalledNotCalm: number;
  aurocTense: number;
  aurocHeated: number;
  nTense: number;
  nHeated: number;
  nComments: number;
  flags: number;
  flagsOnTense: number;
  levels: Record<string, number>;
}

const cnum = (id: string): number | null => {
  const m = /(\d+)$/.exec(id);
  return m ? Number(m[1]) : null;
};

/** Scores the panel's heat at default settings. */
export function panelHeat(dataDir: string, verbose = false): PanelHeat | null {
  const dir = join(dataDir, "thread-panel");
  if (!existsSync(join(dir, "labels.jsonl"))) return null;
  const threads = new Map(readJsonl<PanelThread>(join(dir, "threads.jsonl")).map((t) => [String(t.thread_id), t]));
  const out: PanelHeat = {
    threads: 0, calm: 0, calmCalledWarm: 0, calmCalledWarmIds: [], heatedGold: 0, heatedCaught: 0, tenseGold: 0, tenseCalledNotCalm: 0,
    aurocTense: NaN, aurocHeated: NaN, nTense: 0, nHeated: 0, nComments: 0, flags: 0, flagsOnTense: 0, levels: {},
  };
  const scores: number[] = [];
  const tense: number[] = [];
  const heated: number[] = [];
  for (const lab of readJsonl<PanelLabel>(join(dir, "labels.jsonl"))) {
    const t = threads.get(String(lab.thread_id));
    if (!t) continue;
    const thread = threadFromData({ title: t.title, comments: t.comments }, String(t.thread_id));
    const times = thread.comments.map((c) => Date.parse(c.createdAt)).filter((x) => !Number.isNaN(x));
    const now = new Date(times.length ? Math.max(...times) : 0);
    const report = analyzeThread(thread, { now, sensitivity: defaultConfig.sensitivity, ignoreUsers: defaultConfig.ignore.users });
    const level = report.heat.level;
    const gold = lab.heat.level_at_end;
    out.threads++;
    out.levels[`${gold}->${level}`] = (out.levels[`${gold}->${level}`] ?? 0) + 1;
    if (gold === "calm") {
      out.calm++;
      if (level !== "calm") {
        out.calmCalledWarm++;
        out.calmCalledWarmIds.push(String(lab.thread_id));
      }
    } else {
      out.tenseGold++;
      if (level !== "calm") out.tenseCalledNotCalm++;
    }
    if (gold === "heated") {
      out.heatedGold++;
      if (level === "heated") out.heatedCaught++;
    }
    const app = new Map(report.heat.perComment.map((c) => [cnum(c.commentId), c]));
    lab.heat.per_comment.forEach((v, i) => {
      const c = app.get(i + 1);
      if (!c) return;
      scores.push(c.score);
      tense.push(v >= 1 ? 1 : 0);
      heated.push(v >= 2 ? 1 : 0);
      if (c.flag) {
        out.flags++;
        if (v >= 1) out.flagsOnTense++;
      }
      if (verbose && (c.flag || v >= 1)) console.error(`  ${lab.thread_id} c${i + 1} label ${v} score ${c.score} flag ${c.flag}`);
    });
    if (verbose && (level !== "calm" || gold !== "calm")) console.error(`${lab.thread_id}: app ${level} (${report.heat.score}) gold ${gold} | ${report.heat.reasons.slice(0, 2).join(" ")}`);
  }
  out.aurocTense = auroc(scores, tense);
  out.aurocHeated = auroc(scores, heated);
  out.nTense = tense.reduce((a, b) => a + b, 0);
  out.nHeated = heated.reduce((a, b) => a + b, 0);
  out.nComments = scores.length;
  return out;
}

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "–");
const pct = (a: number, b: number) => `${a}/${b}${b ? ` (${Math.round((100 * a) / b)}%)` : ""}`;

export async function run(dataDir: string): Promise<EvalSection[]> {
  const p = panelHeat(dataDir);
  if (!p) return [{ title: "Heat on the thread panel", markdown: "thread-panel not found: skipped.\n" }];
  const markdown =
    `The ${p.threads} labelled real threads of \`thread-panel\` (labels per comment 0 civil / 1 tense / 2 heated, ` +
    `and the state at the end), analysed at default settings with "now" = the last comment — the heat figures of the ` +
    `panel's score.py, computed in-process.\n\n` +
    `| measure | value |\n|---|---|\n` +
    `| calm at the end, heat level not calm (\`calm_at_end_called_warming_or_heated\`; target ≤ 10%) | ${pct(p.calmCalledWarm, p.calm)} |\n` +
    `| tense or heated at the end, heat level not calm | ${pct(p.tenseCalledNotCalm, p.tenseGold)} |\n` +
    `| heated at the end, called heated | ${pct(p.heatedCaught, p.heatedGold)} |\n` +
    `| comment AUROC, tense or worse (n = ${p.nTense} of ${p.nComments}; target ≥ 0.90) | ${f3(p.aurocTense)} |\n` +
    `| comment AUROC, heated (n = ${p.nHeated}) | ${f3(p.aurocHeated)} |\n` +
    `| comments flagged at default / of them labelled tense or worse | ${p.flags} / ${p.flagsOnTense} |\n\n` +
    `Calm threads called warming or heated: ${p.calmCalledWarmIds.join(", ") || "none"}.\n`;
  return [{ title: "Heat on the thread panel", markdown }];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const p = panelHeat(requireDataDir("eval/panel-heat.ts"), process.argv.includes("-v"));
  console.log(JSON.stringify(p, null, 1));
}
