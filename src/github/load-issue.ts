// Loads an issue: opening post and conversation comments (one request up to 100 of each),
// and the config file that comes with the first request.
import type { Thread } from "../thread/model.ts";
import type { GitHubClient, ThreadRef } from "./client.ts";
import { inThreadOrder, toComment, type Connection, type RawComment } from "./normalize.ts";
import { restOfConnection } from "./paginate.ts";
import { runThreadDocument, type LoadedSubject } from "./thread-query.ts";
import { requireSubject, threadHeader, type RawThreadHeader } from "./thread-header.ts";

export interface RawIssue extends RawThreadHeader {
  comments: Connection<RawComment> | null;
}

export async function loadIssue(gh: GitHubClient, ref: ThreadRef): Promise<LoadedSubject> {
  const { data, configSource } = await runThreadDocument<{ repository: { issue: RawIssue | null } | null }>(gh, "issueThread", ref);
  const raw = requireSubject(data.repository?.issue, ref);
  const { header, opening } = await threadHeader(gh, ref, raw);
  const comments = await restOfConnection(gh, raw.comments, "moreIssueComments", raw.id, "comments");
  const thread: Thread = { ...header, comments: inThreadOrder(opening, comments.map((c) => toComment(c, "comment"))), reviewThreads: [] };
  return { thread, configSource };
}
