// Which comments of a thread the second tone stage reads, and what the sentence encoder is given
// for each (pure): the last SECOND_STAGE_WINDOW people's comments, as cleaned prose cut by
// embeddingInput. The caller (outside the pure layers) embeds them and hands the vectors back to
// analyzeThread keyed by embeddingKey, so a comment is embedded once per edit.
import type { Comment } from "../../../thread/model.ts";
import { cleanMarkdown } from "../../../thread/clean.ts";
import { embeddingInput } from "./input.ts";
import { SECOND_STAGE_WINDOW } from "./second-stage.ts";

/** Key of a comment's embedding: changes whenever the comment is edited. */
export function embeddingKey(comment: Pick<Comment, "id" | "createdAt" | "updatedAt">): string {
  return `${comment.id}|${comment.updatedAt ?? comment.createdAt}`;
}

export interface EmbeddingRequest {
  key: string;
  /** The encoder input (never empty). */
  input: string;
}

/** What to embed for the last turns of `comments` (people's comments, in order). */
export function embeddingRequests(comments: readonly Comment[]): EmbeddingRequest[] {
  const out: EmbeddingRequest[] = [];
  for (const c of comments.slice(-SECOND_STAGE_WINDOW)) {
    const input = embeddingInput(cleanMarkdown(c.body ?? "").prose);
    if (input) out.push({ key: embeddingKey(c), input });
  }
  return out;
}
