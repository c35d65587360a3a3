// The open threads of one repository for the digest, with bounded cost: issues, pull requests
// and discussions listed most recently updated first, 50 to a request, each with only its latest
// comments (a window), stopping at `since` or at `maxThreads`. The first issues page brings the
// config file and the repository's web address too, and the limits may depend on it. A
// repository with 500 open threads costs about ten requests; no thread is read whole.
import type { Comment, Thread } from "../thread/model.ts";
import type { GitHubClient } from "./client.ts";
import { configSourceOf, isConfigReadError, type ConfigSource, type RawConfigFields } from "./config-source.ts";
import { graphqlDocument, type DocumentName } from "./documents.ts";
import { graphqlErrorsOf, orNotFound, type GraphQLErrorLike } from "./errors.ts";
import { inThreadOrder, isMeaningfulReview, nodesOf, toComment, toReview, type Connection, type RawComment, type RawReview } from "./normalize.ts";

/** Threads asked for per request, and the latest comments read of each. */
export const DIGEST_PAGE_SIZE = 50;
export const DIGEST_COMMENT_WINDOW = 30;

export interface ListOpenThreadsOptions {
  /** Only threads updated at or after this time. */
  since: Date;
  /** At most this many threads in all (the most recently updated kept). */
  maxThreads: number;
}

/** One open thread as listed: the opening post and its latest comments. */
export interface ListedThread {
  thread: Thread;
  updatedAt: string;
  /** Comments before the window that were not read. */
  omitted: number;
}

export interface OpenThreadList {
  threads: ListedThread[];
  /** The config file the first request found. */
  configSource: ConfigSource;
  /** The repository's web address (e.g. https://github.com/acme/widgets). */
  repoUrl: string;
  /** Open threads GitHub counts (all kinds, any age), and how many of them were not read. */
  openTotal: number;
  unread: number;
  /** GitHub requests made. */
  requests: number;
  /** Kinds that could not be listed (e.g. discussions refused to the token), with why. */
  skipped: string[];
}

interface RawListed extends RawComment {
  number: number;
  title: string;
  url: string;
  locked: boolean;
  labels: Connection<{ name: string }> | null;
  comments: (Connection<RawComment> & { totalCount: number }) | null;
  reviews?: Connection<RawReview> | null;
}

interface RawPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<RawListed | null> | null;
}

type Kind = Thread["kind"];
const KINDS: { kind: Kind; document: DocumentName; field: string }[] = [
  { kind: "issue", document: "digestIssues", field: "issues" },
  { kind: "pull_request", document: "digestPullRequests", field: "pullRequests" },
  { kind: "discussion", document: "digestDiscussions", field: "discussions" },
];

function toThread(raw: RawListed, kind: Kind, owner: string, repo: string): ListedThread {
  const commentKind = kind === "discussion" ? "discussion_comment" : "comment";
  const rest: Comment[] = nodesOf(raw.comments).map((c) => toComment(c, commentKind));
  if (raw.reviews) rest.push(...nodesOf(raw.reviews).map(toReview).filter(isMeaningfulReview));
  const thread: Thread = {
    kind,
    repo: { owner, name: repo },
    number: raw.number,
    nodeId: raw.id,
    title: raw.title,
    url: raw.url,
    locked: raw.locked,
    labels: nodesOf(raw.labels).map((l) => l.name),
    comments: inThreadOrder(toComment(raw, "body"), rest),
    reviewThreads: [],
  };
  const omitted = Math.max(0, (raw.comments?.totalCount ?? 0) - nodesOf(raw.comments).length);
  return { thread, updatedAt: raw.updatedAt ?? raw.createdAt, omitted };
}

/** Run a listing document; an answer whose only errors are tolerated config-read errors is used as it is. */
async function runListing(gh: GitHubClient, name: DocumentName, variables: Record<string, unknown>, what: string): Promise<{ data: any; tolerated: GraphQLErrorLike[] }> {
  let tolerated: GraphQLErrorLike[] = [];
  const data = await orNotFound(what, async () => {
    try {
      return await gh.graphql(graphqlDocument(name), variables);
    } catch (err) {
      const errors = graphqlErrorsOf(err);
      const partial = (err as { data?: unknown } | null)?.data;
      if (!errors || errors.length === 0 || !errors.every(isConfigReadError) || !partial || typeof partial !== "object") throw err;
      tolerated = errors;
      return partial;
    }
  });
  return { data, tolerated };
}

/** Lists a repository's open threads for the digest. Throws GitHubNotFound when the repository is gone. */
export async function listOpenThreads(
  gh: GitHubClient,
  target: { owner: string; repo: string },
  limits: ListOpenThreadsOptions | ((configSource: ConfigSource) => ListOpenThreadsOptions | Promise<ListOpenThreadsOptions>),
): Promise<OpenThreadList> {
  const { owner, repo } = target;
  let options: ListOpenThreadsOptions | undefined = typeof limits === "function" ? undefined : limits;
  const out: OpenThreadList = { threads: [], configSource: { kind: "none" }, repoUrl: "", openTotal: 0, unread: 0, requests: 0, skipped: [] };
  // The kinds are merged by update time, one page at a time: the next page is always asked of
  // the kind whose last thread is the most recent, and a kind stops once its threads are older
  // than `since` or than the maxThreads-th most recent thread already in hand.
  const lanes = KINDS.map((k) => ({ ...k, after: null as string | null, done: false, last: Infinity, total: 0 }));
  const cutoff = (): number => {
    if (!options || out.threads.length < options.maxThreads) return -Infinity;
    return out.threads.map((t) => Date.parse(t.updatedAt)).sort((a, b) => b - a)[options.maxThreads - 1];
  };
  for (;;) {
    const limit = cutoff();
    for (const lane of lanes) if (!lane.done && lane.last < limit) lane.done = true;
    const lane = lanes.filter((l) => !l.done).sort((a, b) => b.last - a.last)[0];
    if (!lane) break;
    const { kind, document, field } = lane;
    try {
      const variables = { owner, name: repo, after: lane.after, pageSize: DIGEST_PAGE_SIZE, window: DIGEST_COMMENT_WINDOW };
      out.requests++;
      const { data, tolerated } = await runListing(gh, document, variables, `repository ${owner}/${repo}`);
      if (!data?.repository) throw new Error(`repository ${owner}/${repo} not found`);
      if (kind === "issue" && !out.repoUrl) {
        out.configSource = configSourceOf(data as RawConfigFields, target, tolerated);
        out.repoUrl = String(data.repository.url ?? `https://github.com/${owner}/${repo}`);
        if (!options) options = await (limits as (s: ConfigSource) => ListOpenThreadsOptions | Promise<ListOpenThreadsOptions>)(out.configSource);
      }
      const sinceMs = options!.since.getTime();
      const page = data.repository[field] as RawPage;
      lane.total = page.totalCount;
      for (const raw of nodesOf<RawListed>(page)) {
        const updated = Date.parse(raw.updatedAt ?? raw.createdAt);
        lane.last = updated;
        if (updated < sinceMs) {
          lane.done = true;
          break;
        }
        out.threads.push(toThread(raw, kind, owner, repo));
      }
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || nodesOf(page).length === 0) lane.done = true;
      lane.after = page.pageInfo.endCursor;
    } catch (err) {
      // Issues are the digest's own ground (and bring the config): their failure is the refresh's
      // failure. Pull requests and discussions may be off for the repository or refused to the
      // token: listed as skipped.
      if (kind === "issue") throw err;
      lane.done = true;
      out.skipped.push(`${field}: ${(err as Error).message?.split("\n")[0] ?? String(err)}`);
    }
  }
  out.openTotal = lanes.reduce((sum, l) => sum + l.total, 0);
  out.threads.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
  out.threads = out.threads.slice(0, options?.maxThreads ?? out.threads.length);
  out.unread = Math.max(0, out.openTotal - out.threads.length);
  return out;
}
