// Shared by the embedding evaluation and `npm run train:embed`: the tone examples with their
// sentence embeddings (from the cache outside the repo; missing ones are computed and added),
// and training weights that follow the fast model's recipe (buildSamples: per-set shares,
// toxicr's untargeted profanity left out).
import { embeddingInput, loadSentenceEncoder } from "../src/embedding/sentence-encoder.ts";
import { EMBEDDING_DIM } from "../src/analysis/heat/embedding/input.ts";
import type { Sample } from "../src/analysis/heat/tone/trainer.ts";
import { EmbeddingCache } from "./embedding-cache.ts";
import { buildSamples, SET_SHARE } from "./tone-data.ts";
import type { ToneExample } from "./tone-data.ts";

/** Embeddings of every example (zeros for prose without words), in example order. */
export async function embeddingsOf(examples: readonly ToneExample[], log: (s: string) => void = () => {}): Promise<Float32Array[]> {
  const cache = new EmbeddingCache();
  const inputs = examples.map((e) => embeddingInput(e.prose));
  const missing = [...new Set(inputs.filter((t) => t && !cache.get(t)))];
  if (missing.length) {
    log(`embedding ${missing.length} texts not in the cache (${cache.vectors.size} cached) …`);
    const encoder = await loadSentenceEncoder();
    for (let i = 0; i < missing.length; i += 256) {
      const chunk = missing.slice(i, i + 256);
      const vectors = await encoder.embed(chunk);
      cache.add(chunk.map((input, j) => ({ input, vector: vectors[j] })));
    }
  }
  const zero = new Float32Array(EMBEDDING_DIM);
  return inputs.map((t) => (t ? cache.get(t)! : zero));
}

export interface Weighted {
  /** Index into the examples. */
  index: number;
  weight: number;
  calibrationWeight: number;
  sample: Sample;
}

/** Training weights of the examples at `idx` by the fast model's recipe (some examples are left out). */
export function weightsFor(examples: readonly ToneExample[], samples: readonly Sample[], idx: readonly number[]): Weighted[] {
  const tagged = idx.map((i) => Object.assign({}, samples[i], { exampleIndex: i }));
  const built = buildSamples(
    idx.map((i) => examples[i]),
    tagged,
  ) as (Sample & { exampleIndex: number })[];
  return built.map((s) => ({ index: s.exampleIndex, weight: s.weight, calibrationWeight: s.calibrationWeight ?? s.weight, sample: s }));
}

/**
 * Weights for the embedding model: every (set, class) cell of the training side weighs the same.
 * Measured on the first CV fold and the ferreira GitHub LODO fold, this transferred better than
 * the fast model's recipe (AUROC on ferreira GitHub left out 0.764 vs 0.709), which let the
 * embedding learn each set's base rate from its writing style.
 */
export function balancedWeights(examples: readonly ToneExample[], w: readonly Weighted[]): number[] {
  const count = new Map<string, number>();
  const key = (x: Weighted) => `${examples[x.index].set}:${examples[x.index].label}`;
  for (const x of w) count.set(key(x), (count.get(key(x)) ?? 0) + 1);
  // the home domain (locked-issues) keeps its share of SET_SHARE here too
  return w.map((x) => (1000 * (examples[x.index].set === "locked-issues" ? SET_SHARE["locked-issues"] : 1)) / count.get(key(x))!);
}
