// Shared by the embedding evaluation and `npm run train:embed`: the tone examples with their
// sentence embeddings (from the cache outside the repo; missing ones are computed and added),
// and training weights that follow the fast model's recipe (buildSamples: per-set shares,
// toxicr's untargeted profanity left out).
import { embeddingInput, loadSentenceEncoder } from "../src/embedding/sentence-encoder.ts";
import { EMBEDDING_DIM } from "../src/analysis/tone-embedding/input.ts";
import type { Sample } from "../src/analysis/tone/trainer.ts";
import { EmbeddingCache } from "./embedding-cache.ts";
import { buildSamples } from "./tone-data.ts";
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
