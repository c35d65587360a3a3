// Writes the `/summarize` reply the app would post after the last comment of every thread-panel
// thread (the same Markdown as `node bin/common-ground.js analyze <thread.json>`) to a JSON Lines
// file OUTSIDE the repository, for readers following SUMMARY-JUDGE.md. One line per thread:
// {"thread_id", "index", "fold", "summary"}. The full model, as the app posts it: the latest turns'
// sentence embeddings come from the evaluation cache (npm run embed:cache), so the second tone stage
// and the ending reader read them; --fast: the fast stage alone (no embeddings, no ending reader).
// Usage: node --import tsx scripts/panel-summaries.ts [out.jsonl] [--fast]   (default /tmp/summaries-<commit>.jsonl)
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeThread } from "../src/analysis/report.ts";
import { lastActivity, summaryMarkdown } from "../src/cli/analyze.ts";
import { threadFromData } from "../src/cli/thread-json.ts";
import { defaultConfig } from "../src/config/schema.ts";
import { readJsonl, requireDataDir } from "../eval/data.ts";
import { panelFold } from "../eval/panel-folds.ts";
import type { PanelThread } from "../eval/panel-score.ts";
import { EmbeddingCache } from "../eval/embedding-cache.ts";
import { cachedEmbeddings } from "../eval/ending-eval.ts";

const dir = join(requireDataDir("scripts/panel-summaries.ts"), "thread-panel");
const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
const args = process.argv.slice(2).filter((a) => a !== "--fast");
const cache = process.argv.includes("--fast") ? undefined : new EmbeddingCache();
const out = args[0] ?? `/tmp/summaries-${commit}.jsonl`;
const threads = readJsonl<PanelThread>(join(dir, "threads.jsonl"));
const lines = threads.map((t, index) => {
  const thread = threadFromData({ title: t.title, comments: t.comments }, String(t.thread_id));
  const now = lastActivity(thread);
  const embeddings = cache ? cachedEmbeddings(thread, cache) : undefined;
  const report = analyzeThread(thread, { now, sensitivity: defaultConfig.sensitivity, ignoreUsers: defaultConfig.ignore.users, ...(embeddings ? { embeddings } : {}) });
  return JSON.stringify({ thread_id: t.thread_id, index, fold: panelFold(index), summary: summaryMarkdown(thread, report, now) });
});
writeFileSync(out, lines.join("\n") + "\n");
console.log(`${threads.length} summaries → ${out}`);
