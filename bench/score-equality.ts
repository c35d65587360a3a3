// Checks that a speed change to `score --jsonl` leaves its answers alone: 500 locked-issues comments
// (../shared/data, read at run time, never copied) go through the real CLI process (its printed
// lines) and, in this process, through the CLI's own batch embedder with the unrounded scores of the
// second stage kept. `--save FILE` writes both; `--against FILE` compares with a saved run (lines
// identical, unrounded scores within 1e-6, the same flags). Run:
//   node --import tsx bench/score-equality.ts --save /tmp/before.json   (on the old code)
//   node --import tsx bench/score-equality.ts --against /tmp/before.json (on the new code)
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { findDataDir, readJsonl } from "../eval/data.ts";
import { scoreProse } from "../src/analysis/heat/tone.ts";
import { refineTone } from "../src/analysis/heat/embedding/second-stage.ts";
import { BATCH_LINES, batchEmbedder } from "../src/cli/score.ts";
import { parseScoreLine } from "../src/cli/score-line.ts";
import type { ParsedLine } from "../src/cli/score-line.ts";
import { defaultConfig } from "../src/config/schema.ts";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const SAMPLE = 500;
const TOLERANCE = 1e-6;

interface Run {
  /** The CLI's printed lines, in order. */
  lines: string[];
  /** Unrounded full-model score and flag per comment line (null: no embedding asked). */
  scores: ({ score: number; flag: boolean } | null)[];
}

/** Every 4th locked-issues comment, the first 500 of them, as `score --jsonl` input lines. */
function sampleLines(): string[] {
  const dir = findDataDir();
  if (!dir) throw new Error("score-equality needs ../shared/data (or $COMMON_GROUND_DATA)");
  const rows = readJsonl<{ id: string; text: string }>(join(dir, "locked-issues", "comments.jsonl"));
  return rows.filter((_, i) => i % 4 === 0).slice(0, SAMPLE).map((r) => JSON.stringify({ id: r.id, text: r.text }));
}

function runCli(input: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/common-ground.js", "score", "--jsonl"], { cwd: repoRoot });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => process.stderr.write(d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(out.trimEnd().split("\n")) : reject(new Error(`score exited ${code}`))));
    child.stdin.end(input);
  });
}

async function unroundedScores(lines: string[]): Promise<Run["scores"]> {
  const sink = new PassThrough();
  const embed = batchEmbedder({ stdin: new PassThrough(), stdout: sink, stderr: process.stderr, env: {}, now: () => new Date(0) });
  const parsed: { parsed: ParsedLine; lineNumber: number }[] = lines.map((line, i) => ({ parsed: parseScoreLine(line, i + 1), lineNumber: i + 1 }));
  const scores: Run["scores"] = [];
  for (let start = 0; start < parsed.length; start += BATCH_LINES) {
    const batch = parsed.slice(start, start + BATCH_LINES);
    const vectors = await embed(batch);
    for (const b of batch) {
      const v = vectors?.get(`line:${b.lineNumber}`);
      if (b.parsed.kind !== "comment" || !v) {
        scores.push(null);
        continue;
      }
      const sensitivity = defaultConfig.sensitivity;
      const tone = refineTone(scoreProse(b.parsed.prose, { sensitivity }), v, sensitivity);
      scores.push({ score: tone.score, flag: tone.flag });
    }
  }
  return scores;
}

function compare(now: Run, before: Run): boolean {
  let linesDiffer = 0;
  let flagsDiffer = 0;
  let missing = 0;
  let maxDiff = 0;
  for (let i = 0; i < Math.max(now.lines.length, before.lines.length); i++) if (now.lines[i] !== before.lines[i]) linesDiffer++;
  now.scores.forEach((s, i) => {
    const b = before.scores[i];
    if (!s || !b) {
      if (s !== b) missing++;
      return;
    }
    maxDiff = Math.max(maxDiff, Math.abs(s.score - b.score));
    if (s.flag !== b.flag) flagsDiffer++;
  });
  console.log(`CLI lines differing: ${linesDiffer} of ${before.lines.length}`);
  console.log(`unrounded scores: max |difference| ${maxDiff.toExponential(2)} (tolerance ${TOLERANCE}); flags differing ${flagsDiffer}; embedded on one side only ${missing}`);
  return linesDiffer === 0 && flagsDiffer === 0 && missing === 0 && maxDiff <= TOLERANCE;
}

const { values } = parseArgs({ options: { save: { type: "string" }, against: { type: "string" } } });
const lines = sampleLines();
const run: Run = { lines: await runCli(lines.join("\n") + "\n"), scores: await unroundedScores(lines) };
console.log(`${lines.length} locked-issues comments; ${run.scores.filter(Boolean).length} went through the second stage`);
if (values.save) writeFileSync(values.save, JSON.stringify(run));
if (values.against) {
  const same = compare(run, JSON.parse(readFileSync(values.against, "utf8")) as Run);
  console.log(same ? "same answers" : "ANSWERS CHANGED");
  process.exitCode = same ? 0 : 1;
}
