// Runs the handlers of one thread one at a time inside this process, so two events for the
// same thread arriving together (or one webhook delivered twice) cannot both create a
// coaching comment. With a shared lock (Redis, when REDIS_URL is set: redis/lock.ts) the task
// also holds the thread across replicas; the in-process lock stays in front, so a process has
// at most one waiter per thread on Redis. Without one, the handler's duplicate repair converges.
import type { SharedLock } from "../redis/lock.ts";

const tails = new Map<string, Promise<void>>();

/** Run `task` after every earlier task for the same key has settled. Never rejects for others. */
export async function withThreadLock<T>(key: string, task: () => Promise<T>, shared?: SharedLock): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const tail = previous.then(() => mine);
  tails.set(key, tail);
  try {
    await previous;
    return await (shared ? shared(key, task) : task());
  } finally {
    release();
    if (tails.get(key) === tail) tails.delete(key);
  }
}
