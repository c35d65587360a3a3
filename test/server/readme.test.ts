// The README's promises: exactly two set-up commands that exist, the CLI invocation it shows
// works from the repo, every src/ folder is described, placeholders for figures are there.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./server-process.ts";

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));

function section(title: string): string {
  const start = readme.indexOf(`## ${title}\n`);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf("\n## ", start + 4);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe("README", () => {
  it("Quick start has exactly two set-up commands: install-and-start, and the test command CI runs", () => {
    const quick = section("Quick start");
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(quick)![1];
    const commands = firstBlock.split("\n").filter((l) => l.trim() && !l.trim().startsWith("#"));
    expect(commands).toEqual(["npm ci && npm start", "npm test"]);
    expect(pkg.scripts.start).toBeTruthy();
    expect(pkg.scripts.test).toBeTruthy();
    expect(readFileSync(join(repoRoot, ".ci/run"), "utf8")).toMatch(/^npm test$/m);
  });

  it("shows the CLI as node bin/common-ground.js with example files that exist, and warns against npx", () => {
    const shown = [...readme.matchAll(/node bin\/common-ground\.js analyze (examples\/[\w.-]+\.json)/g)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(0);
    for (const file of shown) expect(existsSync(join(repoRoot, file)), file).toBe(true);
    expect(readme).not.toMatch(/^\s*npx common-ground/m);
    expect(pkg.bin["common-ground"]).toBe("bin/common-ground.js");
  });

  it("describes every folder of src/ in the layout section", () => {
    const layout = section("Layout of `src/`");
    const folders = readdirSync(join(repoRoot, "src")).filter((f) => statSync(join(repoRoot, "src", f)).isDirectory());
    for (const folder of folders) expect(layout, folder).toContain(`\`${folder}/\``);
  });

  it("documents the server variables Probot honours, and keeps sections for the figures", () => {
    for (const name of ["APP_ID", "PRIVATE_KEY", "WEBHOOK_SECRET", "PORT", "HOST", "GHE_HOST", "GHE_PROTOCOL"]) expect(readme).toContain(`\`${name}\``);
    for (const title of ["Performance", "Evaluation", "Privacy", "Configuration"]) section(title);
  });
});
