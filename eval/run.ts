// `npm run eval`: runs every evaluation section against ../shared/data, prints it and
// writes docs/evaluation.md. Each section is a module exporting `run(dataDir)`.
import { writeFileSync } from "node:fs";
import { requireDataDir } from "./data.ts";

import type { EvalSection } from "./section.ts";

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
  const doc =
    `# Evaluation\n\nMade by \`npm run eval\` on ${new Date().toISOString().slice(0, 10)} ` +
    `(Node ${process.version}, ${process.platform}/${process.arch}). Data: \`../shared/data\` (read at run time, never copied).\n\n` +
    sections.map((s) => `## ${s.title}\n\n${s.markdown}\n`).join("\n");
  writeFileSync(new URL("../docs/evaluation.md", import.meta.url), doc);
  console.log("\nwritten: docs/evaluation.md");
}
