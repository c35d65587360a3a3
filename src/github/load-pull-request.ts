// Loads a pull request: opening post, conversation comments, reviews (with their states) and
// review threads (resolved or not) with their inline comments, each paginated past 100, and the
// config file that comes with the first request.
import type { Comment, ReviewThread } from "../thread/model.ts";
import type { GitHubClient, ThreadRef } from "./client.ts";
import {
  inThreadOrder,
  isMeaningfulReview,
  toComment,
  toReview,
  type Connection,
  type RawComment,
  type RawReview,
} from "./normalize.ts";
import { restOfConnection } from "./paginate.ts";
import { runThreadDocument, type LoadedSubject } from "./thread-query.ts";
import { requireSubject, threadHeader, type RawThreadHeader } from "./thread-header.ts";

interface RawReviewThread {
  id: string;
  isResolved: boolean;
  path: string | null;
  comments: Connection<RawComment> | null;
}

export interface RawPullRequest extends RawThreadHeader {
  comments: Connection<RawComment> | null;
  reviews: Connection<RawReview> | null;
  reviewThreads: Connection<RawReviewThread> | null;
}

/** A review thread's inline comments: each non-root one replies to the thread's root. */
async function loadReviewThread(gh: GitHubClient, raw: RawReviewThread): Promise<{ thread: ReviewThread; comments: Comment[] }> {
  const nodes = await restOfConnection(gh, raw.comments, "moreReviewThreadComments", raw.id, "comments");
  const rootId = nodes[0]?.id;
  const comments = nodes.map((c) =>
    toComment(c, "review_comment", c.id === rootId ? { reviewThreadId: raw.id } : { reviewThreadId: raw.id, replyTo: rootId }),
  );
  const thread: ReviewThread = { id: raw.id, isResolved: raw.isResolved, commentIds: comments.map((c) => c.id) };
  if (raw.path) thread.path = raw.path;
  return { thread, comments };
}

export async function loadPullRequest(gh: GitHubClient, ref: ThreadRef): Promise<LoadedSubject> {
  const { data, configSource } = await runThreadDocument<{ repository: { pullRequest: RawPullRequest | null } | null }>(gh, "pullRequestThread", ref);
  const raw = requireSubject(data.repository?.pullRequest, ref);
  const { header, opening } = await threadHeader(gh, ref, raw);
  const conversation = await restOfConnection(gh, raw.comments, "moreIssueComments", raw.id, "comments");
  const reviews = await restOfConnection(gh, raw.reviews, "moreReviews", raw.id, "reviews");
  const rawThreads = await restOfConnection(gh, raw.reviewThreads, "moreReviewThreads", raw.id, "reviewThreads");

  const reviewThreads: ReviewThread[] = [];
  const inline: Comment[] = [];
  for (const rawThread of rawThreads) {
    const { thread, comments } = await loadReviewThread(gh, rawThread);
    reviewThreads.push(thread);
    inline.push(...comments);
  }
  const rest = [
    ...conversation.map((c) => toComment(c, "comment")),
    ...reviews.map(toReview).filter(isMeaningfulReview),
    ...inline,
  ];
  return { thread: { ...header, comments: inThreadOrder(opening, rest), reviewThreads }, configSource };
}
