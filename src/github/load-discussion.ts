// Loads a GitHub Discussion: opening post, top-level comments and the replies under each,
// paginated past 100, and the config file that comes with the first request. Deleted comments
// are left out (their replies stay, without a parent).
import type { Comment } from "../thread/model.ts";
import type { GitHubClient, ThreadRef } from "./client.ts";
import { inThreadOrder, toComment, type Connection, type RawDiscussionComment } from "./normalize.ts";
import { restOfConnection } from "./paginate.ts";
import { runThreadDocument, type LoadedSubject } from "./thread-query.ts";
import { requireSubject, threadHeader, type RawThreadHeader } from "./thread-header.ts";

interface RawTopComment extends RawDiscussionComment {
  replies: Connection<RawDiscussionComment> | null;
}

export interface RawDiscussion extends RawThreadHeader {
  comments: Connection<RawTopComment> | null;
}

export async function loadDiscussion(gh: GitHubClient, ref: ThreadRef): Promise<LoadedSubject> {
  const { data, configSource } = await runThreadDocument<{ repository: { discussion: RawDiscussion | null } | null }>(gh, "discussionThread", ref);
  const raw = requireSubject(data.repository?.discussion, ref);
  const { header, opening } = await threadHeader(gh, ref, raw);
  const top = await restOfConnection(gh, raw.comments, "moreDiscussionComments", raw.id, "comments");

  const rest: Comment[] = [];
  for (const parent of top) {
    const parentKept = !parent.deletedAt;
    if (parentKept) rest.push(toComment(parent, "discussion_comment"));
    const replies = await restOfConnection(gh, parent.replies, "moreDiscussionReplies", parent.id, "replies");
    for (const reply of replies) {
      if (reply.deletedAt) continue;
      rest.push(toComment(reply, "discussion_reply", parentKept ? { replyTo: parent.id } : {}));
    }
  }
  return { thread: { ...header, comments: inThreadOrder(opening, rest), reviewThreads: [] }, configSource };
}
