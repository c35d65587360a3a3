// A worker thread that runs one sentence encoder (sentence-encoder.ts) for encoder-pool.ts: it
// receives {id, texts} and answers {id, vectors} (or {id, error}). Plain JavaScript, because a
// worker does not inherit the TypeScript loader its parent registered: it registers tsx itself.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { loadSentenceEncoder } = await import("./sentence-encoder.ts");
const encoder = loadSentenceEncoder();

parentPort.on("message", async ({ id, texts }) => {
  try {
    const vectors = await (await encoder).embed(texts);
    parentPort.postMessage({ id, vectors }, vectors.map((v) => v.buffer));
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
