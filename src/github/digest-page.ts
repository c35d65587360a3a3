// The digest's own page on GitHub: finding the app's digest issues and discussions (by title
// through search, and among the most recently created issues, which search may not index yet),
// creating one, and editing it in place (reopening an issue when asked). Which of the found
// pages is really the digest (the app wrote it, its body carries the marker) is the caller's
// check: this layer only reads and writes.
import type { GitHubClient } from "./client.ts";
import { graphqlDocument } from "./documents.ts";
import { orNotFound } from "./errors.ts";
import { REST_ROUTES } from "./rest-routes.ts";

export interface DigestTarget {
  owner: string;
  repo: string;
}

/** An issue or discussion that may be the digest. */
export interface DigestPageCandidate {
  kind: "issue" | "discussion";
  /** GraphQL node id. */
  id: string;
  number: number;
  url: string;
  title: string;
  body: string;
  closed: boolean;
  /** The app (this token's account) wrote it. */
  viewerDidAuthor: boolean;
}

interface RawFound {
  __typename: string;
  id?: string;
  number?: number;
  url?: string;
  title?: string;
  body?: string;
  closed?: boolean;
  viewerDidAuthor?: boolean;
}

interface RestIssue {
  node_id: string;
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  state: string;
  pull_request?: unknown;
  user?: { type?: string } | null;
  performed_via_github_app?: unknown;
}

const quoted = (title: string) => `"${title.replace(/["\\]/g, " ")}"`;

function fromFound(node: RawFound | null, kind: DigestPageCandidate["kind"]): DigestPageCandidate | undefined {
  if (!node || node.id === undefined || node.number === undefined) return undefined;
  return { kind, id: node.id, number: node.number, url: node.url ?? "", title: node.title ?? "", body: node.body ?? "", closed: Boolean(node.closed), viewerDidAuthor: Boolean(node.viewerDidAuthor) };
}

/** Issues and discussions of the repository titled like the digest (search; recent pages may be missing). */
export async function searchDigestPages(gh: GitHubClient, target: DigestTarget, title: string): Promise<DigestPageCandidate[]> {
  const repo = `repo:${target.owner}/${target.repo}`;
  const data = await orNotFound(`repository ${target.owner}/${target.repo}`, () =>
    gh.graphql<{ issues: { nodes: (RawFound | null)[] | null }; discussions: { nodes: (RawFound | null)[] | null } }>(graphqlDocument("findDigest"), {
      issueQuery: `${repo} is:issue in:title ${quoted(title)}`,
      discussionQuery: `${repo} in:title ${quoted(title)}`,
    }),
  );
  const issues = (data.issues?.nodes ?? []).map((n) => fromFound(n, "issue"));
  const discussions = (data.discussions?.nodes ?? []).map((n) => fromFound(n, "discussion"));
  return [...issues, ...discussions].filter((c): c is DigestPageCandidate => c !== undefined);
}

/**
 * The repository's most recently created issues (any state), as digest candidates: finds a digest
 * created moments ago, before search indexes it. REST marks the app's own by a Bot author.
 */
export async function recentIssues(gh: GitHubClient, target: DigestTarget, count = 20): Promise<DigestPageCandidate[]> {
  const { data } = await orNotFound(`repository ${target.owner}/${target.repo}`, () =>
    gh.request(REST_ROUTES.listIssues, { owner: target.owner, repo: target.repo, state: "all", sort: "created", direction: "desc", per_page: count }),
  );
  return (data as RestIssue[])
    .filter((i) => !i.pull_request)
    .map((i) => ({
      kind: "issue" as const,
      id: i.node_id,
      number: i.number,
      url: i.html_url,
      title: i.title,
      body: i.body ?? "",
      closed: i.state !== "open",
      viewerDidAuthor: i.user?.type === "Bot",
    }));
}

/** Open the digest issue; returns it. */
export async function createDigestIssue(gh: GitHubClient, target: DigestTarget, title: string, body: string): Promise<DigestPageCandidate> {
  const { data } = await gh.request(REST_ROUTES.createIssue, { owner: target.owner, repo: target.repo, title, body });
  const i = data as RestIssue;
  return { kind: "issue", id: i.node_id, number: i.number, url: i.html_url, title: i.title, body: i.body ?? body, closed: false, viewerDidAuthor: true };
}

/** Replace the digest issue's body (and reopen it when `reopen`). */
export async function updateDigestIssue(gh: GitHubClient, target: DigestTarget, number: number, body: string, reopen = false): Promise<void> {
  await orNotFound(`issue ${target.owner}/${target.repo}#${number}`, () =>
    gh.request(REST_ROUTES.updateIssue, { owner: target.owner, repo: target.repo, issue_number: number, body, ...(reopen ? { state: "open" } : {}) }),
  );
}

/** Close an extra digest issue (left by a race): the oldest one is kept. */
export async function closeDigestIssue(gh: GitHubClient, target: DigestTarget, number: number): Promise<void> {
  await orNotFound(`issue ${target.owner}/${target.repo}#${number}`, () =>
    gh.request(REST_ROUTES.updateIssue, { owner: target.owner, repo: target.repo, issue_number: number, state: "closed", state_reason: "not_planned" }),
  );
}

/** Open the digest Discussion in the category named `category` (name or slug, any case). */
export async function createDigestDiscussion(gh: GitHubClient, target: DigestTarget, category: string, title: string, body: string): Promise<DigestPageCandidate> {
  const where = await orNotFound(`repository ${target.owner}/${target.repo}`, () =>
    gh.graphql<{ repository: { id: string; discussionCategories: { nodes: ({ id: string; name: string; slug: string } | null)[] | null } } | null }>(
      graphqlDocument("digestDiscussionTarget"),
      { owner: target.owner, name: target.repo },
    ),
  );
  const wanted = category.toLowerCase();
  const found = (where.repository?.discussionCategories.nodes ?? []).find((c) => c && (c.name.toLowerCase() === wanted || c.slug.toLowerCase() === wanted));
  if (!where.repository || !found) throw new Error(`${target.owner}/${target.repo} has no discussion category "${category}" (digest.category)`);
  const data = await gh.graphql<{ createDiscussion: { discussion: { id: string; number: number; url: string } } }>(graphqlDocument("createDigestDiscussion"), {
    repositoryId: where.repository.id,
    categoryId: found.id,
    title,
    body,
  });
  const d = data.createDiscussion.discussion;
  return { kind: "discussion", id: d.id, number: d.number, url: d.url, title, body, closed: false, viewerDidAuthor: true };
}

/** Replace the digest Discussion's body. */
export async function updateDigestDiscussion(gh: GitHubClient, id: string, body: string): Promise<void> {
  await orNotFound(`discussion ${id}`, () => gh.graphql(graphqlDocument("updateDigestDiscussion"), { discussionId: id, body }));
}
