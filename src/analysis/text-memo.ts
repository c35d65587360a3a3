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
