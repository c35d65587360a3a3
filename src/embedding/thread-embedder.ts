// Embeddings of the latest turns of a thread for the second tone stage, with a per-process memo:
// a comment is embedded once per edit (the key holds its id and edit time), so an event embeds
// only what is new. The encoder is loaded on the first call (never at start-up); if it cannot
// load, the embedder says so once and hands back nothing from then on, and the analysis runs on
// the fast stage alone.
import type { Comment } from "../thread/model.ts";
import { embeddingRequests } from "../analysis/heat/embedding/requests.ts";
import { loadSentenceEncoder } from "./sentence-encoder.ts";
import type { SentenceEncoder } from "./sentence-encoder.ts";

export interface ThreadEmbedder {
  /** Embeddings of the latest of these people's comments (keyed by embeddingKey); empty when the encoder is unavailable. */
  embed(comments: readonly Comment[]): Promise<Map<string, Float32Array>>;
}

export interface ThreadEmbedderOptions {
  /** The encoder (tests inject a fake); default: the real one, loaded on first need. */
  load?: () => Promise<Pick<SentenceEncoder, "embed">>;
  /** Embeddings kept in memory at most (oldest dropped first): 512 floats each, 2 KB. */
  maxEntries?: number;
  /** Told once when the encoder cannot load. */
  warn?: (message: string) => void;
}

/** About 20 MB of embeddings. */
export const EMBEDDING_MEMO_ENTRIES = 10_000;

export function createThreadEmbedder(options: ThreadEmbedderOptions = {}): ThreadEmbedder {
  const load = options.load ?? loadSentenceEncoder;
  const limit = options.maxEntries ?? EMBEDDING_MEMO_ENTRIES;
  const memo = new Map<string, Float32Array>();
  let unavailable = false;
  const remember = (key: string, v: Float32Array): void => {
    memo.delete(key);
    memo.set(key, v);
    while (memo.size > limit) memo.delete(memo.keys().next().value as string);
  };
  return {
    async embed(comments) {
      const out = new Map<string, Float32Array>();
      if (unavailable) return out;
      const todo: { key: string; input: string }[] = [];
      for (const r of embeddingRequests(comments)) {
        const v = memo.get(r.key);
        if (v) {
          remember(r.key, v);
          out.set(r.key, v);
        } else todo.push(r);
      }
      if (!todo.length) return out;
      let encoder: Pick<SentenceEncoder, "embed">;
      try {
        encoder = await load();
      } catch (err) {
        unavailable = true;
        options.warn?.(`sentence encoder unavailable, tone is read by the fast stage alone: ${err instanceof Error ? err.message : String(err)}`);
        return out;
      }
      const vectors = await encoder.embed(todo.map((t) => t.input));
      todo.forEach((t, i) => {
        remember(t.key, vectors[i]);
        out.set(t.key, vectors[i]);
      });
      return out;
    },
  };
}
