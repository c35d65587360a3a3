// Training and evaluation rows for the ending reader: for every labelled thread, the reader's
// input for each of its latest comments (src/analysis/ending/features.ts) with the label "this is
// the comment to cite for where it stands" (the labelled outcome, one as good, or the answer).
// Embeddings come from the evaluation cache (npm run embed:cache).
import { commentCacheKey, type CommentFeatures } from "../src/analysis/comment-features.ts";
import { endingCandidates, endingFeatures } from "../src/analysis/ending/features.ts";
import { embeddingKey } from "../src/analysis/heat/embedding/requests.ts";
import { analyzeThread, humanComments } from "../src/analysis/report.ts";
import { lastActivity } from "../src/cli/analyze.ts";
import { defaultConfig } from "../src/config/schema.ts";
import type { EmbeddingCache } from "./embedding-cache.ts";
import { cachedEmbeddings } from "./ending-eval.ts";
import { type EndingThread, rightComments } from "./ending-labels.ts";
import { type AppEnding, appEnding } from "./ending-read.ts";

export interface EndingRow {
  thread: string;
  /** 1-based comment number in the thread. */
  n: number;
  x: Float64Array;
  y: number;
}

/** One labelled thread as the reader sees it: its rows (the latest comments that have an embedding),
 * and the first line the rules alone give it (the reader off). */
export function endingExample(t: EndingThread, cache: EmbeddingCache): { rows: EndingRow[]; rules: AppEnding } {
  const now = lastActivity(t.thread);
  const comments = humanComments(t.thread, defaultConfig.ignore.users);
  const embeddings = cachedEmbeddings(t.thread, cache);
  // The analysis memoises each comment's features here, so the rows read the ones it read.
  const memo = new Map<string, CommentFeatures>();
  const report = analyzeThread(t.thread, { now, sensitivity: defaultConfig.sensitivity, ignoreUsers: defaultConfig.ignore.users, embeddings, endingModel: null, cache: memo });
  const features = comments.map((c) => memo.get(commentCacheKey(c, defaultConfig.sensitivity))!);
  const right = rightComments(t);
  const rows: EndingRow[] = [];
  for (const i of endingCandidates(comments)) {
    const v = embeddings.get(embeddingKey(comments[i]));
    if (!v) continue;
    const n = t.thread.comments.indexOf(comments[i]) + 1;
    rows.push({ thread: t.id, n, x: endingFeatures(comments, features, report, i, v), y: right.has(n) && t.label.kind !== "none" ? 1 : 0 });
  }
  return { rows, rules: appEnding(report, t.thread, now) };
}
