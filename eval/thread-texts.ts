// The raw comment texts of the thread-level heat sets (locked-issues threads, calm-threads,
// thread-panel), for filling the embedding cache: the texts the thread evaluations score.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readJsonl } from "./data.ts";

const THREAD_FILES = [
  ["locked-issues", "threads.jsonl"],
  ["calm-threads", "threads.jsonl"],
  ["thread-panel", "threads.jsonl"],
] as const;

/** Every comment text of the thread sets present in the data folder. */
export function loadThreadTexts(dir: string): string[] {
  const out: string[] = [];
  for (const [folder, name] of THREAD_FILES) {
    const file = join(dir, folder, name);
    if (!existsSync(file)) continue;
    for (const t of readJsonl<{ comments?: { text?: string | null }[] }>(file)) {
      for (const c of t.comments ?? []) if (typeof c.text === "string") out.push(c.text);
    }
  }
  return out;
}
