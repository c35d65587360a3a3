// What the sentence encoder reads of a comment: the writer's cleaned prose (cleanMarkdown),
// whitespace collapsed, cut at a word boundary after EMBED_MAX_CHARS characters. The encoder
// (a small transformer) costs more than linearly with length, so long comments are cut; the
// opening of a comment carries its tone well enough for a second opinion.

/** Longest input given to the encoder, in characters of cleaned prose (~120 subword tokens). */
export const EMBED_MAX_CHARS = 512;

/** Identifier of the encoder and its input rule: part of every cache key. */
export const EMBEDDING_MODEL_ID = "use-lite@energetic-ai-0.2.0/max512";

/** Dimension of the sentence embeddings. */
export const EMBEDDING_DIM = 512;

/** The encoder input for cleaned prose ("" when the prose holds no words). */
export function embeddingInput(prose: string): string {
  const text = prose.replace(/\s+/g, " ").trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return "";
  if (text.length <= EMBED_MAX_CHARS) return text;
  const cut = text.lastIndexOf(" ", EMBED_MAX_CHARS);
  return text.slice(0, cut > EMBED_MAX_CHARS / 2 ? cut : EMBED_MAX_CHARS);
}
