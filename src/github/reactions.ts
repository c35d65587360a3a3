// Reacts to a comment (👀 to acknowledge a command). GraphQL's addReaction takes any
// Reactable's node id, so one call serves every comment kind: the opening post of an issue,
// PR or discussion, conversation and discussion comments, replies, reviews and inline review
// comments. REST would need a different route per kind and has none for review bodies.
import type { Comment, Thread } from "../thread/model.ts";
import type { GitHubClient } from "./client.ts";
import { graphqlDocument } from "./documents.ts";
import { orNotFound } from "./errors.ts";

export type ReactionContent = "EYES" | "THUMBS_UP" | "CONFUSED";

export async function addReaction(gh: GitHubClient, _thread: Thread, comment: Comment, content: ReactionContent): Promise<void> {
  await orNotFound(`comment ${comment.id}`, () =>
    gh.graphql(graphqlDocument("addReaction"), { subjectId: comment.id, content }),
  );
}
