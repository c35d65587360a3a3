// Public surface of the github/ layer: the only code that talks to GitHub.
// (Stubs: replaced by the real implementation.)
import type { Comment, Thread } from "../thread/model.ts";
import type { GitHubClient, ThreadRef } from "./client.ts";
export type { GitHubClient, ThreadRef } from "./client.ts";

/** Load the whole thread (opening post, comments, reviews, review threads, replies) via GraphQL. */
export async function loadThread(_gh: GitHubClient, _ref: ThreadRef): Promise<Thread> {
  throw new Error("not implemented");
}

/** Create the app's coaching comment on the thread; returns it as a Comment. */
export async function createComment(_gh: GitHubClient, _thread: Thread, _body: string): Promise<Comment> {
  throw new Error("not implemented");
}

/** Replace the body of one of the app's own comments. */
export async function updateComment(_gh: GitHubClient, _thread: Thread, _comment: Comment, _body: string): Promise<void> {
  throw new Error("not implemented");
}

/** Delete one of the app's own comments (used to remove a duplicate). */
export async function deleteComment(_gh: GitHubClient, _thread: Thread, _comment: Comment): Promise<void> {
  throw new Error("not implemented");
}

/** React to a comment (👀 to acknowledge a command). */
export async function addReaction(_gh: GitHubClient, _thread: Thread, _comment: Comment, _content: "EYES" | "THUMBS_UP" | "CONFUSED"): Promise<void> {
  throw new Error("not implemented");
}
