// `common-ground score --jsonl`: streams JSON lines from stdin to stdout, one output line per
// input line (blank lines included), in order, in one process; a bad line becomes an error
// object, never a crash.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { CliError, EXIT_OK, EXIT_USAGE, write, type CliIO } from "./io.ts";
import { scoreLine } from "./score-line.ts";

/** Output is flushed in chunks of about this many characters. */
const FLUSH_CHARS = 64 * 1024;

export async function scoreCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { jsonl: { type: "boolean", default: false } } });
  if (!values.jsonl || positionals.length > 0) throw new CliError("usage: common-ground score --jsonl < input.jsonl", EXIT_USAGE);

  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let pending = "";
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    const result = line.trim() ? scoreLine(line, lineNumber) : { line: lineNumber, error: "empty line" };
    pending += `${JSON.stringify(result)}\n`;
    if (pending.length >= FLUSH_CHARS) {
      await write(io.stdout, pending);
      pending = "";
    }
  }
  if (pending) await write(io.stdout, pending);
  return EXIT_OK;
}
