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
import { defaultConfig } from "../src/config/schema.ts";
import type { Thread } from "../src/thread/model.ts";
import { EmbeddingCache } from "./embedding-cache.ts";
import { cachedEmbeddings } from "./ending-eval.ts";
import { panelFold } from "./panel-folds.ts";
import type { PanelLabel, PanelThread } from "./panel-score.ts";
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

/** Embeddings for a thread's latest turns (the full model), or undefined for the fast stage alone. */
type EmbeddingsOf = (thread: Thread) => Map<string, Float32Array> | undefined;

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

export function lockedEndingsMarkdown(dataDir: string): string {
  const r = lockedEndings(dataDir);
  if (!r) return "_locked-issues not found: skipped._";
  return `${fullModelTemperature(dataDir, r)}\n\nLocked-issues threads whose last three comments include one labelled uncivil, and the \`/summarize\` temperature line still says calm at the end ("calm throughout" or "…, calm since"): ${ratio(r.calledCalm, r.endsUncivil)}. All 137 threads with 3+ comments (both repository splits; nothing here is fitted on them except the one end-score cut-off, see src/coach/temperature.ts).`;
}

/** Says the temperature line the thread ends tense or heated (as eval/panel-summary.ts reads it). */
const endsHot = (t: string) => /heated since|warming up|ends heated|read tense|heated right now/.test(t);

/**
 * The temperature line as the app posts it, with the sentence model (the latest turns' embeddings from
 * the evaluation cache), beside the fast stage alone that the other rows use: the panel's calm endings
 * called tense, warming or heated (per fold), and the locked-issues uncivil endings called calm. The
 * committed second stage was trained on locked-issues comments, so its locked row is optimistic.
 */
function fullModelTemperature(dataDir: string, fast: { endsUncivil: number; calledCalm: number }): string {
  const cache = new EmbeddingCache();
  if (cache.vectors.size === 0) return "_The embedding cache is empty (npm run embed:cache): the full model's temperature row is skipped._";
  const embeddingsOf: EmbeddingsOf = (thread) => cachedEmbeddings(thread, cache);
  const panelDir = join(dataDir, "thread-panel");
  if (!existsSync(join(panelDir, "threads.jsonl"))) return "";
  const read = (f: string) => readFileSync(join(panelDir, f), "utf8").trim().split("\n").map((l) => JSON.parse(l) as PanelThread & PanelLabel);
  const labels = new Map(read("labels.jsonl").map((l) => [String(l.thread_id), l]));
  const rows = [false, true].map((full) => {
    const counts = { A: [0, 0], B: [0, 0] };
    read("threads.jsonl").forEach((t, index) => {
      if (labels.get(String(t.thread_id))?.heat?.level_at_end !== "calm") return;
      const thread = threadFromData({ title: t.title, comments: t.comments }, String(t.thread_id));
      const embeddings = full ? embeddingsOf(thread) : undefined;
      const report = analyzeThread(thread, { now: lastActivity(thread), sensitivity: defaultConfig.sensitivity, ignoreUsers: defaultConfig.ignore.users, ...(embeddings ? { embeddings } : {}) });
      const c = counts[panelFold(index)];
      c[1]++;
      if (endsHot(describeTemperature(report.heat, (id) => commentNumber(thread, id), lightHeartedComments(thread.comments)))) c[0]++;
    });
    const locked = full ? lockedEndings(dataDir, embeddingsOf) : fast;
    const name = full ? "**full model (what the app posts)**" : "fast stage alone";
    return `| ${name} | ${ratio(counts.A[0], counts.A[1])} | ${ratio(counts.B[0], counts.B[1])} | ${locked ? ratio(locked.calledCalm, locked.endsUncivil) : "–"} |`;
  });
  return [
    "The temperature line by tone stage (the rows above read the fast stage alone; the app posts with the sentence model). Panel: calm endings (labels) whose line says the thread ends tense, warming or heated; locked-issues: endings with an uncivil comment among the last three whose line says calm (the second stage was trained on locked-issues comments: optimistic).",
    "",
    "| stage | panel A, calm endings called tense | panel B | locked-issues uncivil endings called calm |",
    "|---|---|---|---|",
    ...rows,
  ].join("\n");
}

