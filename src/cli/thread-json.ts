// A thread from the simple thread JSON text, with errors that name the source and the field,
// and the CLI's limits on size (too many comments, text longer than GitHub allows).
import { threadFromSimpleJson } from "../thread/simple-thread.ts";
import type { Thread } from "../thread/model.ts";
import { MAX_COMMENTS, MAX_TEXT_CHARS } from "./limits.ts";

/** Parses and checks the JSON text of one thread. Throws an Error whose message starts with `name`. */
export function threadFromJsonText(text: string, name: string): Thread {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${name}: not valid JSON (${(error as Error).message})`);
  }
  return threadFromData(data, name);
}

/** Checks the limits, then converts with threadFromSimpleJson. Throws an Error naming `name`. */
export function threadFromData(data: unknown, name: string): Thread {
  const problem = limitProblem(data);
  if (problem) throw new Error(`${name}: ${problem}`);
  try {
    return threadFromSimpleJson(data);
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message.replace(/\n\s*/g, " ")}`);
  }
}

/** The first size problem of a thread object, if any (shape problems are left to the converter). */
function limitProblem(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return "expected a JSON object with a \"comments\" array";
  const comments = (data as { comments?: unknown }).comments;
  if (!Array.isArray(comments)) return "missing \"comments\": an array of {\"author\", \"text\"}";
  if (comments.length === 0) return "\"comments\" is empty: the first comment is the opening post";
  if (comments.length > MAX_COMMENTS) return `too many comments (${comments.length}; the limit is ${MAX_COMMENTS})`;
  let anyText = false;
  for (const [i, comment] of comments.entries()) {
    const text = (comment as { text?: unknown } | null)?.text;
    if (typeof text !== "string") continue;
    if (text.length > MAX_TEXT_CHARS) return `comments[${i}].text: too long (${text.length} characters; GitHub allows ${MAX_TEXT_CHARS})`;
    if (text.trim()) anyText = true;
  }
  const allStrings = comments.every((c) => typeof (c as { text?: unknown } | null)?.text === "string");
  if (allStrings && !anyText) return "every comment's \"text\" is empty: nothing to analyse";
  return undefined;
}
