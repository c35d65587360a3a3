// Evaluation section: the thread panel (../shared/data/thread-panel), 70 real GitHub threads
// labelled as a facilitator would. Prints score.py's figures beside the issue's targets.
// Run alone with `node --import tsx eval/panel-eval.ts [-v]` (-v lists every item with its verdict).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readJsonl, requireDataDir } from "./data.ts";
import type { EvalSection } from "./section.ts";
import { panelFigures, scorePanel, type PanelLabel, type PanelResult, type PanelThread } from "./panel-score.ts";
import { panelFold, type PanelFold } from "./panel-folds.ts";
import { scoreSummaries, summaryFigures, summaryMarkdown } from "./panel-summary.ts";
import { lockedEndingsMarkdown } from "./summary-temperature.ts";
import { panelCommentAurocMarkdown } from "./panel-comment-auroc.ts";
import { EmbeddingCache } from "./embedding-cache.ts";
import { cachedEmbeddings } from "./ending-eval.ts";

/** The issue's targets, by figure name. */
const TARGETS: Record<string, string> = {
  open_items_listed_really_open: "≥ 80%",
  gold_open_items_found: "≥ 60%",
  open_question_nudges_warranted: "≥ 70%",
  nudges_on_threads_that_needed_none: "≤ 5%",
  agreements_listed_where_some_labelled: "≥ 60%",
  calm_at_end_called_warming_or_heated: "≤ 10%",
  comment_auroc_tense_or_worse: "≥ 0.90",
};

export function loadPanel(dataDir: string): { threads: PanelThread[]; labels: PanelLabel[] } | null {
  const dir = join(dataDir, "thread-panel");
  if (!existsSync(join(dir, "threads.jsonl")) || !existsSync(join(dir, "labels.jsonl"))) return null;
  return { threads: readJsonl<PanelThread>(join(dir, "threads.jsonl")), labels: readJsonl<PanelLabel>(join(dir, "labels.jsonl")) };
}

/** The threads of one fold of the two-fold split (eval/panel-folds.ts), in file order. */
export function foldThreads(threads: PanelThread[], fold: PanelFold): PanelThread[] {
  return threads.filter((_, i) => panelFold(i) === fold);
}

/** Figures the issue targets on both halves of the split, for the per-fold table. */
const FOLD_FIGURES = [
  "gold_open_items_found",
  "open_items_listed_really_open",
  "open_question_nudges_warranted",
  "nudges_on_threads_that_needed_none",
  "agreements_listed_where_some_labelled",
  "calm_at_end_called_warming_or_heated",
];

/** The targeted figures per fold (A = even lines of threads.jsonl, B = odd) beside the whole panel. */
export function foldMarkdown(a: PanelResult, b: PanelResult, all: PanelResult): string {
  const fa = new Map(panelFigures(a));
  const fb = new Map(panelFigures(b));
  const fall = new Map(panelFigures(all));
  return [
    "Per fold of the two-fold split (fold A = threads at even 0-based lines of threads.jsonl, B = odd; `eval/panel-folds.ts`). Which rule was read on which fold, and the weights chosen on one fold and read on the other: docs/evaluation.md, section Per-item answer matching.",
    "",
    "| figure | fold A | fold B | all | target |",
    "|---|---|---|---|---|",
    ...FOLD_FIGURES.map((k) => `| ${k} | ${fa.get(k)} | ${fb.get(k)} | ${fall.get(k)} | ${TARGETS[k] ?? ""} |`),
  ].join("\n");
}

export function panelMarkdown(result: PanelResult): string {
  const rows = panelFigures(result).map(([k, v]) => `| ${k} | ${v} | ${TARGETS[k] ?? ""} |`);
  const confusion = [...result.confusion].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k}: ${n}`).join(", ");
  return [
    "Default settings, \"now\" = the time of the last comment; the same matching as the panel's `score.py` (an app item counts as open when the labels have an item still open in the same comment), computed in-process through the functions `analyze --format json` and `--format comment` call.",
    "",
    "| figure | app | target |",
    "|---|---|---|",
    ...rows,
    "",
    `Labelled kind → the app's kind: ${confusion}.`,
  ].join("\n");
}

export async function run(dataDir: string): Promise<EvalSection[]> {
  const panel = loadPanel(dataDir);
  if (!panel) return [{ title: "Thread panel", markdown: "_thread-panel not found in the data folder: section skipped._" }];
  const all = scorePanel(panel.threads, panel.labels);
  const a = scorePanel(foldThreads(panel.threads, "A"), panel.labels);
  const b = scorePanel(foldThreads(panel.threads, "B"), panel.labels);
  const summaries = scoreSummaries(panel.threads, panel.labels);
  const cache = new EmbeddingCache();
  return [
    {
      title: "Thread panel: what the app says on 70 real threads",
      markdown: `${panelMarkdown(all)}\n\n${foldMarkdown(a, b, all)}\n\n${cache.vectors.size ? panelCommentAurocMarkdown(panel.threads, panel.labels, (t) => cachedEmbeddings(t, cache)) : "_The embedding cache is empty (npm run embed:cache): the replayed per-comment AUROC is skipped._"}`,
    },
    { title: "Thread panel: the /summarize reply (automatic figures)", markdown: `${summaryMarkdown(summaries)}\n\n${lockedEndingsMarkdown(dataDir, { ...panel, fast: summaries })}` },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const panel = loadPanel(requireDataDir("eval/panel-eval.ts"));
  if (!panel) {
    console.error("thread-panel not found in the data folder");
    process.exit(2);
  }
  const result = scorePanel(panel.threads, panel.labels);
  if (process.argv.includes("-v")) {
    for (const row of result.rows) {
      for (const it of result.items.filter((x) => x.threadId === row.id)) {
        const v = it.verdict === "answered" ? `answered by ${it.answeredBy}` : it.verdict;
        console.log(`  ${row.id} c${it.comment} [${v}] ${JSON.stringify(it.text.slice(0, 90))}`);
      }
      console.log(`${row.id}: app ${row.appKind}/${row.appLevel}  gold ${row.goldKind}/${row.goldLevel}  | ${row.firstLine.slice(0, 70)}`);
    }
  }
  for (const [k, v] of panelFigures(result)) console.log(`${k}: ${v}`);
  console.log("summary figures (fold A | fold B | all):");
  for (const [k, ...v] of summaryFigures(scoreSummaries(panel.threads, panel.labels))) console.log(`  ${k}: ${v.join(" | ")}`);
  console.log(`confusion: ${[...result.confusion].map(([k, n]) => `${k}: ${n}`).join(", ")}`);
  console.log(foldMarkdown(scorePanel(foldThreads(panel.threads, "A"), panel.labels), scorePanel(foldThreads(panel.threads, "B"), panel.labels), result));
}
