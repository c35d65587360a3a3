// Loads an issue: opening post and conversation comments (one request up to 100 of each).
import type { Thread } from "../thread/model.ts";
import type { GitHubClient, ThreadRef } from "./client.ts";
import { inThreadOrder, toComment, type Connection, type RawComment } from "./normalize.ts";
import { restOfConnection, runDocument } from "./paginate.ts";
import { describeRef, repositoryVariables, requireSubject, threadHeader, type RawThreadHeader } from "./thread-header.ts";

export interface RawIssue extends RawThreadHeader {
  comments: Connection<RawComment> | null;
}

export async function loadIssue(gh: GitHubClient, ref: ThreadRef): Promise<Thread> {
  const data = await runDocument<{ repository: { issue: RawIssue | null } | null }>(
    gh,
    "issueThread",
    repositoryVariables(ref),
    describeRef(ref),
  );
  const raw = requireSubject(data.repository?.issue, ref);
  const { header, opening } = await threadHeader(gh, ref, raw);
  const comments = await restOfConnection(gh, raw.comments, "moreIssueComments", raw.id, "comments");
  return {
    ...header,
    comments: inThreadOrder(opening, comments.map((c) => toComment(c, "comment"))),
    reviewThreads: [],
  };
}
