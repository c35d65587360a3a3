// Workload for CPU profiling, one of:
//   full N         after a warm-up on other text, analyse a generated N-comment thread on first sight
//   incremental N  analyse it once with a cache, then 30 events of one new comment each
//   hostile NAME   analyse a thread holding one 65,536-character hostile comment ten times
// Run: node --cpu-prof --cpu-prof-dir=DIR --import tsx bench/profile-target.ts MODE ARG
import { analyzeThread, type CommentFeatures } from "../src/analysis/index.ts";
import type { Thread } from "../src/thread/model.ts";
import { benchComment, bodyStream, generateThread, nowAfter } from "./generate-threads.ts";
import { hostileBodies } from "./hostile-inputs.ts";
import { timed } from "./timing.ts";

const [mode = "full", arg = "300"] = process.argv.slice(2);

function full(n: number): void {
  const other = generateThread(300, { seed: 1234, source: "other" }).thread;
  analyzeThread(other, { now: nowAfter(other) });
  const { thread } = generateThread(n, { seed: 7 });
  analyzeThread(thread, { now: nowAfter(thread) });
}

function incremental(n: number): void {
  let thread: Thread = generateThread(n, { seed: 7 }).thread;
  const cache = new Map<string, CommentFeatures>();
  analyzeThread(thread, { now: nowAfter(thread), cache });
  // New comments continue the thread's own text stream: bodies the process has not read yet.
  const bodies = bodyStream({ seed: 7 });
  for (let i = 0; i < thread.comments.length; i++) bodies.next();
  for (let e = 0; e < 30; e++) {
    const minute = (Date.parse(thread.comments[thread.comments.length - 1].createdAt) - Date.parse(thread.comments[0].createdAt)) / 60_000 + 3;
    thread = { ...thread, comments: [...thread.comments, benchComment(thread.comments.length, bodies.next(), `dev-${e % 9}`, minute)] };
    analyzeThread(thread, { now: nowAfter(thread), cache });
  }
}

function hostile(name: string): void {
  const body = hostileBodies().find((b) => b.name === name)?.body;
  if (!body) throw new Error(`no hostile body named ${name}`);
  const base = generateThread(2, { seed: 3 }).thread;
  const thread: Thread = { ...base, comments: [base.comments[0], benchComment(1, body, "mallory", 5)] };
  for (let i = 0; i < 10; i++) analyzeThread(thread, { now: nowAfter(thread), cache: new Map() });
}

const { ms } = timed(() => (mode === "incremental" ? incremental(Number(arg)) : mode === "hostile" ? hostile(arg) : full(Number(arg))));
console.log(JSON.stringify({ mode, arg, ms: Math.round(ms) }));
