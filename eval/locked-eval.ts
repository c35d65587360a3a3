// Evaluation section: heat as GitHub really sounds (issue 18). Comments of issues locked as too
// heated (../shared/data/locked-issues), cross-validated by repository (eval/locked-folds.ts): per
// stage (fast model, sentence-embedding regression, their mean, stacked) the held-out AUROC and the
// flag's precision / recall at the threshold each fold chose on its training side, then recall per
// TBDF kind. `npm run eval locked` runs it alone; `-v` lists the held-out misses per kind.
// Embeddings come from the cache outside the repo (npm run embed:cache fills it).
import { pathToFileURL } from "node:url";
import { requireDataDir } from "./data.ts";
import type { EvalSection } from "./section.ts";
import { toSample } from "../src/analysis/heat/tone/trainer.ts";
import { loadToneSets } from "./tone-data.ts";
import type { ToneExample } from "./tone-data.ts";
import { embeddingsOf } from "./tone-embedding-data.ts";
import { REPO_FOLDS, runRepoFolds, STAGES, TARGET_PRECISION } from "./locked-folds.ts";
import type { FoldModels, LockedHeldOut, Stage } from "./locked-folds.ts";
import { auroc, countsAt, metricsOf } from "./tone-metrics.ts";

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "–");
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "–");
const NAME: Record<Stage, string> = { fast: "fast model", second: "embedding LR", mean: "mean of the two", stacked: "stacked" };

/** Held-out scores of every locked-issues comment under repository CV (shared with the thread evaluation). */
export async function lockedHeldOut(
  dataDir: string,
  log: (s: string) => void = () => {},
): Promise<{ ex: ToneExample[]; held: LockedHeldOut[]; models: FoldModels[] }> {
  const ex = loadToneSets(dataDir);
  const samples = ex.map((e) => toSample(e.prose, e.label, 1, e.group, e.set));
  const vectors = await embeddingsOf(ex, log);
  const { held, models } = runRepoFolds(ex, samples, vectors, (f) => log(`locked-issues: fold ${f} done`));
  return { ex, held, models };
}

export function lockedTables(ex: ToneExample[], held: LockedHeldOut[], verbose = false): string {
  const y = held.map((h) => ex[h.index].label);
  const flags = (st: Stage) => held.map((h) => h[st] >= h.cut[st]);
  const rows = STAGES.map((st) => {
    const c = countsAt(flags(st), y);
    const m = metricsOf(c);
    return `| ${NAME[st]} | ${f3(auroc(held.map((h) => h[st]), y))} | ${f2(m.precision)} | ${f2(m.recall)} | ${c.tp + c.fp} |`;
  });
  const kinds = new Map<string, number[]>();
  held.forEach((h, k) => {
    const kind = ex[h.index].kind;
    if (ex[h.index].label === 1 && kind) kinds.set(kind, [...(kinds.get(kind) ?? []), k]);
  });
  const kindRows = [...kinds.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([kind, ks]) => `| ${kind} | ${ks.length} | ${STAGES.map((st) => f2(ks.filter((k) => flags(st)[k]).length / ks.length)).join(" | ")} |`);
  let misses = "";
  if (verbose) {
    const fl = flags("mean");
    for (const [kind, ks] of kinds) {
      misses += `\n${kind}:\n` + ks.filter((k) => !fl[k]).slice(0, 6).map((k) => `  - ${ex[held[k].index].prose.slice(0, 140).replace(/\s+/g, " ")}`).join("\n");
    }
  }
  const pos = y.filter((v) => v === 1).length;
  return (
    `${held.length} held-out comments (${pos} uncivil, ${((100 * pos) / held.length).toFixed(0)}%), ${REPO_FOLDS} folds by repository. ` +
    `Flags at the threshold each fold chose on its training side's out-of-fold locked-issues scores (lowest reaching precision ${TARGET_PRECISION}).\n\n` +
    `| stage | AUROC | flag precision | flag recall | flags |\n|---|---|---|---|---|\n${rows.join("\n")}\n\n` +
    `Recall per TBDF kind (held-out uncivil comments):\n\n| kind | n | ${STAGES.map((s) => NAME[s]).join(" | ")} |\n|---|---|${STAGES.map(() => "---|").join("")}\n${kindRows.join("\n")}\n` +
    misses
  );
}

export async function run(dataDir: string): Promise<EvalSection[]> {
  const { ex, held } = await lockedHeldOut(dataDir, (s) => console.error(s));
  return [{ title: "Heat on locked GitHub issues, by repository (issue 18)", markdown: lockedTables(ex, held, process.argv.includes("-v")) }];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = requireDataDir("eval/locked-eval.ts");
  const [s] = await run(dir);
  console.log(s.markdown);
}
