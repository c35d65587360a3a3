// Reading a whole input (a file, or stdin for "-") as text, with size limits and errors
// that name the file.
import { readFile, stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { CliError } from "./io.ts";
import { MAX_INPUT_BYTES } from "./limits.ts";

/** The display name of a source: the path, or "stdin" for "-". */
export function sourceName(source: string): string {
  return source === "-" ? "stdin" : source;
}

/** Reads `source` ("-" = stdin) as UTF-8 text. Throws CliError naming the file. */
export async function readText(source: string, stdin: Readable): Promise<string> {
  if (source === "-") return readStream(stdin);
  let size: number;
  try {
    const info = await stat(source);
    if (info.isDirectory()) throw new CliError(`${source}: is a directory, expected a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `${source}: no such file` : `${source}: cannot read (${code ?? String(error)})`);
  }
  if (size > MAX_INPUT_BYTES) throw new CliError(`${source}: too large (${size} bytes; the limit is ${MAX_INPUT_BYTES})`);
  return readFile(source, "utf8");
}

async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new CliError(`stdin: too large (over ${MAX_INPUT_BYTES} bytes)`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
