// Test helper: runs the CLI's main() in this process with in-memory streams (fast; the
// process-level behaviour is covered by the tests that spawn bin/common-ground.js).
import { PassThrough, Readable } from "node:stream";
import { main } from "../../src/cli/main.ts";

export async function runMain(args: string[], input = "", env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
  stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
  const code = await main(args, { stdin: Readable.from([input]), stdout, stderr, env, now: () => new Date("2030-01-01T00:00:00Z") });
  return { code, stdout: out, stderr: err };
}
