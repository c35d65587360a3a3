// Child process: how long a fresh process takes to load the analysis and run its first (and
// second) analysis of a 100-comment thread. Run: node --import tsx bench/first-analysis.ts
import { performance } from "node:perf_hooks";
import { emitResult, isMain } from "./child.ts";
import type { FirstAnalysis } from "./cold-start.ts";

export async function measureFirstAnalysis(comments = 100): Promise<FirstAnalysis> {
  let t = performance.now();
  await import("../src/analysis/nlp.ts"); // compromise, loaded as the app loads it
  const compromiseMs = performance.now() - t;
  t = performance.now();
  const { analyzeThread } = await import("../src/analysis/index.ts");
  const analysisMs = performance.now() - t;
  const importMs = performance.now(); // since this process started
  const { generateThread, nowAfter } = await import("./generate-threads.ts");
  const { thread } = generateThread(comments, { seed: 11 });
  const now = nowAfter(thread);
  t = performance.now();
  analyzeThread(thread, { now });
  const firstMs = performance.now() - t;
  t = performance.now();
  analyzeThread(thread, { now, cache: new Map() });
  const secondMs = performance.now() - t;
  return { compromiseMs, analysisMs, importMs, firstMs, secondMs, comments };
}

if (isMain(import.meta.url)) emitResult(await measureFirstAnalysis());
