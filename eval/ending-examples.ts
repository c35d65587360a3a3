// Training and evaluation rows for the ending reader: for every labelled thread, the reader's
// input for each of its latest comments (src/analysis/ending/features.ts) with the label "this is
// the comment to cite for where it stands" (the labelled outcome, one as good, or the answer).
// Embeddings come from the evaluation cache (npm run embed:cache).
import { analyzeComment } from "../src/analysis/comment-features.ts";
import { endingCandidates, endingFeatures } from "../src/analysis/ending/features.ts";
import { embeddingInput } from "../src/analysis/heat/embedding/input.ts";
import { analyzeThread, humanComments } from "../src/analysis/report.ts";
import { lastActivity } from "../src/cli/analyze.ts";
import { defaultConfig } from "../src/config/schema.ts";
import { cleanMarkdown } from "../src/thread/clean.ts";
import type { EmbeddingCache } from "./embedding-cache.ts";
import { cachedEmbeddings } from "./ending-eval.ts";
import { type EndingThread, rightComments } from "./ending-labels.ts";

export interface EndingRow {
  thread: string;
  /** 1-based comment number in the thread. */
  n: number;
  x: Float64Array;
  y: number;
}

/** Rows for one thread (its latest comments that have an embedding). */
export function endingRows(t: EndingThread, cache: EmbeddingCache): EndingRow[] {
  const now = lastActivity(t.thread);
  const comments = humanComments(t.thread, defaultConfig.ignore.users);
  const embeddings = cachedEmbeddings(t.thread, cache);
  const report = analyzeThread(t.thread, { now, sensitivity: defaultConfig.sensitivity, ignoreUsers: defaultConfig.ignore.users, embeddings, endingModel: null });
  const features = comments.map((c) => analyzeComment(c, { sensitivity: defaultConfig.sensitivity }));
  const right = rightComments(t);
  const rows: EndingRow[] = [];
  for (const i of endingCandidates(comments)) {
    const input = embeddingInput(cleanMarkdown(comments[i].body ?? "").prose);
    const v = input ? cache.get(input) : undefined;
    if (!v) continue;
    const n = t.thread.comments.indexOf(comments[i]) + 1;
    rows.push({ thread: t.id, n, x: endingFeatures(comments, features, report, i, v), y: right.has(n) && t.label.kind !== "none" ? 1 : 0 });
  }
  return rows;
}
