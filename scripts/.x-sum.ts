import { analyzeThread } from "../src/analysis/report.ts";
import { lastActivity, summaryMarkdown } from "../src/cli/analyze.ts";
import { defaultConfig } from "../src/config/schema.ts";
import { requireDataDir } from "../eval/data.ts";
import { EmbeddingCache } from "../eval/embedding-cache.ts";
import { cachedEmbeddings } from "../eval/ending-eval.ts";
import { loadEndingThreads } from "../eval/ending-labels.ts";
const cache = new EmbeddingCache();
const want = process.argv.slice(2);
for (const t of loadEndingThreads(requireDataDir("x")).filter((t) => want.includes(t.id))) {
  const now = lastActivity(t.thread);
  const report = analyzeThread(t.thread, { now, sensitivity: defaultConfig.sensitivity, ignoreUsers: defaultConfig.ignore.users, embeddings: cachedEmbeddings(t.thread, cache) });
  console.log(`=== ${t.source} ${t.split} ${t.id} — label ${t.label.kind}: ${t.label.stands}\n${summaryMarkdown(t.thread, report, now)}`);
}
