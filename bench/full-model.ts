// The full tone model's costs (issue 18), in one process: the sentence encoder's load (paid by the
// first event that needs it, never at start-up), the first analysis of a 1,000-comment thread with
// the latest turns embedded, the incremental event on it (the new comment embedded, the rest from
// the memo), peak RSS at 5,000 comments with the encoder loaded, the hostile 65,536-character
// comments through both stages, and `score --jsonl` throughput with the full model and --fast
// (each a real CLI process). Run: node --import tsx bench/full-model.ts
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { analyzeThread, humanComments } from "../src/analysis/report.ts";
import type { CommentFeatures } from "../src/analysis/comment-features.ts";
import { scoreTone } from "../src/analysis/heat/tone.ts";
import { embeddingInput } from "../src/analysis/heat/embedding/input.ts";
import { refineTone } from "../src/analysis/heat/embedding/second-stage.ts";
import { cleanMarkdown } from "../src/thread/clean.ts";
import { createThreadEmbedder } from "../src/embedding/thread-embedder.ts";
import { loadSentenceEncoder } from "../src/embedding/sentence-encoder.ts";
import type { Thread } from "../src/thread/model.ts";
import { emitResult, isMain } from "./child.ts";
import { benchComment, bodyStream, generateThread, nowAfter } from "./generate-threads.ts";
import { hostileBodies } from "./hostile-inputs.ts";
import { median } from "./timing.ts";

export interface FullModelResult {
  encoderLoadMs: number;
  firstAnalysis1000Ms: number;
  incremental1000: { p50Ms: number; p95Ms: number; events: number };
  peakRss5000Mb: number;
  hostileMaxMs: number;
  hostileWorst: string;
  scoreFullPerS: number;
  scoreFastPerS: number;
}

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

function quantile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

/** Comments per second of `score --jsonl` (a real process), over `n` comment lines. */
function scoreRate(n: number, extra: string[]): Promise<number> {
  const bodies = bodyStream({ seed: 11 });
  const input = Array.from({ length: n }, (_, i) => JSON.stringify({ id: i, text: bodies.next() })).join("\n") + "\n";
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ["bin/common-ground.js", "score", "--jsonl", ...extra], { cwd: repoRoot });
    let out = 0;
    child.stdout.on("data", (d: Buffer) => (out += d.length));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 && out > 0 ? resolve(n / ((performance.now() - t0) / 1000)) : reject(new Error(`score exited ${code}`))));
    child.stdin.end(input);
  });
}

export async function measureFullModel(): Promise<FullModelResult> {
  const embedder = createThreadEmbedder();
  const { thread } = generateThread(1000, { seed: 7 });
  const cache = new Map<string, CommentFeatures>();

  // First event: the encoder loads, the latest turns are embedded, every comment is read.
  let t0 = performance.now();
  const embeddings = await embedder.embed(humanComments(thread));
  analyzeThread(thread, { now: nowAfter(thread), cache, embeddings });
  const firstAnalysis1000Ms = performance.now() - t0;
  const encoderLoadMs = (await loadSentenceEncoder()).loadMs;

  // Incremental events: one new comment each.
  const bodies = bodyStream({ seed: 7 });
  for (let i = 0; i < thread.comments.length; i++) bodies.next();
  let current: Thread = thread;
  const samples: number[] = [];
  for (let e = 0; e < 15; e++) {
    const last = current.comments[current.comments.length - 1];
    const minute = (Date.parse(last.createdAt) - Date.parse(current.comments[0].createdAt)) / 60_000 + 3;
    current = { ...current, comments: [...current.comments, benchComment(current.comments.length, bodies.next(), `dev-${e % 9}`, minute)] };
    t0 = performance.now();
    const emb = await embedder.embed(humanComments(current));
    analyzeThread(current, { now: nowAfter(current), cache, embeddings: emb });
    samples.push(performance.now() - t0);
  }

  // 5,000 comments with the encoder loaded.
  const big = generateThread(5000, { seed: 9 }).thread;
  const bigCache = new Map<string, CommentFeatures>();
  analyzeThread(big, { now: nowAfter(big), cache: bigCache, embeddings: await embedder.embed(humanComments(big)) });
  const peakRss5000Mb = process.resourceUsage().maxRSS / 1024;

  // Hostile comments through both stages.
  const encoder = await loadSentenceEncoder();
  let hostileMaxMs = 0;
  let hostileWorst = "";
  for (const { name, body } of hostileBodies()) {
    t0 = performance.now();
    const fast = scoreTone(body);
    const input = embeddingInput(cleanMarkdown(body).prose);
    if (input) refineTone(fast, (await encoder.embed([input]))[0]);
    const ms = performance.now() - t0;
    if (ms > hostileMaxMs) {
      hostileMaxMs = ms;
      hostileWorst = name;
    }
  }

  const scoreFullPerS = await scoreRate(500, []);
  const scoreFastPerS = await scoreRate(20_000, ["--fast"]);
  return {
    encoderLoadMs,
    firstAnalysis1000Ms,
    incremental1000: { p50Ms: median(samples), p95Ms: quantile(samples, 0.95), events: samples.length },
    peakRss5000Mb,
    hostileMaxMs,
    hostileWorst,
    scoreFullPerS,
    scoreFastPerS,
  };
}

if (isMain(import.meta.url)) emitResult(await measureFullModel());

/** The full-model figures against the issue-18 budget, as a Markdown section. */
export function renderFullModel(r: FullModelResult | undefined): string {
  if (!r) return "\n## The full tone model (issue 18)\n\nNot measured: the step failed (see the bench log).\n";
  const ms = (x: number) => `${Math.round(x).toLocaleString("en-US")} ms`;
  const rows: [string, string, string][] = [
    ["sentence encoder load (first event that needs it; not at start-up)", ms(r.encoderLoadMs), "(part of the first analysis)"],
    ["first analysis of a 1,000-comment thread, encoder load and latest 8 turns embedded", ms(r.firstAnalysis1000Ms), "≤ 3 s"],
    [`incremental event on it, p50 / p95 (${r.incremental1000.events} events, the new comment embedded)`, `${ms(r.incremental1000.p50Ms)} / ${ms(r.incremental1000.p95Ms)}`, "≤ 150 ms / ≤ 400 ms"],
    ["peak RSS, 5,000 comments, encoder loaded (whole process)", `${Math.round(r.peakRss5000Mb)} MB`, "≤ 450 MB"],
    [`65,536-character hostile comment through both stages, worst (${r.hostileWorst})`, ms(r.hostileMaxMs), "≤ 400 ms"],
    ["`score --jsonl`, full model (process, encoder load included, 500 comments)", `${r.scoreFullPerS.toFixed(0)} comments/s`, "≥ 25/s"],
    ["`score --jsonl --fast` (process, 20,000 comments)", `${Math.round(r.scoreFastPerS).toLocaleString("en-US")} comments/s`, "≥ 1,000/s"],
  ];
  return (
    `\n## The full tone model (issue 18)\n\nMeasured by \`bench/full-model.ts\` in one process (the CLI figures in their own processes).\n\n` +
    `| measure | value | budget |\n|---|---|---|\n${rows.map((x) => `| ${x.join(" | ")} |`).join("\n")}\n`
  );
}
