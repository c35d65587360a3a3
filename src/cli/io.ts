// What a CLI command may touch: its streams, environment and clock, passed in so the
// commands run the same in a real process and in tests.
import type { Readable, Writable } from "node:stream";

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  /** Current time (only read when the user gave no --now). */
  now: () => Date;
}

/** A failure the user can fix: printed as `common-ground: <message>` with this exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Exit codes: 0 success, 1 bad input or invalid config, 2 wrong usage. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** Writes text and waits until the stream accepted it (respects backpressure). */
export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(text, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else stream.once("drain", resolve);
  });
}
