// Several sentence encoders in worker threads, for bulk scoring (`score --jsonl`): the encoder is
// single-threaded WebAssembly, so on a machine with two cores two encoders embed a large batch
// about twice as fast. A batch is sorted by length and dealt out in turn, so each worker gets texts
// of similar lengths (the encoder pads a batch to its longest text). Outside the pure layers, like
// sentence-encoder.ts. The app's events embed a few comments each and keep one in-process encoder.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/** An encoder whose embed() spreads its texts over worker threads; close() ends them. */
export interface EncoderPool {
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  readonly size: number;
  close(): Promise<void>;
}

type Reply = { id: number; vectors?: Float32Array[]; error?: string };

/** Most workers worth starting: one per core, at most `max`. */
export function poolSize(max = 2): number {
  return Math.max(1, Math.min(max, availableParallelism()));
}

export function createEncoderPool(size = poolSize()): EncoderPool {
  const workers = Array.from({ length: size }, () => new Worker(new URL("./encoder-worker.mjs", import.meta.url)));
  const pending = new Map<number, { resolve: (v: Float32Array[]) => void; reject: (e: Error) => void }>();
  let next = 0;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  for (const w of workers) {
    // Idle workers keep no process alive; a request in flight does (see ask()).
    w.unref();
    w.on("message", (r: Reply) => {
      const p = pending.get(r.id);
      if (!p) return;
      pending.delete(r.id);
      if (pending.size === 0) for (const x of workers) x.unref();
      if (r.error !== undefined) p.reject(new Error(r.error));
      else p.resolve(r.vectors!);
    });
    w.on("error", fail);
    w.on("exit", (code) => code !== 0 && fail(new Error(`encoder worker exited with code ${code}`)));
  }
  const ask = (w: Worker, texts: string[]): Promise<Float32Array[]> =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      const id = next++;
      pending.set(id, { resolve, reject });
      w.ref();
      w.postMessage({ id, texts });
    });
  return {
    size,
    async embed(texts) {
      const order = texts.map((_, i) => i).sort((a, b) => texts[a].length - texts[b].length);
      const shares = workers.map((_, k) => order.filter((_, j) => j % workers.length === k));
      const answers = await Promise.all(shares.map((idx, k) => (idx.length ? ask(workers[k], idx.map((i) => texts[i])) : Promise.resolve([]))));
      const out: Float32Array[] = new Array(texts.length);
      shares.forEach((idx, k) => idx.forEach((i, j) => (out[i] = answers[k][j])));
      return out;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

