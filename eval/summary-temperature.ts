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

export function lockedEndings(dataDir: string): { endsUncivil: number; calledCalm: number } | null {
  const file = join(dataDir, "locked-issues", "threads.jsonl");
  if (!existsSync(file)) return null;
  let endsUncivil = 0;
  let calledCalm = 0;
  for (const line of readFileSync(file, "utf8").trim().split("\n")) {
    const t = JSON.parse(line) as LockedThread;
    const kept = t.comments.filter((c) => c.text);
    if (kept.length < 3 || !kept.slice(-3).some((c) => c.uncivil === 1)) continue;
    const thread = threadFromData({ title: t.title, comments: kept.map((c, k) => ({ author: c.author ?? `user${k}`, text: c.text })) }, t.thread_id);
    const report = analyzeThread(thread, { now: lastActivity(thread) });
    endsUncivil++;
    if (saysCalmAtEnd(describeTemperature(report.heat, (id) => commentNumber(thread, id), lightHeartedComments(thread.comments)))) calledCalm++;
  }
  return { endsUncivil, calledCalm };
}

export function lockedEndingsMarkdown(dataDir: string): string {
  const r = lockedEndings(dataDir);
  if (!r) return "_locked-issues not found: skipped._";
  return `Locked-issues threads whose last three comments include one labelled uncivil, and the \`/summarize\` temperature line still says calm at the end ("calm throughout" or "…, calm since"): ${ratio(r.calledCalm, r.endsUncivil)}. All 137 threads with 3+ comments (both repository splits; nothing here is fitted on them except the one end-score cut-off, see src/coach/temperature.ts).`;
}
