// Builds a repository's digest, read-only: lists its open threads (github/list-open-threads.ts,
// a bounded window of each), analyses each window, reads `/coach off` from the app's own
// coaching comment, and composes (coach/digest.ts) and renders (render/digest.ts) the page.
// The app's own digest pages found among the listed issues are returned, not listed in the digest.
// Shared by the server, the Action and the CLI (`common-ground digest owner/repo`).
import type { AnalyzeOptions } from "../analysis/report.ts";
import type { ThreadReport } from "../analysis/types.ts";
import { buildDigest, type Digest, type DigestThread } from "../coach/digest.ts";
import { parseState } from "../coach/state.ts";
import type { Config } from "../config/schema.ts";
import { listOpenThreads, type ConfigSource, type DigestPageCandidate, type GitHubClient, type ListedThread, type OpenThreadList } from "../github/index.ts";
import { renderDigest } from "../render/digest.ts";
import { isDigestBody } from "../render/digest-marker.ts";
import { decodeMarker, hasMarker } from "../render/marker.ts";
import type { Thread } from "../thread/model.ts";

const DAY_MS = 86_400_000;
/** Threads analysed between two yields to the event loop. */
const YIELD_EVERY = 20;

export interface CollectOptions {
  now: Date;
  /** The repository's config from the file the listing found. */
  resolveConfig: (source: ConfigSource) => Promise<Config>;
  analyze: (thread: Thread, options: AnalyzeOptions) => ThreadReport;
}

export interface CollectedDigest {
  config: Config;
  list: OpenThreadList;
  digest: Digest;
  body: string;
  /** The app's digest issues and discussions among the listed threads (open ones, recently updated). */
  pages: DigestPageCandidate[];
  /** Milliseconds spent analysing and rendering (the app's own time, GitHub waits excluded). */
  ownMs: number;
}

/** `/coach off` in force: the app's own coaching comment says so. */
export function coachOffIn(thread: Thread): boolean {
  const ours = thread.comments.filter((c) => c.viewerDidAuthor === true && hasMarker(c.body));
  return ours.some((c) => parseState(decodeMarker(c.body))?.coachOff === true);
}

/** A listed issue or discussion that is the app's own digest page (search may not have indexed it yet). */
function digestPageOf(l: ListedThread): DigestPageCandidate | undefined {
  const opening = l.thread.comments[0];
  if (l.thread.kind === "pull_request" || !opening?.viewerDidAuthor || !isDigestBody(opening.body)) return undefined;
  return { kind: l.thread.kind, id: l.thread.nodeId ?? "", number: l.thread.number ?? 0, url: l.thread.url ?? "", title: l.thread.title, body: opening.body, closed: false, viewerDidAuthor: true };
}

function toDigestThread(l: ListedThread, config: Config, now: Date, analyze: CollectOptions["analyze"]): DigestThread {
  const { thread } = l;
  const report = analyze(thread, { now, sensitivity: config.sensitivity, ignoreUsers: config.ignore.users });
  return {
    kind: thread.kind,
    number: thread.number ?? 0,
    title: thread.title,
    url: thread.url ?? "",
    labels: thread.labels,
    comments: thread.comments,
    omitted: l.omitted,
    report,
    coachOff: coachOffIn(thread),
  };
}

/** Reads the repository and builds its digest page (no write). */
export async function collectDigest(gh: GitHubClient, target: { owner: string; repo: string }, options: CollectOptions): Promise<CollectedDigest> {
  let config: Config | undefined;
  const list = await listOpenThreads(gh, target, async (source) => {
    config = await options.resolveConfig(source);
    return { since: new Date(options.now.getTime() - config.digest.maxAgeDays * DAY_MS), maxThreads: config.digest.maxThreads };
  });
  const resolved = config ?? (await options.resolveConfig(list.configSource));
  const started = performance.now();
  const pages: DigestPageCandidate[] = [];
  const threads: DigestThread[] = [];
  for (const [i, l] of list.threads.entries()) {
    // Hundreds of analyses in a row: let the server answer webhooks and health checks in between.
    if (i > 0 && i % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    const page = digestPageOf(l);
    if (page) pages.push(page);
    else threads.push(toDigestThread(l, resolved, options.now, options.analyze));
  }
  const digest = buildDigest({ threads, config: resolved, now: options.now, unread: list.unread });
  const body = renderDigest(digest, { repoUrl: list.repoUrl });
  return { config: resolved, list, digest, body, pages, ownMs: performance.now() - started };
}
