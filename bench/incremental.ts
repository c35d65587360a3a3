// The incremental event: a 1,000-comment thread this process has already analysed (memo cache
// by comment id + updatedAt, as the app keeps), then new comments arrive one per event; each
// event's analysis time is measured. Run: node --import tsx bench/incremental.ts [comments] [events]
import { analyzeThread, type CommentFeatures } from "../src/analysis/index.ts";
import type { Thread } from "../src/thread/model.ts";
import { emitResult, isMain } from "./child.ts";
import { benchComment, bodyStream, generateThread, nowAfter } from "./generate-threads.ts";
import { median, timed, timedCpu } from "./timing.ts";

export interface IncrementalResult {
  comments: number;
  /** Analysis of the whole thread with an empty cache (the first event this process sees). */
  coldMs: number;
  /** Same thread again, every comment cached (a re-delivered event). */
  unchangedMs: number;
  events: number;
  /** Per new-comment event. */
  medianMs: number;
  /** CPU time of the events (all threads of the process), median. */
  medianCpuMs: number;
  maxMs: number;
  samplesMs: number[];
}

export function measureIncremental(size = 1000, events = 15): IncrementalResult {
  const { thread } = generateThread(size, { seed: 7 });
  const cache = new Map<string, CommentFeatures>();
  const cold = timed(() => analyzeThread(thread, { now: nowAfter(thread), cache }));
  for (let i = 0; i < 2; i++) analyzeThread(thread, { now: nowAfter(thread), cache }); // JIT warm, all cached
  const unchanged = timed(() => analyzeThread(thread, { now: nowAfter(thread), cache }));

  // New comments continue the thread's own text stream: bodies the process has not read yet.
  const bodies = bodyStream({ seed: 7 });
  for (let i = 0; i < thread.comments.length; i++) bodies.next();
  let current: Thread = thread;
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let e = 0; e < events; e++) {
    const last = current.comments[current.comments.length - 1];
    const minute = (Date.parse(last.createdAt) - Date.parse(current.comments[0].createdAt)) / 60_000 + 3;
    const next = benchComment(current.comments.length, bodies.next(), `dev-${e % 9}`, minute);
    current = { ...current, comments: [...current.comments, next] };
    const t = timedCpu(() => analyzeThread(current, { now: nowAfter(current), cache }));
    samples.push(t.ms);
    cpu.push(t.cpuMs);
  }
  return { comments: size, coldMs: cold.ms, unchangedMs: unchanged.ms, events, medianMs: median(samples), medianCpuMs: median(cpu), maxMs: Math.max(...samples), samplesMs: samples };
}

if (isMain(import.meta.url)) emitResult(measureIncremental(Number(process.argv[2] ?? 1000), Number(process.argv[3] ?? 15)));
