// Cache of sentence embeddings for training and evaluation, kept OUTSIDE the repository
// ($COMMON_GROUND_CACHE, else ~/.cache/common-ground/embeddings): embeddings are per-text
// data derived from the labelled sets, several of which are GPL-3.0 and must not be copied
// into the project. One append-only binary file per encoder: records of a 16-byte key
// (SHA-256 of the encoder id and the encoder input) followed by 512 float32.
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { EMBEDDING_DIM, EMBEDDING_MODEL_ID } from "../src/analysis/heat/embedding/input.ts";

const KEY_BYTES = 16;
const RECORD_BYTES = KEY_BYTES + EMBEDDING_DIM * 4;

export function cacheDir(): string {
  return process.env.COMMON_GROUND_CACHE ?? join(homedir(), ".cache", "common-ground", "embeddings");
}

function cacheFile(): string {
  return join(cacheDir(), `${EMBEDDING_MODEL_ID.replace(/[^A-Za-z0-9.-]+/g, "_")}.bin`);
}

/** Cache key of one encoder input. */
export function embeddingKey(input: string): string {
  return createHash("sha256").update(EMBEDDING_MODEL_ID).update("\u0000").update(input).digest("hex").slice(0, KEY_BYTES * 2);
}

export class EmbeddingCache {
  readonly vectors = new Map<string, Float32Array>();
  private readonly file = cacheFile();

  constructor() {
    if (!existsSync(this.file)) return;
    const buf = readFileSync(this.file);
    const n = Math.floor(buf.length / RECORD_BYTES); // a torn last record is ignored
    const floats = new Float32Array(n * EMBEDDING_DIM);
    for (let r = 0; r < n; r++) {
      const off = r * RECORD_BYTES;
      const key = buf.toString("hex", off, off + KEY_BYTES);
      const v = floats.subarray(r * EMBEDDING_DIM, (r + 1) * EMBEDDING_DIM);
      const src = new Float32Array(buf.buffer.slice(buf.byteOffset + off + KEY_BYTES, buf.byteOffset + off + RECORD_BYTES));
      v.set(src);
      this.vectors.set(key, v);
    }
  }

  get(input: string): Float32Array | undefined {
    return this.vectors.get(embeddingKey(input));
  }

  /** Stores embeddings (memory and disk). */
  add(entries: { input: string; vector: Float32Array }[]): void {
    if (entries.length === 0) return;
    mkdirSync(cacheDir(), { recursive: true });
    const buf = Buffer.alloc(entries.length * RECORD_BYTES);
    entries.forEach(({ input, vector }, r) => {
      const key = embeddingKey(input);
      buf.write(key, r * RECORD_BYTES, "hex");
      Buffer.from(vector.buffer, vector.byteOffset, EMBEDDING_DIM * 4).copy(buf, r * RECORD_BYTES + KEY_BYTES);
      this.vectors.set(key, vector);
    });
    appendFileSync(this.file, buf);
  }
}
