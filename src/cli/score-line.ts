// One line of `score --jsonl`: a comment {"id","text"} or a thread {"thread_id","comments"}
// in, {"id"|"thread_id","score","flag"} out, or {"line","error"} for a bad line. An error
// carries the record's "id" / "thread_id" too whenever the line was a JSON object with a
// usable one, so a stream of answers can be joined back to its input. An empty comment
// ("" or only whitespace) says nothing heated: score 0, flag false.
import { analyzeThread } from "../analysis/report.ts";
import { scoreTone } from "../analysis/tone.ts";
import { shouldNudgeEscalation } from "../coach/policy.ts";
import { defaultConfig } from "../config/schema.ts";
import type { Thread } from "../thread/model.ts";
import { MAX_INPUT_BYTES, MAX_TEXT_CHARS } from "./limits.ts";
import { threadFromData } from "./thread-json.ts";

export type ScoreOutput =
  | { id: string | number; score: number; flag: boolean }
  | { thread_id: string | number; score: number; flag: boolean }
  | { line: number; id?: string | number; thread_id?: string | number; error: string };

/** Scores are printed with 4 decimals: enough to rank, short enough to read. */
export function roundScore(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.round(Math.min(1, Math.max(0, score)) * 1e4) / 1e4;
}

/** Scores one input line (1-based `lineNumber` for errors). Never throws. */
export function scoreLine(line: string, lineNumber: number): ScoreOutput {
  const fail = (error: string): ScoreOutput => ({ line: lineNumber, error });
  if (line.length > MAX_INPUT_BYTES) return fail(`line too long (${line.length} characters)`);
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return fail('expected a JSON object with "id" and "text", or "thread_id" and "comments"');
  const record = data as Record<string, unknown>;
  const failWithIds = (error: string): ScoreOutput => ({
    line: lineNumber,
    ...(isUsableId(record.id) ? { id: record.id } : {}),
    ...(isUsableId(record.thread_id) ? { thread_id: record.thread_id } : {}),
    error,
  });
  try {
    if ("thread_id" in record) return scoreThread(record);
    if ("id" in record) return scoreComment(record);
    return fail('missing "id" (a comment) or "thread_id" (a thread)');
  } catch (error) {
    return failWithIds((error as Error).message);
  }
}

function isUsableId(value: unknown): value is string | number {
  return (typeof value === "string" && value.length > 0) || (typeof value === "number" && Number.isFinite(value));
}

function checkId(value: unknown, field: string): string | number {
  if (isUsableId(value)) return value;
  throw new Error(`"${field}" must be a non-empty string or a number`);
}

function scoreComment(record: Record<string, unknown>): ScoreOutput {
  const id = checkId(record.id, "id");
  const text = record.text;
  if (typeof text !== "string") throw new Error(`id ${JSON.stringify(id)}: missing "text" (a string)`);
  if (text.length > MAX_TEXT_CHARS) throw new Error(`id ${JSON.stringify(id)}: "text" too long (${text.length} characters; GitHub allows ${MAX_TEXT_CHARS})`);
  if (!text.trim()) return { id, score: 0, flag: false }; // nothing said, nothing heated
  const tone = scoreTone(text, { sensitivity: defaultConfig.sensitivity });
  return { id, score: roundScore(tone.score), flag: tone.flag };
}

function scoreThread(record: Record<string, unknown>): ScoreOutput {
  const threadId = checkId(record.thread_id, "thread_id");
  const thread: Thread = threadFromData({ comments: record.comments }, `thread_id ${JSON.stringify(threadId)}`);
  const last = thread.comments[thread.comments.length - 1];
  const report = analyzeThread(thread, { now: new Date(last.createdAt), sensitivity: defaultConfig.sensitivity });
  return { thread_id: threadId, score: roundScore(report.heat.score), flag: shouldNudgeEscalation(report, defaultConfig) };
}
