// A bounded memo for pure functions: a thread is re-read on every event, and most of its sentences
// are the same as last time. The oldest entry goes first once the memo is full.

/** `compute`, remembered for the last `size` distinct keys (`key` must tell apart every input that computes differently). */
export function memoBy<A, T>(size: number, key: (input: A) => string, compute: (input: A) => T): (input: A) => T {
  const memo = new Map<string, T>();
  return (input: A): T => {
    const k = key(input);
    if (memo.has(k)) return memo.get(k) as T;
    const value = compute(input);
    if (memo.size >= size) memo.delete(memo.keys().next().value as string);
    memo.set(k, value);
    return value;
  };
}

/** `compute` of one string, remembered for the last `size` distinct inputs. */
export function memoByText<T>(size: number, compute: (text: string) => T): (text: string) => T {
  return memoBy(size, (text: string) => text, compute);
}

/** A short key for a long text: its length and two 32-bit hashes (FNV-1a and a multiplicative one),
 * so a memo keyed by it holds no bodies. */
export function textKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b + c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${text.length}:${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

/** `compute` of a comment body, remembered for the last `size` distinct bodies by textKey. */
export function memoByBody<T>(size: number, compute: (body: string) => T): (body: string) => T {
  return memoBy(size, textKey, compute);
}
