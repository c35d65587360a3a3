// `common-ground analyze <thread.json | owner/repo#N | URL | ->`: analyse one thread and print
// the report as Markdown (default) or JSON, or the coaching comment the app would post (`comment`).
import { parseArgs } from "node:util";
import { createThreadEmbedder } from "../embedding/thread-embedder.ts";
import { analyzeThread, humanComments } from "../analysis/report.ts";
import type { ThreadReport } from "../analysis/types.ts";
import { defaultConfig, type Config } from "../config/schema.ts";
import type { Thread } from "../thread/model.ts";
import { CliError, EXIT_OK, EXIT_USAGE, write, type CliIO } from "./io.ts";
import { loadLiveThread, parseThreadLocator } from "./live-thread.ts";
import { composeSummary } from "../coach/answers.ts";
import { renderSummary } from "../render/summary.ts";
import { neutralizeMentions } from "../render/mentions.ts";
import { readText, sourceName } from "./read-text.ts";
import { threadFromJsonText } from "./thread-json.ts";
import { readConfigFile } from "./config-file.ts";
import { wouldPost } from "./would-post.ts";

export async function analyzeCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string", default: "markdown" }, now: { type: "string" }, config: { type: "string" } },
  });
  if (positionals.length !== 1) throw new CliError("analyze needs exactly one thread: a .json file, owner/repo#N, a URL, or - for stdin", EXIT_USAGE);
  const format = values.format;
  if (format !== "markdown" && format !== "json" && format !== "comment") throw new CliError(`--format must be markdown, json or comment, not "${format}"`, EXIT_USAGE);
  const nowArg = values.now === undefined ? undefined : parseNow(values.now);
  const config = values.config ? await readConfigFile(values.config, io) : defaultConfig;

  const source = positionals[0];
  const locator = source === "-" || source.endsWith(".json") ? undefined : parseThreadLocator(source);
  const thread = locator ? await loadLiveThread(locator, io.env) : await threadFromSource(source, io);
  const now = nowArg ?? (locator ? io.now() : lastActivity(thread));

  // The full tone model: the latest turns are embedded for the second stage (fast stage alone if the encoder cannot load).
  const embedder = createThreadEmbedder({ warn: (msg) => void write(io.stderr, `${msg}\n`) });
  const embeddings = await embedder.embed(humanComments(thread, config.ignore.users));
  const report = analyzeThread(thread, { now, sensitivity: config.sensitivity, ignoreUsers: config.ignore.users, embeddings });
  const output =
    format === "json"
      ? `${JSON.stringify(jsonOutput(thread, report, now, config), null, 2)}\n`
      : format === "comment"
        ? wouldPost(thread, report, config, now)
        : summaryMarkdown(thread, report, now);
  await write(io.stdout, output);
  return EXIT_OK;
}

async function threadFromSource(source: string, io: CliIO): Promise<Thread> {
  const text = await readText(source, io.stdin);
  try {
    return threadFromJsonText(text, sourceName(source));
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

function parseNow(value: string): Date {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new CliError(`--now must be an ISO-8601 time such as 2024-05-01T12:00:00Z, not "${value}"`, EXIT_USAGE);
  return new Date(time);
}

/** The moment right after the last comment: the file's own "now". */
export function lastActivity(thread: Thread): Date {
  const times = thread.comments.map((c) => Date.parse(c.createdAt)).filter((t) => !Number.isNaN(t));
  return new Date(times.length ? Math.max(...times) : 0);
}

/** The app's own summary (what `/summarize` posts), under the thread's title. */
export function summaryMarkdown(thread: Thread, report: ThreadReport, now: Date): string {
  const title = neutralizeMentions((thread.title || "Untitled thread").replace(/\s+/g, " ").trim());
  return `## ${title}\n\n${renderSummary(composeSummary(report, thread, now)).trimEnd()}\n`;
}

function jsonOutput(thread: Thread, report: ThreadReport, now: Date, config: Config) {
  return {
    thread: { kind: thread.kind, title: thread.title, url: thread.url, comments: thread.comments.length },
    now: now.toISOString(),
    sensitivity: config.sensitivity,
    report,
  };
}
