// How the GitHub fakes of the tests (the nock-based FakeRepo and the loopback FakeGitHubServer)
// shape a stored thread as the GraphQL nodes of a thread document's answer, everything on one
// page: one builder, so both fakes answer alike.
import type { FakeComment, FakeThread } from "../app/fake-repo.ts";

/** A connection holding every node on its only page. */
export const page = <T>(nodes: T[]) => ({ pageInfo: { hasNextPage: false, endCursor: null }, nodes });

/** Where a thread lives, for its URLs. */
export interface ThreadPlace {
  owner: string;
  repo: string;
}

/** The fields every comment-like node (comment, review, review comment) shares. */
export function commentNode(c: FakeComment, t: FakeThread, at: ThreadPlace) {
  return {
    id: c.id,
    body: c.body,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt ?? c.createdAt,
    author: { __typename: c.isBot ? "Bot" : "User", login: c.login },
    authorAssociation: c.association ?? "CONTRIBUTOR",
    viewerDidAuthor: Boolean(c.viewerDidAuthor),
    url: `https://github.com/${at.owner}/${at.repo}/issues/${t.number}#issuecomment-${c.databaseId}`,
    fullDatabaseId: String(c.databaseId),
    databaseId: c.databaseId,
  };
}

/** The issue, pull request or discussion node of a thread document, with `id` as its node id. */
export function subjectNode(t: FakeThread, at: ThreadPlace, id: string): Record<string, unknown> {
  const node = (c: FakeComment) => commentNode(c, t, at);
  const out: Record<string, unknown> = {
    ...node(t.opening),
    id,
    number: t.number,
    title: t.title,
    locked: Boolean(t.locked),
    closed: Boolean(t.closedAt),
    closedAt: t.closedAt ?? null,
    ...(t.kind === "pull_request" ? { merged: false } : { stateReason: null }),
    url: `https://github.com/${at.owner}/${at.repo}/issues/${t.number}`,
    labels: page((t.labels ?? []).map((name) => ({ name }))),
    comments: page(t.comments.map((c) => (t.kind === "discussion" ? { ...node(c), deletedAt: null, replies: page([]) } : node(c)))),
  };
  if (t.kind === "pull_request") {
    out.reviews = page((t.reviews ?? []).map((r) => ({ ...node(r), state: r.reviewState ?? "COMMENTED", submittedAt: r.createdAt })));
    out.reviewThreads = page(
      (t.reviewThreads ?? []).map((rt) => ({ id: rt.id, isResolved: rt.isResolved, path: "src/a.ts", comments: page(rt.comments.map((c) => ({ ...node(c), publishedAt: c.createdAt }))) })),
    );
  }
  return out;
}
