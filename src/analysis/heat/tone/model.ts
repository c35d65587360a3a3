// The tone model: a linear model over the rule features and hashed n-grams, then Platt
// calibration. Holds the weight format (shared with scripts/train.ts), decoding, and the
// tight scoring loop.
import { DENSE_COUNT, DENSE_NAMES, HASH_BITS } from "./features.ts";
import type { Sensitivity } from "../../types.ts";

/** The committed weights file (src/analysis/heat/tone/model.json). */
export interface ModelFile {
  version: 1;
  hashBits: number;
  denseNames: string[];
  dense: number[];
  bias: number;
  /** Hashed n-gram weights, int8-quantized, base64; "" = all zero. Weight = byte * hashScale. */
  hashed: string;
  hashScale: number;
  /** Platt scaling: probability = sigmoid(a * logit + b). */
  calibration: { a: number; b: number };
  /** Calibrated-score thresholds per sensitivity. */
  thresholds: Record<Sensitivity, number>;
  /** Pooling of segment scores: raw = max + meanShare × (mean − max). Absent = 0 (max only). */
  meanShare?: number;
  /** Free-form provenance (data sets, seed, date of training, figures). */
  meta?: Record<string, unknown>;
}

export interface ToneModel {
  hashed: Float32Array;
  dense: Float32Array;
  bias: number;
  calibration: { a: number; b: number };
  thresholds: Record<Sensitivity, number>;
  /** Share of the segments' mean in the comment's raw score (0 = the hottest segment alone). */
  meanShare?: number;
}

function decodeBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Encodes bytes as base64 without Node's Buffer. */
export function encodeBase64(bytes: Uint8Array): string {
  let s = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) s += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(s);
}

/** Turns the weights file into arrays ready for scoring. */
export function decodeModel(file: ModelFile): ToneModel {
  if (file.hashBits !== HASH_BITS) throw new Error(`tone model: hashBits ${file.hashBits}, expected ${HASH_BITS}`);
  if (file.dense.length !== DENSE_COUNT || file.denseNames.join() !== DENSE_NAMES.join()) {
    throw new Error("tone model: dense features do not match this code; run `npm run train`");
  }
  const hashed = new Float32Array(1 << HASH_BITS);
  if (file.hashed) {
    const bytes = decodeBase64(file.hashed);
    const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let i = 0; i < q.length; i++) hashed[i] = q[i] * file.hashScale;
  }
  return {
    hashed,
    dense: Float32Array.from(file.dense),
    bias: file.bias,
    calibration: { ...file.calibration },
    thresholds: { ...file.thresholds },
    meanShare: file.meanShare ?? 0,
  };
}

/** Quantizes float weights to the file format. */
export function encodeHashed(weights: Float32Array): { hashed: string; hashScale: number } {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]));
  if (max === 0) return { hashed: "", hashScale: 0 };
  const scale = max / 127;
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i] / scale);
  return { hashed: encodeBase64(new Uint8Array(q.buffer)), hashScale: scale };
}

/** What the scoring loop reads from a text's features. */
export interface ScoredFeatures {
  hashes: Int32Array;
  segCount: number;
  /** segCount × dense features. */
  segDense: Float32Array;
  /** segCount + 1 offsets into `hashes`. */
  segStart: Int32Array;
}

/** Raw score of one segment. */
export function segmentScore(m: ToneModel, f: ScoredFeatures, seg: number): number {
  const D = m.dense.length;
  let z = m.bias;
  const o = seg * D;
  for (let k = 0; k < D; k++) z += m.dense[k] * f.segDense[o + k];
  const from = f.segStart[seg];
  const to = f.segStart[seg + 1];
  if (to > from) {
    const w = m.hashed;
    const hs = f.hashes;
    let s = 0;
    for (let i = from; i < to; i++) s += w[hs[i]];
    z += s / Math.sqrt(to - from);
  }
  return z;
}

/** Index of the hottest segment. */
export function hottestSegment(m: ToneModel, f: ScoredFeatures): number {
  let best = 0;
  let bestZ = -Infinity;
  for (let s = 0; s < f.segCount; s++) {
    const z = segmentScore(m, f, s);
    if (z > bestZ) {
      bestZ = z;
      best = s;
    }
  }
  return best;
}

/**
 * The raw (uncalibrated) score: mostly as heated as its hottest segment, pulled toward the
 * mean of its segments by `meanShare` (one sharp sentence in a long calm comment counts,
 * but less than a comment that is sharp throughout).
 */
export function linearScore(m: ToneModel, f: ScoredFeatures): number {
  if (!f.segCount) return m.bias;
  let best = -Infinity;
  let sum = 0;
  for (let s = 0; s < f.segCount; s++) {
    const z = segmentScore(m, f, s);
    sum += z;
    if (z > best) best = z;
  }
  const share = m.meanShare ?? 0;
  return share ? best + share * (sum / f.segCount - best) : best;
}

/** Platt-calibrated probability of a raw score. */
export function calibrate(m: ToneModel, z: number): number {
  return 1 / (1 + Math.exp(-(m.calibration.a * z + m.calibration.b)));
}
