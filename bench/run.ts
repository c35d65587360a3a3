// `npm run bench`: every issue-5 measurement in one run, each case in its own process —
// thread sizes (with the naive and lexicon baselines), the longest real threads, the
// incremental event, hostile input, cold start, the full tone model (bench/full-model.ts), GitHub
// API cost, the repository digest's refresh (issue 21) and a CPU profile — then a
// compact table on stdout and docs/performance.md. `--quick` runs small sizes only (no doc).
import { writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { ApiCostRow } from "./api-cost.ts";
import type { DigestCostRow } from "./digest-cost.ts";
import { runInChild } from "./child.ts";
import { measureColdStart } from "./cold-start.ts";
import { longestRealThreads, realCommentPool } from "./generate-threads.ts";
import type { HostileRow } from "./hostile.ts";
import { profileAnalysis, type HotSpotReport } from "./hot-spots.ts";
import type { IncrementalResult } from "./incremental.ts";
import { renderPerformanceDoc, renderTable, type BenchResults } from "./report.ts";
import { mergeProcesses, type SizeCaseResult } from "./size-case.ts";
import { renderFullModel, type FullModelResult } from "./full-model.ts";

const quick = process.argv.includes("--quick");
const sizes = quick ? [10, 100] : [10, 100, 1000, 5000];
/** Threads up to 1,000 comments go through the naive design whole; longer ones through their
 * first NAIVE_LIMIT comments, extrapolated by words (it would take minutes otherwise). */
const NAIVE_LIMIT = 500;
/** A first-sight analysis happens once per process: threads up to 1,000 comments are timed in
 * three processes (the median is kept) to damp the noise of a shared machine. */
const processesFor = (n: number) => (n <= 1000 ? 3 : 1);

const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);

async function step<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  const t0 = performance.now();
  log(`${name}…`);
  try {
    const value = await run();
    log(`${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return value;
  } catch (err) {
    log(`${name} FAILED: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const loadBefore = loadavg();
  const textSource = realCommentPool()
    ? "comment bodies drawn at run time (a seeded shuffle, each used once before any repeats) from the 1,512 real GitHub issue comments of ../shared/data/strudel (MIT); nothing is copied into the repository"
    : "../shared/data is absent: comments composed by bench/generate-threads.ts from built-in review-style sentences, code blocks, quotes and links";

  const sizeResults: SizeCaseResult[] = [];
  for (const n of sizes) {
    const r = await step(`${n} comments`, async () => {
      const full = await runInChild<SizeCaseResult>("size-case.ts", [String(n), String(Math.max(NAIVE_LIMIT, Math.min(n, 1000)))]);
      const extra: SizeCaseResult[] = [];
      for (let i = 1; i < processesFor(n); i++) extra.push(await runInChild<SizeCaseResult>("size-case.ts", [String(n), "--analysis-only"]));
      return mergeProcesses([full, ...extra]);
    });
    if (r) sizeResults.push(r);
  }
  const real: SizeCaseResult[] = [];
  const realCount = quick ? 0 : longestRealThreads(3).length;
  for (let i = 0; i < realCount; i++) {
    const r = await step(`real thread ${i + 1}`, () => runInChild<SizeCaseResult>("size-case.ts", [`real:${i}`]));
    if (r) real.push(r);
  }
  const incremental = await step("incremental event", () => runInChild<IncrementalResult>("incremental.ts", quick ? ["100", "3"] : ["1000", "15"]));
  const hostile = await step("hostile input", () => runInChild<HostileRow[]>("hostile.ts"));
  const coldStart = await step("cold start", () => measureColdStart(quick ? 1 : 3));
  const fullModel = quick ? undefined : await step("full tone model", () => runInChild<FullModelResult>("full-model.ts"));
  const apiCost = await step("API cost", () => runInChild<ApiCostRow[]>("api-cost.ts", [quick ? "10,100" : "10,100,1000"]));
  const digestCost = await step("digest refresh", () => runInChild<DigestCostRow[]>("digest-cost.ts", [quick ? "100" : "500,5000"]));
  const profiles: HotSpotReport[] = [];
  if (!quick) {
    const worstHostile = hostile?.reduce((a, b) => (b.analyzeMs > a.analyzeMs ? b : a)).name;
    const workloads: [string, string][] = [["full", "1000"], ["incremental", "1000"], ...(worstHostile ? [["hostile", worstHostile] as [string, string]] : [])];
    for (const [mode, arg] of workloads) {
      const p = await step(`CPU profile (${mode} ${arg})`, () => profileAnalysis(mode, arg));
      if (p) profiles.push(p);
    }
  }

  const results: BenchResults = {
    machine: {
      cpu: cpus()[0]?.model ?? "unknown CPU",
      cores: cpus().length,
      memoryGb: totalmem() / 1024 ** 3,
      node: process.version,
      platform: `${platform()} ${release()}`,
      loadBefore,
      loadAfter: loadavg(),
      date: new Date().toISOString(),
      command: quick ? "npm run bench -- --quick" : "npm run bench",
      textSource,
      durationS: (performance.now() - t0) / 1000,
    },
    sizes: sizeResults,
    real,
    realNote: realCount === 0 && !quick ? "Skipped: ../shared/data is not present, so there are no real threads to read." : undefined,
    incremental,
    hostile,
    coldStart,
    apiCost,
    digestCost,
    profiles,
  };

  console.log(renderTable(results));
  if (!quick) console.log(renderFullModel(fullModel));
  if (!quick) {
    const path = fileURLToPath(new URL("../docs/performance.md", import.meta.url));
    writeFileSync(path, renderPerformanceDoc(results) + renderFullModel(fullModel));
    log(`wrote ${path}`);
  }
}

await main();
