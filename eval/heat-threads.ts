// Thread-level heat replays for issue 18: a thread is replayed comment by comment, and after each
// comment we ask whether the app would post a pause note now (the escalation nudge at default
// settings, from minComments on). Used on locked-issues threads (how soon after the first uncivil
// turn the note comes), on calm-threads (any note is a false alarm) and on the thread panel.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { analyzeThread, humanComments } from "../src/analysis/report.ts";
import type { CommentFeatures } from "../src/analysis/comment-features.ts";
import { embeddingRequests } from "../src/analysis/heat/embedding/requests.ts";
import type { SecondStageModel } from "../src/analysis/heat/embedding/second-stage.ts";
import type { ToneModel } from "../src/analysis/heat/tone/model.ts";
import { shouldNudgeEscalation } from "../src/coach/policy.ts";
import { threadFromData } from "../src/cli/thread-json.ts";
import { defaultConfig } from "../src/config/schema.ts";
import type { Thread } from "../src/thread/model.ts";
import { loadSentenceEncoder } from "../src/embedding/sentence-encoder.ts";
import { readJsonl } from "./data.ts";
import { EmbeddingCache } from "./embedding-cache.ts";

export interface RawComment {
  author?: string | null;
  text?: string | null;
  createdAt?: string | null;
  created_at?: string | null;
  timestamp?: string | null;
  uncivil?: number | null;
  tbdf?: string | null;
}
export interface RawThread {
  thread_id: string;
  title?: string;
  repo?: string;
  target?: string;
  comments: RawComment[];
}

/** A data set's thread as the app sees it: missing authors become distinct anonymous people, missing times one minute apart. */
export function toThread(t: RawThread): Thread {
  const comments = t.comments.map((c, i) => ({
    author: c.author || `anon-${i}`,
    text: c.text ?? "",
    createdAt: c.createdAt ?? c.created_at ?? c.timestamp ?? new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
  }));
  if (!comments.some((c) => c.text.trim())) comments[0].text = "(empty)";
  return threadFromData({ title: t.title, comments }, String(t.thread_id));
}

export function loadThreads(dataDir: string, folder: string): RawThread[] {
  const file = join(dataDir, folder, "threads.jsonl");
  return existsSync(file) ? readJsonl<RawThread>(file) : [];
}

/** How a replay scores tone: the committed models unless given; embeddings (the full model) or the fast stage alone. */
export interface Scoring {
  toneModel?: ToneModel;
  secondStage?: SecondStageModel;
  /** Embeddings by embeddingKey for the thread's comments; absent: fast stage alone. */
  embeddings?: ReadonlyMap<string, ArrayLike<number>>;
}

/** Comment positions (0-based, in thread order) after which the app would post a pause note. */
export function pauseNotesAfter(thread: Thread, scoring: Scoring): number[] {
  const cache = new Map<string, CommentFeatures>();
  const out: number[] = [];
  for (let n = defaultConfig.minComments; n <= thread.comments.length; n++) {
    const prefix: Thread = { ...thread, comments: thread.comments.slice(0, n) };
    const last = prefix.comments[n - 1];
    const report = analyzeThread(prefix, {
      now: new Date(last.createdAt),
      sensitivity: defaultConfig.sensitivity,
      cache,
      toneModel: scoring.toneModel,
      secondStage: scoring.secondStage,
      embeddings: scoring.embeddings,
    });
    if (shouldNudgeEscalation(report, defaultConfig)) out.push(n - 1);
  }
  return out;
}

/** Embeddings of every comment of these threads any replay may read (from the cache outside the repo; missing ones computed). */
export async function threadEmbeddings(threads: readonly Thread[]): Promise<Map<string, Float32Array>[]> {
  const cache = new EmbeddingCache();
  const requests = threads.map((t) => {
    const people = humanComments(t);
    // every comment may be among the latest turns of some prefix
    return people.flatMap((_, i) => embeddingRequests(people.slice(i, i + 1)));
  });
  const missing = [...new Set(requests.flat().map((r) => r.input).filter((x) => !cache.get(x)))];
  if (missing.length) {
    console.error(`embedding ${missing.length} thread comments not in the cache …`);
    const encoder = await loadSentenceEncoder();
    for (let i = 0; i < missing.length; i += 256) {
      const chunk = missing.slice(i, i + 256);
      const vectors = await encoder.embed(chunk);
      cache.add(chunk.map((input, j) => ({ input, vector: vectors[j] })));
    }
  }
  return requests.map((rs) => new Map(rs.map((r) => [r.key, cache.get(r.input)!])));
}

/** Embeddings of encoder inputs (from the cache outside the repo; missing ones computed and added). */
export async function embedInputs(inputs: readonly string[]): Promise<Map<string, Float32Array>> {
  const cache = new EmbeddingCache();
  const missing = [...new Set(inputs.filter((x) => x && !cache.get(x)))];
  if (missing.length) {
    const encoder = await loadSentenceEncoder();
    const vectors = await encoder.embed(missing);
    cache.add(missing.map((input, j) => ({ input, vector: vectors[j] })));
  }
  return new Map(inputs.filter(Boolean).map((x) => [x, cache.get(x)!]));
}
