// The Docker image installs `dependencies` only (npm ci --omit=dev): every package the app,
// the server entry and the CLI import at run time must be listed there, not in devDependencies.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./server-process.ts";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Bare package names imported for their values (type-only imports vanish at run time). */
function runtimeImports(source: string): string[] {
  const names: string[] = [];
  const pattern = /(?:^|\n)\s*(import|export)\s+(type\s+)?[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^\s*import\s+["']([^"']+)["']/gm;
  for (const match of source.matchAll(pattern)) {
    if (match[2]) continue;
    const spec = match[3] ?? match[4] ?? match[5];
    if (!spec || spec.startsWith(".") || spec.startsWith("node:")) continue;
    names.push(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]);
  }
  return names;
}

describe("runtime dependencies", () => {
  it("everything src/ and bin/ import is in package.json dependencies", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
    const allowed = new Set([...Object.keys(pkg.dependencies ?? {}), ...builtinModules]);
    const missing: string[] = [];
    const sources = [...files(join(repoRoot, "src")), ...files(join(repoRoot, "bin"))];
    expect(sources.length).toBeGreaterThan(5);
    for (const file of sources) {
      for (const name of runtimeImports(readFileSync(file, "utf8"))) {
        if (!allowed.has(name)) missing.push(`${relative(repoRoot, file)} imports ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("the import scanner sees value imports and skips type-only ones", () => {
    const sample = 'import { z } from "zod";\nimport type { X } from "vitest";\nconst m = await import("@octokit/graphql-schema/x");\nimport "tsx";';
    expect(runtimeImports(sample)).toEqual(["zod", "@octokit/graphql-schema", "tsx"]);
  });
});
