// Writes the app's own comment on a thread: create, update, delete. Issues and pull
// requests go through REST (the issue-comments routes serve both); Discussions, which have
// no REST write API, through GraphQL mutations by node id.
import type { Comment, Thread } from "../thread/model.ts";
import type { GitHubClient } from "./client.ts";
import { graphqlDocument } from "./documents.ts";
import { orNotFound } from "./errors.ts";
import { toComment, normalizeLogin, toAssociation, type RawDiscussionComment } from "./normalize.ts";
import { REST_ROUTES } from "./rest-routes.ts";

/** The REST issue comment as GitHub returns it (the fields we read). */
interface RestIssueComment {
  id: number;
  node_id: string;
  body?: string;
  html_url: string;
  created_at: string;
  updated_at: string;
  user: { login: string; type: string } | null;
  author_association: string;
}

function restTarget(thread: Thread): { owner: string; repo: string; issue_number: number } {
  if (!thread.repo || thread.number === undefined) {
    throw new Error(`thread ${thread.nodeId ?? thread.title} has no repository/number: cannot write to it`);
  }
  return { owner: thread.repo.owner, repo: thread.repo.name, issue_number: thread.number };
}

function requireNodeId(thread: Thread): string {
  if (!thread.nodeId) throw new Error(`discussion ${thread.title} has no node id: cannot write to it`);
  return thread.nodeId;
}

/** Only the app's own top-level comment is ever written; anything else is a caller's bug. */
function assertWritable(thread: Thread, comment: Comment): void {
  const ok = thread.kind === "discussion" ? comment.kind === "discussion_comment" || comment.kind === "discussion_reply" : comment.kind === "comment";
  if (!ok) throw new Error(`cannot edit a ${comment.kind} on a ${thread.kind}`);
}

export function fromRestIssueComment(data: RestIssueComment, fallbackBody: string): Comment {
  return {
    id: data.node_id,
    databaseId: data.id,
    kind: "comment",
    author: data.user
      ? { login: normalizeLogin(data.user.login), isBot: data.user.type === "Bot", association: toAssociation(data.author_association) }
      : { login: "ghost", isBot: false, association: toAssociation(data.author_association) },
    body: data.body ?? fallbackBody,
    createdAt: data.created_at,
    updatedAt: data.updated_at,
    url: data.html_url,
    viewerDidAuthor: true,
  };
}

/** Create the app's coaching comment on the thread; returns it as a Comment. */
export async function createComment(gh: GitHubClient, thread: Thread, body: string): Promise<Comment> {
  if (thread.kind === "discussion") {
    const discussionId = requireNodeId(thread);
    const data = await orNotFound(`discussion ${discussionId}`, () =>
      gh.graphql<{ addDiscussionComment: { comment: RawDiscussionComment } }>(graphqlDocument("addDiscussionComment"), {
        discussionId,
        body,
      }),
    );
    return { ...toComment(data.addDiscussionComment.comment, "discussion_comment"), viewerDidAuthor: true };
  }
  const target = restTarget(thread);
  const { data } = await orNotFound(`${thread.kind} ${target.owner}/${target.repo}#${target.issue_number}`, () =>
    gh.request(REST_ROUTES.createIssueComment, { ...target, body }),
  );
  return fromRestIssueComment(data as RestIssueComment, body);
}

/** Replace the body of one of the app's own comments. */
export async function updateComment(gh: GitHubClient, thread: Thread, comment: Comment, body: string): Promise<void> {
  assertWritable(thread, comment);
  await orNotFound(`comment ${comment.id}`, async () => {
    if (thread.kind === "discussion") {
      await gh.graphql(graphqlDocument("updateDiscussionComment"), { commentId: comment.id, body });
    } else if (comment.databaseId !== undefined) {
      const { owner, repo } = restTarget(thread);
      await gh.request(REST_ROUTES.updateIssueComment, { owner, repo, comment_id: comment.databaseId, body });
    } else {
      await gh.graphql(graphqlDocument("updateIssueComment"), { id: comment.id, body });
    }
  });
}

/** Delete one of the app's own comments (used to remove a duplicate). */
export async function deleteComment(gh: GitHubClient, thread: Thread, comment: Comment): Promise<void> {
  assertWritable(thread, comment);
  await orNotFound(`comment ${comment.id}`, async () => {
    if (thread.kind === "discussion") {
      await gh.graphql(graphqlDocument("deleteDiscussionComment"), { id: comment.id });
    } else if (comment.databaseId !== undefined) {
      const { owner, repo } = restTarget(thread);
      await gh.request(REST_ROUTES.deleteIssueComment, { owner, repo, comment_id: comment.databaseId });
    } else {
      await gh.graphql(graphqlDocument("deleteIssueComment"), { id: comment.id });
    }
  });
}
