// Does the summary's temperature line say how a heated thread ENDS? On the locked-issues threads
// (GitHub issues locked as too heated; per-comment uncivil labels), the threads whose last three
// comments include an uncivil one, and how many of them the `/summarize` temperature line still
// calls calm at the end ("calm throughout" or "…, calm since"). The thread panel gives the other
// side (calm endings called tense): eval/panel-summary.ts.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeThread } from "../src/analysis/report.ts";
import { lastActivity } from "../src/cli/analyze.ts";
import { threadFromData } from "../src/cli/thread-json.ts";
import { commentNumber } from "../src/coach/items.ts";
import { describeTemperature } from "../src/coach/temperature.ts";
import type { Thread } from "../src/thread/model.ts";
import { EmbeddingCache } from "./embedding-cache.ts";
import { cachedEmbeddings } from "./ending-eval.ts";
import type { PanelFold } from "./panel-folds.ts";
import type { PanelLabel, PanelThread } from "./panel-score.ts";
import { type EmbeddingsOf, scoreSummaries, type SummaryCounts } from "./panel-summary.ts";
import { lightHeartedComments } from "../src/analysis/light-heat.ts";
import { ratio } from "./panel-score.ts";

interface LockedThread {
  thread_id: string;
  title?: string;
  comments: { author: string | null; text: string | null; uncivil?: number }[];
}

/** "calm throughout." or "ran hot around …, calm since.": the line says the thread ends calm. */
export function saysCalmAtEnd(temperature: string): boolean {
  return /^calm throughout|calm since\.$/.test(temperature);
}

export function lockedEndings(dataDir: string, embeddingsOf?: EmbeddingsOf): { endsUncivil: number; calledCalm: number } | null {
  const file = join(dataDir, "locked-issues", "threads.jsonl");
  if (!existsSync(file)) return null;
  let endsUncivil = 0;
  let calledCalm = 0;
  for (const line of readFileSync(file, "utf8").trim().split("\n")) {
    const t = JSON.parse(line) as LockedThread;
    const kept = t.comments.filter((c) => c.text);
    if (kept.length < 3 || !kept.slice(-3).some((c) => c.uncivil === 1)) continue;
    const thread = threadFromData({ title: t.title, comments: kept.map((c, k) => ({ author: c.author ?? `user${k}`, text: c.text })) }, t.thread_id);
    const embeddings = embeddingsOf?.(thread);
    const report = analyzeThread(thread, { now: lastActivity(thread), ...(embeddings ? { embeddings } : {}) });
    endsUncivil++;
    if (saysCalmAtEnd(describeTemperature(report.heat, (id) => commentNumber(thread, id), lightHeartedComments(thread.comments)))) calledCalm++;
  }
  return { endsUncivil, calledCalm };
}

export function lockedEndingsMarkdown(dataDir: string, panel?: PanelSummaries): string {
  const r = lockedEndings(dataDir);
  if (!r) return "_locked-issues not found: skipped._";
  const byStage = panel ? `${temperatureByStage(dataDir, panel, r)}\n\n` : "";
  return `${byStage}Locked-issues threads whose last three comments include one labelled uncivil, and the \`/summarize\` temperature line still says calm at the end ("calm throughout" or "…, calm since"): ${ratio(r.calledCalm, r.endsUncivil)}. All 137 threads with 3+ comments (both repository splits; nothing here is fitted on them except the one end-score cut-off, see src/coach/temperature.ts).`;
}

/** The panel and its summary figures with the fast stage alone (eval/panel-summary.ts scoreSummaries). */
export interface PanelSummaries {
  threads: PanelThread[];
  labels: PanelLabel[];
  fast: Record<PanelFold | "all", SummaryCounts>;
}

/**
 * The temperature line as the app posts it, with the sentence model (the latest turns' embeddings from
 * the evaluation cache), beside the fast stage alone that the other rows use: the panel's calm endings
 * called tense, warming or heated (per fold; scoreSummaries' count), and the locked-issues uncivil
 * endings called calm. The committed second stage was trained on locked-issues comments, so its
 * locked row is optimistic.
 */
function temperatureByStage(dataDir: string, panel: PanelSummaries, fastLocked: { endsUncivil: number; calledCalm: number }): string {
  const cache = new EmbeddingCache();
  if (cache.vectors.size === 0) return "_The embedding cache is empty (npm run embed:cache): the full model's temperature row is skipped._";
  const embeddingsOf = (thread: Thread) => cachedEmbeddings(thread, cache);
  const full = scoreSummaries(panel.threads, panel.labels, embeddingsOf);
  const fullLocked = lockedEndings(dataDir, embeddingsOf);
  const row = (name: string, c: Record<PanelFold | "all", SummaryCounts>, locked: { endsUncivil: number; calledCalm: number } | null) =>
    `| ${name} | ${ratio(c.A.endsCalmCalledTense, c.A.endsCalm)} | ${ratio(c.B.endsCalmCalledTense, c.B.endsCalm)} | ${locked ? ratio(locked.calledCalm, locked.endsUncivil) : "–"} |`;
  return [
    "The temperature line by tone stage (the rows above read the fast stage alone; the app posts with the sentence model). Panel: calm endings (labels) whose line says the thread ends tense, warming or heated; locked-issues: endings with an uncivil comment among the last three whose line says calm (the second stage was trained on locked-issues comments: optimistic).",
    "",
    "| stage | panel A, calm endings called tense | panel B | locked-issues uncivil endings called calm |",
    "|---|---|---|---|",
    row("fast stage alone", panel.fast, fastLocked),
    row("**full model (what the app posts)**", full, fullLocked),
  ].join("\n");
}
