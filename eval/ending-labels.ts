// The ending labels (eval/fixtures/endings.jsonl): for 333 real threads (the 150 calm-threads, the
// 70 thread-panel threads and the 113 locked-issues threads of 4–40 comments), where each stands at
// its end as careful readers labelled it from the thread text alone, following
// eval/fixtures/endings-brief.md. The split is fixed: "dev" threads may be read while writing rules
// or fitting a model; "test" threads never (calm-threads' test-T and test-U sets of issue 20, and the
// panel's fold B). The thread texts stay in ../shared/data.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { threadFromData } from "../src/cli/thread-json.ts";
import type { Thread } from "../src/thread/model.ts";
import { readJsonl } from "./data.ts";
import { panelFold } from "./panel-folds.ts";

export interface EndingLabel {
  thread_id: string;
  kind: string;
  outcome_comment: number | null;
  also_ok: number[];
  answer_comment: number | null;
  decoys: number[];
  stands: string;
  waiting_on: string | null;
  confidence: "high" | "medium" | "low";
}

export type EndingSource = "calm" | "panel" | "locked";
export type EndingSplit = "dev" | "test";

export interface EndingThread {
  id: string;
  source: EndingSource;
  split: EndingSplit;
  thread: Thread;
  label: EndingLabel;
}

export const ENDING_LABELS = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "endings.jsonl");

interface RawComment {
  author?: string | null;
  text: string | null;
  created_at?: string;
  author_association?: string;
  timestamp?: string;
  createdAt?: string;
}
interface RawThread {
  thread_id: string | number;
  title?: string;
  comments: RawComment[];
}

/** calm-threads' split: issue 20's held-out sets (test-T: odd lines of the 6–30-comment threads, first
 * 30; test-U: the rest of those and every five-comment thread) are test, everything else dev. */
function calmSplits(threads: RawThread[]): Map<string, EndingSplit> {
  const mid = threads.filter((t) => t.comments.length >= 6 && t.comments.length <= 30);
  const devC = new Set(mid.filter((_, i) => i % 2 === 0).slice(0, 30).map((t) => String(t.thread_id)));
  const out = new Map<string, EndingSplit>();
  for (const t of threads) {
    const id = String(t.thread_id);
    const n = t.comments.length;
    out.set(id, devC.has(id) || n === 4 || n > 30 ? "dev" : "test");
  }
  return out;
}

function toThread(t: RawThread, source: EndingSource): Thread {
  const comments = t.comments.map((c) => ({
    author: c.author || "ghost",
    text: c.text ?? "",
    ...(c.timestamp || c.createdAt || c.created_at ? { createdAt: c.timestamp ?? c.createdAt ?? c.created_at } : {}),
    ...(c.author_association ? { association: c.author_association } : {}),
  }));
  return threadFromData({ title: t.title, comments }, `${source}:${t.thread_id}`);
}

/** Every labelled thread present in the data folder, with its split. */
export function loadEndingThreads(dataDir: string, labelsFile = ENDING_LABELS): EndingThread[] {
  const labels = new Map(readJsonl<EndingLabel>(labelsFile).map((l) => [String(l.thread_id), l]));
  const out: EndingThread[] = [];
  const calm = readJsonl<RawThread>(join(dataDir, "calm-threads", "threads.jsonl"));
  const splits = calmSplits(calm);
  for (const t of calm) {
    const label = labels.get(String(t.thread_id));
    if (label) out.push({ id: String(t.thread_id), source: "calm", split: splits.get(String(t.thread_id))!, thread: toThread(t, "calm"), label });
  }
  readJsonl<RawThread>(join(dataDir, "thread-panel", "threads.jsonl")).forEach((t, i) => {
    const label = labels.get(String(t.thread_id));
    if (label) out.push({ id: String(t.thread_id), source: "panel", split: panelFold(i) === "A" ? "dev" : "test", thread: toThread(t, "panel"), label });
  });
  // locked-issues threads (labelled "L<id>"): issues later locked as too heated; dev only (more endings to learn from).
  const locked = join(dataDir, "locked-issues", "threads.jsonl");
  if (existsSync(locked))
    for (const t of readJsonl<RawThread>(locked)) {
      const label = labels.get(`L${t.thread_id}`);
      if (label) out.push({ id: `L${t.thread_id}`, source: "locked", split: "dev", thread: toThread(t, "locked"), label });
    }
  return out;
}

/** The comment numbers a reader labelled right to cite: the outcome, any as good, the answer. */
export function rightComments(t: EndingThread): Set<number> {
  return new Set([t.label.outcome_comment, ...(t.label.also_ok ?? []), t.label.answer_comment].filter((x): x is number => typeof x === "number"));
}

/** Read the labels file alone (for readers that need no thread text). */
export function readEndingLabels(file = ENDING_LABELS): EndingLabel[] {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as EndingLabel);
}
