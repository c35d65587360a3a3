// Fast tokenizer for tone scoring: one pass over the characters, no regex per token.
// Produces lower-cased word tokens with their offsets in the input, plus the few
// punctuation marks tone cares about ("!", "?", clause and sentence ends).

/** Token kinds. Words carry text; the others are markers. */
export const WORD = 0;
export const BANG = 1; // "!"
export const QMARK = 2; // "?"
export const CLAUSE = 3; // "," ";" ":" "(" ")" dash: breaks negation and target scope
export const SENTENCE = 4; // "." or a line break: ends a sentence

export interface Tokens {
  /** Number of tokens. */
  n: number;
  /** Lower-cased text ("" for markers). Apostrophes normalised to "'". */
  text: string[];
  kind: Uint8Array;
  start: Uint32Array;
  end: Uint32Array;
  /** 1 when the word was written in capitals (length ≥ 2, letters only). */
  caps: Uint8Array;
  /** 32-bit FNV-1a hash of each word's lower-cased text (0 for markers). */
  hash: Uint32Array;
}

let cap = 256;
let kindBuf = new Uint8Array(cap);
let startBuf = new Uint32Array(cap);
let endBuf = new Uint32Array(cap);
let capsBuf = new Uint8Array(cap);
let hashBuf = new Uint32Array(cap);

function grow(): void {
  cap *= 2;
  const k = new Uint8Array(cap);
  k.set(kindBuf);
  kindBuf = k;
  const s = new Uint32Array(cap);
  s.set(startBuf);
  startBuf = s;
  const e = new Uint32Array(cap);
  e.set(endBuf);
  endBuf = e;
  const c = new Uint8Array(cap);
  c.set(capsBuf);
  capsBuf = c;
  const h = new Uint32Array(cap);
  h.set(hashBuf);
  hashBuf = h;
}

function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || // a-z
    (c >= 65 && c <= 90) || // A-Z
    (c >= 48 && c <= 57) || // 0-9
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) // Latin letters with accents
  );
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018;
}

/**
 * Splits prose into tokens. The returned typed arrays are views over buffers reused by
 * the next call: copy them if you need to keep them.
 */
export function tokenize(s: string): Tokens {
  const text: string[] = [];
  let n = 0;
  const len = s.length;
  let i = 0;
  while (i < len) {
    const c = s.charCodeAt(i);
    if (isWordChar(c)) {
      const st = i;
      let upper = 0;
      let lower = 0;
      let hasApos = false;
      let h = 0x811c9dc5;
      while (i < len) {
        let d = s.charCodeAt(i);
        if (isWordChar(d)) {
          if (d >= 65 && d <= 90) {
            upper++;
            d += 32;
          } else if (d >= 97 && d <= 122) lower++;
          else if (d >= 0xc0 && d <= 0xde) d += 32;
          h = Math.imul(h ^ d, 0x01000193);
          i++;
        } else if (isApostrophe(d) && i + 1 < len && isWordChar(s.charCodeAt(i + 1))) {
          hasApos = true;
          h = Math.imul(h ^ 39, 0x01000193);
          i++;
        } else break;
      }
      if (n === cap) grow();
      let w = s.slice(st, i).toLowerCase();
      if (hasApos) w = w.replace(/[\u2019\u2018]/g, "'");
      text.push(w);
      kindBuf[n] = WORD;
      startBuf[n] = st;
      endBuf[n] = i;
      capsBuf[n] = upper >= 2 && lower === 0 ? 1 : 0;
      hashBuf[n] = h >>> 0;
      n++;
      continue;
    }
    let k = -1;
    if (c === 33) k = BANG;
    else if (c === 63) k = QMARK;
    else if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013) k = CLAUSE;
    else if (c === 46 || c === 10) k = SENTENCE;
    else if (c === 45 && i + 1 < len && s.charCodeAt(i + 1) === 32 && i > 0 && s.charCodeAt(i - 1) === 32) k = CLAUSE;
    if (k >= 0) {
      // collapse repeats ("!!!", "...") into one marker but keep the span
      if (n > 0 && kindBuf[n - 1] === k && endBuf[n - 1] === i) {
        endBuf[n - 1] = i + 1;
      } else {
        if (n === cap) grow();
        text.push("");
        kindBuf[n] = k;
        startBuf[n] = i;
        endBuf[n] = i + 1;
        capsBuf[n] = 0;
        hashBuf[n] = 0;
        n++;
      }
    }
    i++;
  }
  return {
    n,
    text,
    kind: kindBuf.subarray(0, n),
    start: startBuf.subarray(0, n),
    end: endBuf.subarray(0, n),
    caps: capsBuf.subarray(0, n),
    hash: hashBuf.subarray(0, n),
  };
}

/** True for markers that end a clause or sentence (scope breaks for negation and target). */
export function isBreak(kind: number): boolean {
  return kind !== WORD;
}
