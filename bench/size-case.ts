// One thread size, measured in its own process: the process is first warmed up on other real
// text (JIT, compromise's lexicon), then the thread is analysed on first sight (the headline figure)
// and again with an empty per-comment cache; then reading its open items' facilitator questions
// (built on first read), the summary render, peak RSS, and the same
// bodies through the naive compromise design and the AFINN/VADER lexicons.
// Run: node --import tsx bench/size-case.ts <n|real:i> [naive limit]
import { analyzeThread, type ThreadReport } from "../src/analysis/index.ts";
import { composeSummary } from "../src/coach/answers.ts";
import { renderSummary } from "../src/render/summary.ts";
import type { Thread } from "../src/thread/model.ts";
import { emitResult, isMain } from "./child.ts";
import { countWords, generateThread, longestRealThreads, nowAfter } from "./generate-threads.ts";
import { lexiconBaselines } from "./lexicon-baselines.ts";
import { naiveThread } from "./naive.ts";
import { median, peakRssMb, rssMb, timed, timedCpu } from "./timing.ts";

export interface SizeCaseResult {
  name: string;
  comments: number;
  words: number;
  source: string;
  rssBeforeMb: number;
  /** Warm-up: analysis of a thread of other text (up to 300 comments), first in the process. */
  warmupMs: number;
  /** First analysis of this thread in the warmed-up process: nothing of its text memoised yet. */
  warmMs: number;
  /** CPU time of that analysis (less sensitive to other load on the machine). */
  warmCpuMs: number;
  /** Median re-analysis with an empty per-comment cache (module-level memos, e.g. noun phrases, stay warm). */
  repeatMs: number;
  repeatRuns: number;
  renderMs: number;
  /**
   * Reading every open item's facilitator questions after the first analysis (they are built on
   * first read, with compromise): what `--format json` or an escalation nudge adds on first sight.
   */
  questions: { ms: number; items: number };
  /** Peak RSS of the process after the analysis runs (before the naive/lexicon runs). */
  peakRssMb: number;
  naive: { ms: number; extrapolated: boolean; sampleComments: number };
  /** Processes whose first-sight analysis was timed (the median is reported); 1 when absent. */
  processes?: number;
  lexicons: { name: string; ms: number }[];
}

export interface SizeCaseOptions {
  /** Most comments the naive design really runs on; beyond, it is extrapolated by words. */
  naiveLimit?: number;
  repeatRuns?: number;
  /** Skip the naive and lexicon runs (for extra processes that only time the analysis). */
  analysisOnly?: boolean;
}

/** Reads every open item's suggested questions (built on first read); returns how many questions. */
export function readAllQuestions(report: ThreadReport): number {
  return [...report.openConcerns, ...report.openQuestions].reduce((n, i) => n + i.suggestedQuestions.length, 0);
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

  const other = generateThread(Math.min(thread.comments.length, 300), { seed: 1234, source: "other" }).thread;
  const warmup = timed(() => readAllQuestions(analyzeThread(other, { now: nowAfter(other) })));
  const first = timedCpu(() => analyzeThread(thread, { now }));
  const items = first.value.openConcerns.length + first.value.openQuestions.length;
  const questions = { ms: timed(() => readAllQuestions(first.value)).ms, items };
  const runs = options.repeatRuns ?? (thread.comments.length <= 100 ? 5 : thread.comments.length <= 1000 ? 2 : 1);
  const repeats: number[] = [];
  for (let i = 0; i < runs; i++) repeats.push(timed(() => analyzeThread(thread, { now, cache: new Map() })).ms);
  const render = timed(() => renderSummary(composeSummary(first.value, thread, now)));
  const peak = peakRssMb();

  if (options.analysisOnly) {
    return { name, comments: thread.comments.length, words, source, rssBeforeMb, warmupMs: warmup.ms, warmMs: first.ms, warmCpuMs: first.cpuMs, repeatMs: median(repeats), repeatRuns: runs, renderMs: render.ms, questions, peakRssMb: peak, naive: { ms: NaN, extrapolated: false, sampleComments: 0 }, lexicons: [] };
  }
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
    warmupMs: warmup.ms,
    warmMs: first.ms,
    warmCpuMs: first.cpuMs,
    repeatMs: median(repeats),
    repeatRuns: runs,
    renderMs: render.ms,
    questions,
    peakRssMb: peak,
    naive: { ms: naiveMs, extrapolated, sampleComments: sample.length },
    lexicons,
  };
}

/** The first process's full result, with the analysis times of the median process (by first-sight wall time) and the highest peak RSS. */
export function mergeProcesses(runs: SizeCaseResult[]): SizeCaseResult {
  const byTime = [...runs].sort((a, b) => a.warmMs - b.warmMs);
  const mid = byTime[Math.floor((byTime.length - 1) / 2)];
  return { ...runs[0], warmMs: mid.warmMs, warmCpuMs: mid.warmCpuMs, repeatMs: mid.repeatMs, questions: mid.questions, peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)), processes: runs.length };
}

if (isMain(import.meta.url)) {
  const [spec = "100", limit] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  emitResult(measureSize(spec, { naiveLimit: limit ? Number(limit) : undefined, analysisOnly: process.argv.includes("--analysis-only") }));
}
