// One thread size, measured in its own process: full analysis (cold first call, then warm runs
// without a memo cache), the summary render, peak RSS, and the same bodies through the naive
// compromise design and the AFINN/VADER lexicons. Run: node --import tsx bench/size-case.ts <n|real:i>
import { analyzeThread } from "../src/analysis/index.ts";
import { renderSummary } from "../src/render/summary.ts";
import type { Thread } from "../src/thread/model.ts";
import { emitResult, isMain } from "./child.ts";
import { countWords, generateThread, longestRealThreads, nowAfter } from "./generate-threads.ts";
import { lexiconBaselines } from "./lexicon-baselines.ts";
import { naiveThread } from "./naive.ts";
import { peakRssMb, rssMb, timed, timedCpu } from "./timing.ts";

export interface SizeCaseResult {
  name: string;
  comments: number;
  words: number;
  source: string;
  rssBeforeMb: number;
  /** First analysis in this process (includes JIT warm-up). */
  firstMs: number;
  /** Median of the warm runs (fresh memo cache each time, so every comment is read). */
  warmMs: number;
  /** CPU time of the median-wall warm run (less sensitive to other load on the machine). */
  warmCpuMs: number;
  warmRuns: number;
  renderMs: number;
  /** Peak RSS of the process after the analysis runs (before the naive/lexicon runs). */
  peakRssMb: number;
  naive: { ms: number; extrapolated: boolean; sampleComments: number };
  lexicons: { name: string; ms: number }[];
}

export interface SizeCaseOptions {
  /** Most comments the naive design really runs on; beyond, it is extrapolated by words. */
  naiveLimit?: number;
  warmRuns?: number;
}

function caseThread(spec: string): { name: string; thread: Thread; source: string } {
  if (spec.startsWith("real:")) {
    const real = longestRealThreads(3)[Number(spec.slice(5))];
    if (!real) throw new Error(`no real thread ${spec}`);
    return { name: real.name, thread: real.thread, source: "real thread" };
  }
  const n = Number(spec);
  const g = generateThread(n, { seed: 7 });
  return { name: `${n} comments`, thread: g.thread, source: g.source === "real" ? "sampled real comments" : "composed text" };
}

export function measureSize(spec: string, options: SizeCaseOptions = {}): SizeCaseResult {
  const { name, thread, source } = caseThread(spec);
  const bodies = thread.comments.map((c) => c.body);
  const words = bodies.reduce((a, b) => a + countWords(b), 0);
  const now = nowAfter(thread);
  const rssBeforeMb = rssMb();

  const first = timed(() => analyzeThread(thread, { now }));
  const runs = options.warmRuns ?? (thread.comments.length <= 100 ? 7 : thread.comments.length <= 1000 ? 3 : 1);
  const warm: { ms: number; cpuMs: number }[] = [];
  for (let i = 0; i < runs; i++) warm.push(timedCpu(() => analyzeThread(thread, { now, cache: new Map() })));
  warm.sort((a, b) => a.ms - b.ms);
  const mid = warm[Math.floor((warm.length - 1) / 2)];
  const render = timed(() => renderSummary(first.value, thread, { now }));
  const peak = peakRssMb();

  const limit = options.naiveLimit ?? 1000;
  naiveThread(bodies.slice(0, 3)); // warm-up: compromise's first call compiles its lexicon
  const sample = bodies.slice(0, limit);
  const naive = timed(() => naiveThread(sample));
  const sampleWords = sample.reduce((a, b) => a + countWords(b), 0);
  const extrapolated = sample.length < bodies.length;
  const naiveMs = extrapolated ? (naive.ms * words) / Math.max(1, sampleWords) : naive.ms;

  const lexicons = lexiconBaselines.map((b) => {
    b.run(bodies.slice(0, 3));
    return { name: b.name, ms: timed(() => b.run(bodies)).ms };
  });

  return {
    name,
    comments: thread.comments.length,
    words,
    source,
    rssBeforeMb,
    firstMs: first.ms,
    warmMs: mid.ms,
    warmCpuMs: mid.cpuMs,
    warmRuns: runs,
    renderMs: render.ms,
    peakRssMb: peak,
    naive: { ms: naiveMs, extrapolated, sampleComments: sample.length },
    lexicons,
  };
}

if (isMain(import.meta.url)) emitResult(measureSize(process.argv[2] ?? "100", { naiveLimit: process.argv[3] ? Number(process.argv[3]) : undefined }));
