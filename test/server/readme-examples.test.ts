// The README's "What it looks like" is real output of the CLI for the example threads, not prose
// written by hand: regenerate with `npm run docs:examples` when the analysis or wording changes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderedReadme } from "../../scripts/readme-examples.ts";
import { repoRoot } from "./server-process.ts";

describe("README examples", () => {
  it("match what `analyze` prints for the example threads (run `npm run docs:examples` if not)", async () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    const fresh = await renderedReadme(readme);
    expect(fresh === readme, "README.md examples are stale: run `npm run docs:examples`").toBe(true);
    expect(readme).toMatch(/<!-- example-nudge:start -->\n> \*\*/);
  }, 60_000);
});
