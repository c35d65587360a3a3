// One line of `score --jsonl`: a comment {"id","text"} or a thread {"thread_id","comments"}
// in, {"id"|"thread_id","score","flag"} out, or {"line","error"} for a bad line. An error
// carries the record's "id" / "thread_id" too whenever the line was a JSON object with a
// usable one, so a stream of answers can be joined back to its input. An empty comment
// ("" or only whitespace) says nothing heated: score 0, flag false. With embeddings (the full
// model, score.ts batches them) a comment's tone and a thread's latest turns go through the
// second stage too; without, the fast stage alone.
import { analyzeThread, humanComments } from "../analysis/report.ts";
import { scoreProse } from "../analysis/heat/tone.ts";
import { cleanMarkdown } from "../thread/clean.ts";
import { embeddingInput } from "../analysis/heat/embedding/input.ts";
import { embeddingRequests } from "../analysis/heat/embedding/requests.ts";
import type { EmbeddingRequest } from "../analysis/heat/embedding/requests.ts";
import { refineTone } from "../analysis/heat/embedding/second-stage.ts";
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

/** A parsed input line: what to score, or the answer already (an error, an empty comment). */
export type ParsedLine =
  | { kind: "comment"; id: string | number; prose: string }
  | { kind: "thread"; threadId: string | number; thread: Thread }
  | { kind: "done"; output: ScoreOutput };

/** Scores one input line (1-based `lineNumber` for errors) with the fast stage. Never throws. */
export function scoreLine(line: string, lineNumber: number): ScoreOutput {
  return scoreParsed(parseScoreLine(line, lineNumber), lineNumber);
}

/** Reads one input line. Never throws. */
export function parseScoreLine(line: string, lineNumber: number): ParsedLine {
  const fail = (error: string): ParsedLine => ({ kind: "done", output: { line: lineNumber, error } });
  if (line.length > MAX_INPUT_BYTES) return fail(`line too long (${line.length} characters)`);
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return fail('expected a JSON object with "id" and "text", or "thread_id" and "comments"');
  const record = data as Record<string, unknown>;
  try {
    if ("thread_id" in record) return parseThread(record);
    if ("id" in record) return parseComment(record);
    return fail('missing "id" (a comment) or "thread_id" (a thread)');
  } catch (error) {
    return {
      kind: "done",
      output: {
        line: lineNumber,
        ...(isUsableId(record.id) ? { id: record.id } : {}),
        ...(isUsableId(record.thread_id) ? { thread_id: record.thread_id } : {}),
        error: (error as Error).message,
      },
    };
  }
}

/** Key of a comment line's embedding. */
const lineKey = (lineNumber: number): string => `line:${lineNumber}`;

/** What the second stage needs embedded for a parsed line (nothing for errors and empty comments). */
export function lineEmbeddingRequests(parsed: ParsedLine, lineNumber: number): EmbeddingRequest[] {
  if (parsed.kind === "comment") {
    const input = embeddingInput(parsed.prose);
    return input ? [{ key: lineKey(lineNumber), input }] : [];
  }
  if (parsed.kind === "thread") return embeddingRequests(humanComments(parsed.thread));
  return [];
}

/** Scores a parsed line; with `embeddings` (keyed as lineEmbeddingRequests asked) through the second stage too. Never throws. */
export function scoreParsed(parsed: ParsedLine, lineNumber: number, embeddings?: ReadonlyMap<string, ArrayLike<number>>): ScoreOutput {
  try {
    if (parsed.kind === "done") return parsed.output;
    if (parsed.kind === "comment") {
      const sensitivity = defaultConfig.sensitivity;
      const fast = scoreProse(parsed.prose, { sensitivity });
      const v = embeddings?.get(lineKey(lineNumber));
      const tone = v ? refineTone(fast, v, sensitivity) : fast;
      return { id: parsed.id, score: roundScore(tone.score), flag: tone.flag };
    }
    const thread = parsed.thread;
    const last = thread.comments[thread.comments.length - 1];
    const report = analyzeThread(thread, { now: new Date(last.createdAt), sensitivity: defaultConfig.sensitivity, embeddings });
    return { thread_id: parsed.threadId, score: roundScore(report.heat.score), flag: shouldNudgeEscalation(report, defaultConfig) };
  } catch (error) {
    const ids = parsed.kind === "comment" ? { id: parsed.id } : parsed.kind === "thread" ? { thread_id: parsed.threadId } : {};
    return { line: lineNumber, ...ids, error: (error as Error).message };
  }
}

function isUsableId(value: unknown): value is string | number {
  return (typeof value === "string" && value.length > 0) || (typeof value === "number" && Number.isFinite(value));
}

function checkId(value: unknown, field: string): string | number {
  if (isUsableId(value)) return value;
  throw new Error(`"${field}" must be a non-empty string or a number`);
}

function parseComment(record: Record<string, unknown>): ParsedLine {
  const id = checkId(record.id, "id");
  const text = record.text;
  if (typeof text !== "string") throw new Error(`id ${JSON.stringify(id)}: missing "text" (a string)`);
  if (text.length > MAX_TEXT_CHARS) throw new Error(`id ${JSON.stringify(id)}: "text" too long (${text.length} characters; GitHub allows ${MAX_TEXT_CHARS})`);
  if (!text.trim()) return { kind: "done", output: { id, score: 0, flag: false } }; // nothing said, nothing heated
  return { kind: "comment", id, prose: cleanMarkdown(text).prose };
}

function parseThread(record: Record<string, unknown>): ParsedLine {
  const threadId = checkId(record.thread_id, "thread_id");
  const thread: Thread = threadFromData({ comments: record.comments }, `thread_id ${JSON.stringify(threadId)}`);
  return { kind: "thread", threadId, thread };
}
