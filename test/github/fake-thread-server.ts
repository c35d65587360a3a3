// A small in-memory GitHub for pagination tests: it serves our thread documents from full
// lists of items, 100 per page with opaque cursors, nested connections included, the way
// GitHub's GraphQL API pages them. The first request also answers the config files (see
// test/support/config-answer.ts): by default neither file, and no owner `.github` repository.
import { threadAnswer, type ConfigFiles } from "../support/config-answer.ts";
import type { GraphQLCall } from "./fake-github.ts";

type Node = { id: string; [field: string]: unknown };

export interface FakeThread {
  /** The thread node's own fields (CommentCore, number, title, …). */
  subject: Node;
  /** The thread's GraphQL type: "Issue", "PullRequest" or "Discussion". */
  typename: string;
  /** For any node id (the thread, a review thread, a discussion comment): its connections' full item lists. */
  connections: Map<string, Record<string, Node[]>>;
  /** The config files the thread query finds. */
  config?: ConfigFiles;
}

const PAGE = 100;
const cursorAt = (offset: number) => Buffer.from(`cursor:${offset}`).toString("base64");
const offsetOf = (cursor: string) => Number(Buffer.from(cursor, "base64").toString().split(":")[1]);

/** Per "more" operation: the connection it pages, and the owner's type when it is not the thread. */
const MORE: Record<string, { field: string; owner?: string }> = {
  MoreLabels: { field: "labels" },
  MoreIssueComments: { field: "comments" },
  MoreReviews: { field: "reviews" },
  MoreReviewThreads: { field: "reviewThreads" },
  MoreReviewThreadComments: { field: "comments", owner: "PullRequestReviewThread" },
  MoreDiscussionComments: { field: "comments" },
  MoreDiscussionReplies: { field: "replies", owner: "DiscussionComment" },
};

const SUBJECT_FIELD: Record<string, string> = {
  IssueThread: "issue",
  PullRequestThread: "pullRequest",
  DiscussionThread: "discussion",
};

export function serveThread(fake: FakeThread): (call: GraphQLCall) => unknown {
  function page(items: Node[], after: string | null) {
    const start = after ? offsetOf(after) : 0;
    const slice = items.slice(start, start + PAGE);
    const end = start + slice.length;
    return {
      pageInfo: { hasNextPage: end < items.length, endCursor: slice.length > 0 ? cursorAt(end) : after },
      nodes: slice.map(expand),
    };
  }
  function expand(node: Node): Node {
    const owned = fake.connections.get(node.id) ?? {};
    const out: Node = { ...node };
    for (const [field, items] of Object.entries(owned)) out[field] = page(items, null);
    return out;
  }
  return (call) => {
    const subjectField = SUBJECT_FIELD[call.operation];
    if (subjectField) return threadAnswer(subjectField, expand(fake.subject), fake.config ?? {}, String(call.variables.owner ?? "acme"));
    const more = MORE[call.operation];
    const items = more && fake.connections.get(call.variables.id)?.[more.field];
    if (!more || !items) throw new Error(`fake GitHub cannot answer ${call.operation} for ${call.variables.id}`);
    const __typename = more.owner ?? fake.typename;
    return { data: { node: { __typename, [more.field]: page(items, call.variables.cursor) } } };
  };
}

/** A CommentCore-shaped node. */
export function rawComment(id: string, minute: number, extra: Record<string, unknown> = {}): Node {
  const at = new Date(Date.UTC(2026, 0, 1) + minute * 60_000).toISOString();
  return {
    id,
    body: `comment ${id}`,
    createdAt: at,
    updatedAt: at,
    author: { __typename: "User", login: `user${minute % 7}` },
    authorAssociation: "CONTRIBUTOR",
    viewerDidAuthor: false,
    url: `https://github.com/acme/widgets/x#${id}`,
    ...extra,
  };
}

export function subject(id: string, number: number): Node {
  return { ...rawComment(id, 0), number, title: `thread ${number}`, locked: false, closed: false, closedAt: null, merged: false, stateReason: null, url: `https://github.com/acme/widgets/${number}` };
}
