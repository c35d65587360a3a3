// Evaluation section: a second stage for tone (issue 13). The fast model side by side with a
// logistic regression on Universal Sentence Encoder lite embeddings, their mean and their
// stacked combination, over the leave-one-dataset-out and 5-fold CV splits of tone-eval.ts; the
// two-stage rule (the embedding model asked only where the fast score is uncertain); and what the
// encoder costs. `npm run eval embedding` runs this section alone. Embeddings come from the cache
// outside the repo (npm run embed:cache fills it; missing ones are computed here).
import { loadSentenceEncoder, embeddingInput } from "../src/embedding/sentence-encoder.ts";
import { scoreProse } from "../src/analysis/heat/tone.ts";
import { toSample } from "../src/analysis/heat/tone/trainer.ts";
import { inBand } from "../src/analysis/heat/embedding/combine.ts";
import type { UncertainBand } from "../src/analysis/heat/embedding/combine.ts";
import type { EvalSection } from "./section.ts";
import { loadToneSets } from "./tone-data.ts";
import type { ToneExample } from "./tone-data.ts";
import { embeddingsOf } from "./tone-embedding-data.ts";
import { cvSplits, lodoSplits, runFold } from "./tone-embedding-folds.ts";
import type { FoldFit, HeldOutScores } from "./tone-embedding-folds.ts";
import { auroc, countsAt, metricsOf } from "./tone-metrics.ts";

/** The band of fast scores sent to the second stage (the uncertain band proposed with the reworked decision). */
const BAND: UncertainBand = { low: 0.5, high: 0.96 };

const NAMES: Record<string, string> = {
  toxicr: "toxicr (distinct texts)",
  strudel: "strudel comments",
  "ferreira-gh-comments": "ferreira GitHub comments",
  "ferreira-lkml-comments": "ferreira kernel-mail comments",
  "ferreira-gh-sentences": "ferreira GitHub sentences",
  "ferreira-lkml-sentences": "ferreira kernel-mail sentences",
  "cr-counterproductive": "cr-counterproductive",
  "locked-issues": "locked-issues (groups by repository)",
};

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "–");
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "–");

type Scorer = "fast" | "second" | "mean" | "stacked" | "twoStage";

/** Score and flag of one held-out example by one scorer (flags at the fold's medium threshold). */
function scoreOf(h: HeldOutScores, fit: FoldFit, s: Scorer): { score: number; flag: boolean } {
  switch (s) {
    case "fast":
      return { score: h.fast, flag: h.fastFlag };
    case "second":
    case "mean":
    case "stacked":
      return { score: h[s], flag: h[s] >= fit.threshold[s] };
    case "twoStage":
      return inBand(h.fast, BAND) ? { score: h.stacked, flag: h.stacked >= fit.threshold.stacked } : { score: h.fast, flag: h.fastFlag };
  }
}

function cell(held: HeldOutScores[], fits: Map<string, FoldFit>, ex: ToneExample[], s: Scorer): string {
  const y = held.map((h) => ex[h.index].label);
  const r = held.map((h) => scoreOf(h, fits.get(h.fold)!, s));
  const m = metricsOf(countsAt(r.map((x) => x.flag), y));
  return `${f3(auroc(r.map((x) => x.score), y))} · ${f2(m.precision)} / ${f2(m.recall)}`;
}

function table(held: HeldOutScores[], fits: Map<string, FoldFit>, ex: ToneExample[]): string {
  const sets = [...new Set(held.map((h) => ex[h.index].set))];
  const rows = [...sets, "all"].map((set) => {
    const hs = set === "all" ? held : held.filter((h) => ex[h.index].set === set);
    const share = hs.filter((h) => inBand(h.fast, BAND)).length / hs.length;
    const cols = (["fast", "second", "mean", "stacked", "twoStage"] as Scorer[]).map((s) => cell(hs, fits, ex, s));
    return `| ${NAMES[set] ?? "all held-out comments"} | ${hs.length} | ${cols.join(" | ")} | ${f2(share)} |`;
  });
  return (
    `| held-out set | n | fast model | embedding LR | mean | stacked | two-stage | share to stage 2 |\n` +
    `|---|---|---|---|---|---|---|---|\n${rows.join("\n")}\n`
  );
}

async function cost(ex: ToneExample[]): Promise<string> {
  // a held-out mix: every 40th example of every set, as the encoder would see it
  const mix = ex.filter((_, i) => i % 40 === 0).map((e) => embeddingInput(e.prose));
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const encoder = await loadSentenceEncoder();
  const loadMs = performance.now() - t0;
  const rss1 = process.memoryUsage().rss;
  await encoder.embed(mix.slice(0, 8)); // warm-up
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  await encoder.embed(mix);
  const cpu = process.cpuUsage(c0);
  const wall = (performance.now() - w0) / 1000;
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const rss2 = process.memoryUsage().rss;
  const chars = mix.reduce((a, t) => a + t.length, 0) / mix.length;
  const fastC0 = process.cpuUsage();
  for (let k = 0; k < 20; k++) for (const e of ex.filter((_, i) => i % 40 === 0)) scoreProse(e.prose);
  const fc = process.cpuUsage(fastC0);
  const fastRate = (20 * mix.length) / ((fc.user + fc.system) / 1e6);
  const rate = mix.length / cpuS;
  const share = 0.2;
  return (
    `| | |\n|---|---|\n` +
    `| encoder load (${encoder.backend} backend${loadMs < 50 ? ", already loaded in this process" : ""}) | ${(loadMs / 1000).toFixed(2)} s |\n` +
    `| RSS added by the load in this eval process (already large; a fresh process: about +80 MB) | ${Math.round((rss1 - rss0) / 1e6)} MB (after embedding the mix: +${Math.round((rss2 - rss0) / 1e6)} MB) |\n` +
    `| embedding, held-out mix of ${mix.length} texts (mean ${Math.round(chars)} characters, cut at 512) | ${rate.toFixed(1)} comments per CPU-second (${(mix.length / wall).toFixed(1)}/s wall) |\n` +
    `| fast model (scoreProse), same texts | ${Math.round(fastRate).toLocaleString("en-US")} comments per CPU-second |\n` +
    `| \`score --jsonl\` if ${share * 100}% of comments went to stage 2 | about ${Math.round(1 / (share / rate + (1 - share) / fastRate))} comments/s (budget ≥ 200) |\n`
  );
}

export async function run(dataDir: string): Promise<EvalSection[]> {
  const ex = loadToneSets(dataDir);
  const samples = ex.map((e) => toSample(e.prose, e.label, 1, e.group, e.set));
  const vectors = await embeddingsOf(ex, (s) => console.error(s));
  const costTable = await cost(ex);
  const out: string[] = [];
  const seconds = { fast: 0, second: 0 };
  for (const [name, splits] of [
    ["Leave-one-dataset-out", lodoSplits(ex)],
    ["5-fold cross-validation", cvSplits(ex)],
  ] as const) {
    const fits = new Map<string, FoldFit>();
    const held: HeldOutScores[] = [];
    for (const s of splits) {
      const r = runFold(s.fold, ex, samples, vectors, s.train, s.test);
      fits.set(s.fold, r.fit);
      held.push(...r.held);
      seconds.fast += r.fit.trainSeconds.fast;
      seconds.second += r.fit.trainSeconds.second;
      console.error(`embedding eval: ${name} ${s.fold} done`);
    }
    const stackers = [...fits.values()].map((f) => `${f3(f.stacker.fast)} / ${f3(f.stacker.second)}`).join(", ");
    out.push(`**${name}** (stacker weights on the fast / embedding logits per fold: ${stackers})\n\n${table(held, fits, ex)}`);
  }
  const markdown =
    `The fast model (as in the sections above) beside a logistic regression on 512-d sentence embeddings of the ` +
    `Universal Sentence Encoder lite (cleaned prose, first 512 characters), trained on the same training side of each ` +
    `split with every (set, class) cell weighted equally, L2 ${"0.01"} on standardised inputs, Platt-calibrated on ` +
    `out-of-fold scores. *Mean*: the mean of the two calibrated probabilities. *Stacked*: a logistic regression on ` +
    `their logits, fitted on both models' out-of-fold scores of the training side. *Two-stage*: the stacked score ` +
    `only where the fast score lies in [${BAND.low}, ${BAND.high}), the fast score and flag elsewhere. Each cell: ` +
    `AUROC · precision / recall; flags at the medium threshold each scorer chose on the training side's out-of-fold ` +
    `scores by the fast model's rule (precision 0.85 on every set where reachable; the fast model's flag also needs a ` +
    `heating phrase). Training time over all folds: fast model ${Math.round(seconds.fast)} s, embedding model ` +
    `${Math.round(seconds.second)} s.\n\n${out.join("\n")}\n**Cost of the encoder** (this machine, one process):\n\n${costTable}`;
  return [{ title: "Tone: a second stage on sentence embeddings (issue 13)", markdown }];
}
