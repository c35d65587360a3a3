// `npm run eval`: runs every evaluation section against ../shared/data, prints it and
// writes docs/evaluation.md. Each section is a module exporting `run(dataDir)`.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { requireDataDir } from "./data.ts";

import type { EvalSection } from "./section.ts";

/** docs/evaluation.md from this line on is written by people, and kept by every run. */
const HAND_WRITTEN = "<!-- hand-written below: npm run eval keeps everything from this line on -->";

const dataDir = requireDataDir("npm run eval");
const only = process.argv.slice(2);
const modules: Record<string, () => Promise<{ run: (dataDir: string) => Promise<EvalSection[]> }>> = {
  tone: () => import("./tone-eval.ts"),
  thread: () => import("./thread-eval.ts"),
  panel: () => import("./panel-eval.ts"),
  items: () => import("./item-eval.ts"),
  digest: () => import("./digest-eval.ts"),
  embedding: () => import("./tone-embedding-eval.ts"),
  heat: () => import("./heat-thread-eval.ts"),
  endings: () => import("./ending-eval.ts"),
};

const sections: EvalSection[] = [];
for (const [name, load] of Object.entries(modules)) {
  if (only.length && !only.includes(name)) continue;
  const mod = await load();
  for (const s of await mod.run(dataDir)) {
    sections.push(s);
    console.log(`\n## ${s.title}\n\n${s.markdown}`);
  }
}

if (!only.length) {
  // What people wrote below the marker (readers' judgements, notes on how a rule was chosen) is
  // not made by any section: it is carried over as it is.
  const docUrl = new URL("../docs/evaluation.md", import.meta.url);
  const previous = existsSync(docUrl) ? readFileSync(docUrl, "utf8") : "";
  const at = previous.indexOf(HAND_WRITTEN);
  const kept = at === -1 ? "" : `\n${previous.slice(at).trimEnd()}\n`;
  const doc =
    `# Evaluation\n\nMade by \`npm run eval\` on ${new Date().toISOString().slice(0, 10)} ` +
    `(Node ${process.version}, ${process.platform}/${process.arch}). Data: \`../shared/data\` (read at run time, never copied).\n\n` +
    sections.map((s) => `## ${s.title}\n\n${s.markdown}\n`).join("\n");
  writeFileSync(docUrl, doc + kept);
  console.log("\nwritten: docs/evaluation.md");
}
