// Writes the digest to its one page: finds the app's digest (among the listed open issues, then
// by search, then among the most recently created issues, which search may not index yet),
// edits it in place, creates it when there is none, and never makes a second one. A page
// counts as the digest only when the app wrote it and its body carries the digest marker: a
// person's look-alike issue is never edited. A closed digest issue is reopened only when the
// config says so; otherwise it is left closed and not refreshed. If a race left two, the oldest
// is kept and the others are closed.
import type { Config } from "../config/schema.ts";
import {
  closeDigestIssue,
  createDigestDiscussion,
  createDigestIssue,
  recentIssues,
  searchDigestPages,
  updateDigestDiscussion,
  updateDigestIssue,
  type DigestPageCandidate,
  type DigestTarget,
  type GitHubClient,
} from "../github/index.ts";
import { isDigestBody } from "../render/digest-marker.ts";

export type PublishOutcome = "created" | "updated" | "left-closed";

export interface Published {
  outcome: PublishOutcome;
  page: DigestPageCandidate;
  /** Extra digest issues closed (left by a race). */
  closedExtras: number[];
}

const isOurs = (kind: DigestPageCandidate["kind"]) => (p: DigestPageCandidate) => p.kind === kind && p.viewerDidAuthor && isDigestBody(p.body);

function unique(pages: DigestPageCandidate[]): DigestPageCandidate[] {
  const seen = new Map<number, DigestPageCandidate>();
  for (const p of pages) if (!seen.has(p.number)) seen.set(p.number, p);
  return [...seen.values()].sort((a, b) => a.number - b.number);
}

/** The app's digest pages of the configured kind, oldest first. */
export async function findDigestPages(gh: GitHubClient, target: DigestTarget, config: Config, listed: DigestPageCandidate[] = []): Promise<DigestPageCandidate[]> {
  const kind = config.digest.where;
  const ours = isOurs(kind);
  const found = unique([...listed.filter(ours), ...(await searchDigestPages(gh, target, config.digest.title)).filter(ours)]);
  if (found.length > 0 || kind === "discussion") return found;
  // Created moments ago (or its search entry is late): the newest issues, no index in between.
  return unique((await recentIssues(gh, target)).filter((p) => ours(p) && p.title === config.digest.title));
}

/** Writes `body` to the repository's one digest page. */
export async function publishDigest(gh: GitHubClient, target: DigestTarget, config: Config, body: string, listed: DigestPageCandidate[] = []): Promise<Published> {
  const pages = await findDigestPages(gh, target, config, listed);
  const { where, title, reopen, category } = config.digest;
  if (pages.length === 0) {
    const page = where === "discussion" ? await createDigestDiscussion(gh, target, category, title, body) : await createDigestIssue(gh, target, title, body);
    return { outcome: "created", page, closedExtras: [] };
  }
  const keep = pages.find((p) => !p.closed) ?? pages[0];
  const closedExtras: number[] = [];
  if (where === "issue") {
    for (const extra of pages) {
      if (extra === keep || extra.closed) continue;
      await closeDigestIssue(gh, target, extra.number);
      closedExtras.push(extra.number);
    }
  }
  if (keep.closed && !(where === "issue" && reopen)) return { outcome: "left-closed", page: keep, closedExtras };
  if (where === "discussion") await updateDigestDiscussion(gh, keep.id, body);
  else await updateDigestIssue(gh, target, keep.number, body, keep.closed);
  return { outcome: "updated", page: { ...keep, body, closed: false }, closedExtras };
}
