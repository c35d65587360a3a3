// Workload for CPU profiling: analyses a generated thread a few times without a memo cache.
// Run: node --cpu-prof --cpu-prof-dir=DIR --import tsx bench/profile-target.ts [comments]
import { analyzeThread } from "../src/analysis/index.ts";
import { generateThread, nowAfter } from "./generate-threads.ts";
import { timed } from "./timing.ts";

const n = Number(process.argv[2] ?? 300);
const { thread, words } = generateThread(n, { seed: 7 });
const now = nowAfter(thread);
analyzeThread(thread, { now });
const runs = 3;
const { ms } = timed(() => {
  for (let i = 0; i < runs; i++) analyzeThread(thread, { now, cache: new Map() });
});
console.log(JSON.stringify({ comments: n, words, msPerRun: ms / runs, wordsPerSecond: Math.round((words * runs * 1000) / ms) }));
