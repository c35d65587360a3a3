// Every fast-check property in the test suite runs through assertProperty (test/support/
// property.ts), which prints its seed: a property that fails in CI can always be replayed.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const helper = join(root, "test", "support", "property.ts");

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name === "fixtures" ? [] : tsFiles(path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

describe("property tests", () => {
  it("never call fc.assert or fc.check directly (the seed would not be printed)", () => {
    const files = [...tsFiles(join(root, "test")), ...tsFiles(join(root, "bench")), ...tsFiles(join(root, "scripts"))];
    const direct = files.filter((f) => f !== helper && /\bfc\s*\.\s*(?:assert|check)\s*\(/.test(readFileSync(f, "utf8")));
    expect(direct.map((f) => relative(root, f))).toEqual([]);
    const users = files.filter((f) => readFileSync(f, "utf8").includes("assertProperty("));
    expect(users.length).toBeGreaterThanOrEqual(10);
  });
});
