// Runs the handlers of one thread one at a time inside this process, so two events for the
// same thread arriving together (or one webhook delivered twice) cannot both create a
// coaching comment. Across replicas, the duplicate clean-up in the handler converges instead.

const tails = new Map<string, Promise<void>>();

/** Run `task` after every earlier task for the same key has settled. Never rejects for others. */
export async function withThreadLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const tail = previous.then(() => mine);
  tails.set(key, tail);
  try {
    await previous;
    return await task();
  } finally {
    release();
    if (tails.get(key) === tail) tails.delete(key);
  }
}
