// A bounded memo for pure functions of one string: a thread is re-read on every event, and most of
// its sentences are the same as last time. The oldest entry goes first once the memo is full.

/** `compute`, remembered for the last `size` distinct inputs. */
export function memoByText<T>(size: number, compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text: string): T => {
    if (memo.has(text)) return memo.get(text) as T;
    const value = compute(text);
    if (memo.size >= size) memo.delete(memo.keys().next().value as string);
    memo.set(text, value);
    return value;
  };
}
