// Feature extraction for the tone model: a few dense features from the rule layer, and
// hashed word unigrams and bigrams (words after a negation marked as negated), written
// into reusable typed arrays so that scoring allocates almost nothing.
import { RULE_SLOTS, scanRules } from "./rules.ts";
import type { RuleScan } from "./rules.ts";
import { SENTENCE, tokenize } from "./tokenize.ts";
import type { Tokens } from "./tokenize.ts";
import { NEGATORS, SECOND_PERSON } from "./lexicon.ts";

/** Names of the dense features, in order. */
export const DENSE_NAMES: readonly string[] = [
  ...RULE_SLOTS,
  "negatedHeat",
  "selfDirected",
  "secondPersonRate",
  "exclamations",
  "questionMarks",
  "length",
];
export const DENSE_COUNT = DENSE_NAMES.length;

/** log2 of the number of hash buckets for n-grams. */
export const HASH_BITS = 18;
const MASK = (1 << HASH_BITS) - 1;

export interface Features {
  tokens: Tokens;
  rules: RuleScan;
  dense: Float32Array;
  /** Hashed n-gram bucket indices; `hashCount` of them are valid. */
  hashes: Int32Array;
  hashCount: number;
  /** Value of each hashed feature (1 / sqrt(hashCount)). */
  hashValue: number;
  /** Sentence segments: count, dense features (segCount × DENSE_COUNT), and where each segment's n-grams start in `hashes` (segCount + 1 entries). */
  segCount: number;
  segDense: Float32Array;
  segStart: Int32Array;
  /** Per token: where its unigram sits in `hashes` (−1 for markers), and the bigram ending at it. */
  uniAt: Int32Array;
  biAt: Int32Array;
}

/** A segment closes at a sentence end once it has this many words. */
const MIN_SEGMENT_WORDS = 25;

/** 32-bit FNV-1a of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const NEG_SALT = 0x5bd1e995;
const MARK_HASH = [0, fnv1a("<!>"), fnv1a("<?>"), fnv1a("<,>"), fnv1a("<.>")];
const START_HASH = fnv1a("<s>");
const SENTENCE_HASH = MARK_HASH[SENTENCE];
// Local copies: imported bindings can compile to getters, too slow for the hot loop.
const NEG_WORDS: ReadonlySet<string> = new Set(NEGATORS);
const SECOND: ReadonlySet<string> = new Set(SECOND_PERSON);
function isNegator(w: string): boolean {
  return NEG_WORDS.has(w) || (w.length > 3 && w.charCodeAt(w.length - 1) === 116 && w.endsWith("n't"));
}
let hashBuf = new Int32Array(1024);
const denseBuf = new Float32Array(DENSE_COUNT);
let segDenseBuf = new Float32Array(DENSE_COUNT * 64);
let segStartBuf = new Int32Array(65);
let segOfToken = new Int32Array(1024);
let uniAtBuf = new Int32Array(1024);
let biAtBuf = new Int32Array(1024);

/** Tokenizes prose and extracts its features. Buffers are reused by the next call. */
export function extractFeatures(prose: string): Features {
  const t = tokenize(prose);
  const rules = scanRules(t);
  const dense = denseBuf;
  dense.fill(0);
  for (const h of rules.hits) dense[h.slot] += h.strength;
  for (let k = 0; k < RULE_SLOTS.length; k++) dense[k] = Math.log1p(dense[k]);
  let bangs = 0;
  let qmarks = 0;
  const need = 2 * t.n + 2;
  if (hashBuf.length < need) hashBuf = new Int32Array(need * 2);
  if (segOfToken.length < t.n + 1) {
    segOfToken = new Int32Array(t.n * 2 + 2);
    uniAtBuf = new Int32Array(t.n * 2 + 2);
    biAtBuf = new Int32Array(t.n * 2 + 2);
  }
  if (segStartBuf.length < t.n + 2) {
    segStartBuf = new Int32Array(t.n * 2 + 2);
    segDenseBuf = new Float32Array((t.n * 2 + 2) * DENSE_COUNT);
  }
  let c = 0;
  let prev = START_HASH;
  let negated = false;
  let seg = 0;
  let segWords = 0;
  segStartBuf[0] = 0;
  for (let i = 0; i < t.n; i++) {
    const k = t.kind[i];
    segOfToken[i] = seg;
    let h: number;
    if (k === 0) {
      // WORD
      h = t.hash[i];
      const u = negated ? mix(h, NEG_SALT) : h;
      uniAtBuf[i] = c;
      hashBuf[c++] = u & MASK;
      if (isNegator(t.text[i])) negated = true;
      segWords++;
    } else {
      if (k === 1) bangs++; // BANG
      else if (k === 2) qmarks++; // QMARK
      h = MARK_HASH[k];
      negated = false;
      uniAtBuf[i] = -1;
      biAtBuf[i] = -1;
      if (k === 4 && prev === SENTENCE_HASH) continue; // SENTENCE after SENTENCE
    }
    biAtBuf[i] = c;
    hashBuf[c++] = mix(prev, h) & MASK;
    prev = h;
    if (k !== 0 && k !== 3 && segWords >= MIN_SEGMENT_WORDS) {
      // a sentence end (".", "!", "?", line break) closes the segment
      seg++;
      segStartBuf[seg] = c;
      segWords = 0;
    }
  }
  if (segWords > 0 || seg === 0) {
    seg++;
    segStartBuf[seg] = c;
  } else if (seg > 0) {
    // trailing markers belong to the last segment
    segStartBuf[seg] = c;
  }
  const segCount = seg;
  for (let i = t.n - 1; i >= 0 && segOfToken[i] >= segCount; i--) segOfToken[i] = segCount - 1;
  fillSegmentDense(t, rules, segCount);
  const base = RULE_SLOTS.length;
  dense[base] = Math.log1p(rules.negated);
  dense[base + 1] = Math.log1p(rules.selfDirected);
  dense[base + 2] = rules.words ? Math.min(1, (rules.secondPerson / rules.words) * 10) : 0;
  dense[base + 3] = Math.log1p(bangs);
  dense[base + 4] = Math.log1p(qmarks);
  dense[base + 5] = Math.log1p(rules.words) / 5;
  return {
    tokens: t,
    rules,
    dense,
    hashes: hashBuf,
    hashCount: c,
    hashValue: c ? 1 / Math.sqrt(c) : 0,
    segCount,
    segDense: segDenseBuf,
    segStart: segStartBuf,
    uniAt: uniAtBuf,
    biAt: biAtBuf,
  };
}

/** Dense features of each segment, from the rule hits and tokens that fall in it. */
function fillSegmentDense(t: Tokens, rules: RuleScan, segCount: number): void {
  const D = DENSE_COUNT;
  const base = RULE_SLOTS.length;
  segDenseBuf.fill(0, 0, segCount * D);
  for (const h of rules.hits) segDenseBuf[segOfToken[h.first] * D + h.slot] += h.strength;
  // words, second-person words, "!" and "?" per segment, in the scratch columns
  for (let i = 0; i < t.n; i++) {
    const o = segOfToken[i] * D;
    const k = t.kind[i];
    if (k === 0) {
      segDenseBuf[o + base + 5] += 1;
      if (SECOND.has(t.text[i])) segDenseBuf[o + base + 2] += 1;
    } else if (k === 1) segDenseBuf[o + base + 3] += 1;
    else if (k === 2) segDenseBuf[o + base + 4] += 1;
  }
  for (const p of rules.negatedAt) segDenseBuf[segOfToken[p] * D + base] += 1;
  for (const p of rules.selfAt) segDenseBuf[segOfToken[p] * D + base + 1] += 1;
  for (let sIdx = 0; sIdx < segCount; sIdx++) {
    const o = sIdx * D;
    for (let k = 0; k < base; k++) segDenseBuf[o + k] = Math.log1p(segDenseBuf[o + k]);
    const words = segDenseBuf[o + base + 5];
    segDenseBuf[o + base] = Math.log1p(segDenseBuf[o + base]);
    segDenseBuf[o + base + 1] = Math.log1p(segDenseBuf[o + base + 1]);
    segDenseBuf[o + base + 2] = words ? Math.min(1, (segDenseBuf[o + base + 2] / words) * 10) : 0;
    segDenseBuf[o + base + 3] = Math.log1p(segDenseBuf[o + base + 3]);
    segDenseBuf[o + base + 4] = Math.log1p(segDenseBuf[o + base + 4]);
    segDenseBuf[o + base + 5] = Math.log1p(words) / 5;
  }
}
