// The whole project type-checks (TypeScript strict) and keeps the one-way import rule of the
// layout (.dependency-cruiser.cjs), so `npm test` fails on either.
import { execFile } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (path: string) => join(root, "node_modules", path);

async function outcome(args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

describe("architecture", () => {
  it("type-checks with tsc --noEmit (strict)", async () => {
    const { code, output } = await outcome([bin("typescript/bin/tsc"), "--noEmit", "-p", "tsconfig.json"]);
    expect(output.trim(), output).toBe("");
    expect(code).toBe(0);
  }, 180_000);

  it("keeps the import rule: no cycles, pure layers free of I/O, arrows pointing down", async () => {
    const { code, output } = await outcome([bin("dependency-cruiser/bin/dependency-cruise.mjs"), "src", "--config", ".dependency-cruiser.cjs"]);
    expect(output).toMatch(/no dependency violations found/);
    expect(code).toBe(0);
  }, 120_000);
});
