// The digest's part of the loopback fake GitHub (fake-github-server.ts): the open-thread
// listings (issues, pull requests, discussions, most recently updated first, a window of the
// latest comments), the title search (with GitHub's index lag: a page created through the API
// is found by search only after `indexSearch()`), the recent-issues REST list, and creating,
// editing, reopening and closing the digest issue or discussion.
import type { FakeComment, FakeThread } from "../app/fake-repo.ts";
import { commentNode } from "./thread-nodes.ts";

export interface DigestStore {
  all(): StoredLike[];
  add(t: StoredLike): StoredLike;
  tick(): string;
  newId(): number;
  record(write: DigestWrite): void;
  config(owner: string, repo: string): string | undefined;
  /** "owner/repo" of every repository with a config file. */
  configRepos(): string[];
  /** Issues and discussions search does not see yet (created through the API, not yet indexed). */
  unindexed: Set<string>;
}

export interface StoredLike extends FakeThread {
  owner: string;
  repo: string;
}

export type DigestWrite =
  | { op: "create-issue"; thread: string; body: string }
  | { op: "update-issue"; thread: string; body?: string; state?: string }
  | { op: "create-discussion"; thread: string; body: string }
  | { op: "update-discussion"; thread: string; body: string };

const APP = "common-ground";
const key = (t: { owner: string; repo: string; number: number }) => `${t.owner}/${t.repo}#${t.number}`.toLowerCase();
const idOf = (t: StoredLike) => `T_${t.owner}_${t.repo}_${t.number}`;
const sameRepo = (t: StoredLike, owner: string, repo: string) => t.owner.toLowerCase() === owner.toLowerCase() && t.repo.toLowerCase() === repo.toLowerCase();

/** When the thread last changed: its newest comment or edit. */
export function updatedAtOf(t: FakeThread): string {
  const times = [t.opening, ...t.comments, ...(t.reviews ?? [])].map((c) => c.updatedAt ?? c.createdAt);
  return times.sort().at(-1)!;
}

function listed(t: StoredLike, window: number) {
  const node = (c: FakeComment) => commentNode(c, t, t);
  const comments = t.comments.slice(-window);
  const out: Record<string, unknown> = {
    ...node(t.opening),
    id: idOf(t),
    number: t.number,
    title: t.title,
    url: `https://github.com/${t.owner}/${t.repo}/${t.kind === "discussion" ? "discussions" : t.kind === "pull_request" ? "pull" : "issues"}/${t.number}`,
    locked: Boolean(t.locked),
    updatedAt: updatedAtOf(t),
    labels: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: (t.labels ?? []).map((name) => ({ name })) },
    comments: {
      totalCount: t.comments.length,
      pageInfo: { hasNextPage: false, endCursor: null },
      nodes: comments.map((c) => (t.kind === "discussion" ? { ...node(c), deletedAt: null } : node(c))),
    },
  };
  if (t.kind === "pull_request") {
    out.reviews = { pageInfo: { hasNextPage: false, endCursor: null }, nodes: (t.reviews ?? []).slice(-20).map((r) => ({ ...node(r), state: r.reviewState ?? "COMMENTED", submittedAt: r.createdAt })) };
  }
  return out;
}

const LISTINGS: Record<string, { kind: FakeThread["kind"]; field: string }> = {
  DigestIssues: { kind: "issue", field: "issues" },
  DigestPullRequests: { kind: "pull_request", field: "pullRequests" },
  DigestDiscussions: { kind: "discussion", field: "discussions" },
};

function configFile(text: string | undefined) {
  return text === undefined ? null : { __typename: "Blob", text, isBinary: false, isTruncated: false };
}

function searchNode(t: StoredLike) {
  return {
    __typename: t.kind === "discussion" ? "Discussion" : "Issue",
    id: idOf(t),
    number: t.number,
    url: `https://github.com/${t.owner}/${t.repo}/${t.kind === "discussion" ? "discussions" : "issues"}/${t.number}`,
    title: t.title,
    body: t.opening.body,
    closed: Boolean(t.closedAt),
    viewerDidAuthor: Boolean(t.opening.viewerDidAuthor),
  };
}

function search(store: DigestStore, query: string, kind: "issue" | "discussion") {
  const repo = /repo:([^/\s]+)\/(\S+)/.exec(query);
  const title = /in:title "([^"]*)"/.exec(query)?.[1] ?? "";
  if (!repo) return { nodes: [] };
  const hits = store
    .all()
    .filter((t) => t.kind === kind && sameRepo(t, repo[1], repo[2]) && !store.unindexed.has(key(t)) && t.title.toLowerCase().includes(title.toLowerCase().trim()));
  return { nodes: hits.map(searchNode) };
}

/** The digest's GraphQL operations; undefined for any other operation. */
export function digestGraphql(store: DigestStore, operation: string, v: Record<string, any>): unknown {
  const listing = LISTINGS[operation];
  if (listing) {
    const open = store
      .all()
      .filter((t) => t.kind === listing.kind && sameRepo(t, v.owner, v.name) && !t.closedAt)
      .sort((a, b) => updatedAtOf(b).localeCompare(updatedAtOf(a)) || b.number - a.number);
    const start = v.after ? Number(v.after) : 0;
    const nodes = open.slice(start, start + v.pageSize).map((t) => listed(t, v.window));
    const end = start + nodes.length;
    const page = { totalCount: open.length, pageInfo: { hasNextPage: end < open.length, endCursor: nodes.length ? String(end) : null }, nodes };
    const repository: Record<string, unknown> = { [listing.field]: page };
    if (operation === "DigestIssues") {
      repository.url = `https://github.com/${v.owner}/${v.name}`;
      repository.configFile = configFile(store.config(v.owner, v.name));
      const org = store.config(v.owner, ".github");
      if (org === undefined) {
        return {
          data: { repository, ownerConfig: null },
          errors: [{ type: "NOT_FOUND", path: ["ownerConfig"], locations: [{ line: 1, column: 1 }], message: `Could not resolve to a Repository with the name '${v.owner}/.github'.` }],
        };
      }
      return { data: { repository, ownerConfig: { configFile: configFile(org) } } };
    }
    return { data: { repository } };
  }
  if (operation === "RepositoryConfig") {
    const repository = { configFile: configFile(store.config(v.owner, v.name)) };
    const org = store.config(v.owner, ".github");
    if (org === undefined) {
      return {
        data: { repository, ownerConfig: null },
        errors: [{ type: "NOT_FOUND", path: ["ownerConfig"], locations: [{ line: 1, column: 1 }], message: `Could not resolve to a Repository with the name '${v.owner}/.github'.` }],
      };
    }
    return { data: { repository, ownerConfig: { configFile: configFile(org) } } };
  }
  if (operation === "FindDigest") return { data: { issues: search(store, v.issueQuery, "issue"), discussions: search(store, v.discussionQuery, "discussion") } };
  if (operation === "DigestDiscussionTarget") {
    return { data: { repository: { id: `R_${v.owner}_${v.name}`, discussionCategories: { nodes: [{ id: "DC_general", name: "General", slug: "general" }, { id: "DC_ann", name: "Announcements", slug: "announcements" }] } } } };
  }
  if (operation === "CreateDigestDiscussion") {
    const [, owner, repo] = /^R_([^_]+)_(.+)$/.exec(v.repositoryId) ?? [];
    const t = createPage(store, "discussion", owner, repo, v.title, v.body);
    store.record({ op: "create-discussion", thread: key(t), body: v.body });
    return { data: { createDiscussion: { discussion: { id: idOf(t), number: t.number, url: `https://github.com/${owner}/${repo}/discussions/${t.number}` } } } };
  }
  if (operation === "UpdateDigestDiscussion") {
    const t = store.all().find((x) => idOf(x) === v.discussionId);
    if (!t) return { data: { updateDiscussion: null }, errors: [{ type: "NOT_FOUND", path: ["updateDiscussion"], message: "Could not resolve to a node" }] };
    if (!t.opening.viewerDidAuthor) return { data: { updateDiscussion: null }, errors: [{ type: "FORBIDDEN", path: ["updateDiscussion"], message: "Resource not accessible by integration" }] };
    t.opening.body = v.body;
    t.opening.updatedAt = store.tick();
    store.record({ op: "update-discussion", thread: key(t), body: v.body });
    return { data: { updateDiscussion: { discussion: { id: v.discussionId } } } };
  }
  return undefined;
}

function createPage(store: DigestStore, kind: "issue" | "discussion", owner: string, repo: string, title: string, body: string): StoredLike {
  const number = Math.max(0, ...store.all().filter((t) => sameRepo(t, owner, repo)).map((t) => t.number)) + 1;
  const id = store.newId();
  const opening: FakeComment = { id: `I_${id}`, databaseId: id, body, login: APP, isBot: true, association: "NONE", viewerDidAuthor: true, createdAt: store.tick() };
  const t = store.add({ owner, repo, kind, number, title, opening, comments: [] });
  store.unindexed.add(key(t));
  return t;
}

function restIssue(t: StoredLike) {
  return {
    id: t.opening.databaseId,
    node_id: idOf(t),
    number: t.number,
    html_url: `https://github.com/${t.owner}/${t.repo}/issues/${t.number}`,
    title: t.title,
    body: t.opening.body,
    state: t.closedAt ? "closed" : "open",
    user: { login: t.opening.isBot ? `${t.opening.login}[bot]` : t.opening.login, type: t.opening.isBot ? "Bot" : "User" },
    created_at: t.opening.createdAt,
    updated_at: updatedAtOf(t),
  };
}

/** The digest's REST routes; undefined for any other route. */
export function digestRest(store: DigestStore, method: string, path: string, body: any): [number, unknown] | undefined {
  // The sweep: one installation (id 7) that reaches every repository holding a thread or a config.
  if (method === "GET" && path === "/app/installations") return [200, [{ id: 7, account: { login: "acme", type: "Organization" } }]];
  if (method === "GET" && path === "/installation/repositories") {
    const names = [...new Set([...store.all().map((t) => `${t.owner}/${t.repo}`.toLowerCase()), ...store.configRepos()])].filter((n) => !n.endsWith("/.github"));
    const repositories = names.map((full, i) => ({ id: i + 1, name: full.split("/")[1], full_name: full, archived: false, owner: { login: full.split("/")[0] } }));
    return [200, { total_count: repositories.length, repositories }];
  }
  let m = /^\/repos\/([^/]+)\/([^/]+)\/issues$/.exec(path);
  if (m && method === "GET") {
    const issues = store
      .all()
      .filter((t) => t.kind === "issue" && sameRepo(t, m![1], m![2]))
      .sort((a, b) => b.number - a.number);
    return [200, issues.slice(0, 30).map(restIssue)];
  }
  if (m && method === "POST") {
    const t = createPage(store, "issue", m[1], m[2], String(body?.title ?? ""), String(body?.body ?? ""));
    store.record({ op: "create-issue", thread: key(t), body: t.opening.body });
    return [201, restIssue(t)];
  }
  m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(path);
  if (m && method === "PATCH") {
    const t = store.all().find((x) => x.kind !== "discussion" && sameRepo(x, m![1], m![2]) && x.number === Number(m![3]));
    if (!t) return [404, { message: "Not Found" }];
    if (!t.opening.viewerDidAuthor) return [403, { message: "Resource not accessible by integration" }];
    if (typeof body?.body === "string") {
      t.opening.body = body.body;
      t.opening.updatedAt = store.tick();
    }
    if (body?.state === "open") delete t.closedAt;
    if (body?.state === "closed") t.closedAt = store.tick();
    store.record({ op: "update-issue", thread: key(t), ...(typeof body?.body === "string" ? { body: body.body } : {}), ...(body?.state ? { state: body.state } : {}) });
    return [200, restIssue(t)];
  }
  return undefined;
}
