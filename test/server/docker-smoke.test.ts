// The image's own commands, run outside Docker (no engine here or in CI): the production
// install (`npm ci --omit=dev` into a copy of the build context), the CMD with the image's ENV,
// the HEALTHCHECK, and a clean stop. scripts/docker-smoke.ts does the work; this runs it.
import { execFile } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("Docker image commands, outside Docker", () => {
  it("installs production dependencies, starts, passes its health check and stops on SIGTERM", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", join(root, "scripts", "docker-smoke.ts")], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
      timeout: 240_000,
    });
    expect(stdout).toMatch(/npm ci --omit=dev/);
    expect(stdout).not.toMatch(/FAILED/);
  }, 300_000);
});
