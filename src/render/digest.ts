// The repository digest in Markdown, from the digest the coach built (coach/digest.ts): a
// heading line, one section per kind (an empty one says so in one line), the "refresh now"
// checkbox, a footer and the hidden marker. Entries link to the thread or comment; thread text
// is made inert (safe-text.ts) and the whole page mention-safe. The page always fits GitHub's
// 65,536-character body limit: past DIGEST_MAX_CHARS the sections are cut shorter and say how
// many more there are, with a search link. Pure.
import type { ConvergingEntry, Digest, DigestRef, DigestSection, HeatEntry, WaitingEntry } from "../coach/digest.ts";
import { digestMarker, refreshCheckbox } from "./digest-marker.ts";
import { itemLink, linked } from "./items.ts";
import { neutralizeMentions } from "./mentions.ts";
import { inlineExcerpt } from "./safe-text.ts";

/** GitHub refuses issue and discussion bodies over 65,536 characters; keep a margin. */
export const DIGEST_MAX_CHARS = 60_000;
const TITLE_CHARS = 80;

export interface DigestPage {
  /** The repository's web address, e.g. https://github.com/acme/widgets (search links). */
  repoUrl: string;
}

const KIND: Record<DigestRef["kind"], string> = { issue: "issue", pull_request: "pull request", discussion: "discussion" };

function threadLink(t: DigestRef): string {
  const title = inlineExcerpt(t.title, TITLE_CHARS).trim() || `${KIND[t.kind]} ${t.number}`;
  return `${linked(title, t.url)} (${KIND[t.kind]} ${t.number})`;
}

function heatLine(e: HeatEntry): string {
  const since = e.sinceAge ? `, since ${e.sinceUrl ? linked(e.sinceAge, e.sinceUrl) : e.sinceAge}` : "";
  return `- ${threadLink(e.thread)} — reads **${e.level}**${since}.`;
}

function waitingLine(e: WaitingEntry): string {
  return `- ${threadLink(e.thread)}: ${itemLink(e.item)}${e.item.detail}`;
}

function convergingLine(e: ConvergingEntry): string {
  const parts = [`${e.comments} comments`];
  if (e.agreedPoints > 0) parts.push(`${e.agreedPoints} agreed point${e.agreedPoints === 1 ? "" : "s"}`);
  if (e.approvals > 0) parts.push(`${e.approvals} approval${e.approvals === 1 ? "" : "s"}`);
  return `- ${threadLink(e.thread)} — ${parts.join(", ")}; no decision recorded yet.`;
}

function searchUrl(page: DigestPage, query: string): string {
  return `${page.repoUrl}/issues?q=${encodeURIComponent(query)}`;
}

function section<T>(heading: string, empty: string, s: DigestSection<T>, line: (e: T) => string, more: string): string[] {
  if (s.entries.length === 0) return [`### ${heading}`, "", empty, ""];
  const lines = [`### ${heading} (${s.entries.length + s.more})`, "", ...s.entries.map(line)];
  if (s.more > 0) lines.push(`- …and ${s.more} more: ${more}`);
  return [...lines, ""];
}

function shorter<T>(s: DigestSection<T>, max: number): DigestSection<T> {
  return s.entries.length <= max ? s : { entries: s.entries.slice(0, max), more: s.more + s.entries.length - max };
}

function page(d: Digest, p: DigestPage): string {
  const open = searchUrl(p, "is:open sort:updated-desc");
  const moreLink = `[the open threads, most recently updated first](${open}).`;
  const when = d.generatedAt.slice(0, 16).replace("T", " ");
  const unread = d.unread > 0 ? ` ${d.unread} more open thread${d.unread === 1 ? " was" : "s were"} not read (older or past the limit): [see them](${open}).` : "";
  const lines = [
    `Threads that may need a person, most urgent first. Updated ${when} UTC from ${d.scanned} open thread${d.scanned === 1 ? "" : "s"}.${unread}`,
    "",
    ...section("Heating up", "No thread is heating up.", d.heating, heatLine, moreLink),
    ...section("Waiting for an answer", "No question or concern is waiting.", d.waiting, waitingLine, moreLink),
    ...section("Ready for a decision", "No long debate is converging without a decision.", d.converging, convergingLine, moreLink),
    "### Coaching switched off",
    "",
    d.coachOff === 0 ? "No thread has coaching switched off." : `${d.coachOff} thread${d.coachOff === 1 ? " has" : "s have"} coaching switched off (\`/coach off\`), so ${d.coachOff === 1 ? "it is" : "they are"} not listed.`,
    "",
    refreshCheckbox(),
    "",
    "<sub>Common Ground lists threads, never people. It reads only open threads; the list is rebuilt on a schedule and soon after threads change.</sub>",
  ];
  return `${neutralizeMentions(lines.join("\n"))}\n\n${digestMarker(d.generatedAt)}\n`;
}

/** The digest page, under DIGEST_MAX_CHARS: sections are cut shorter (and say how many more) until it fits. */
export function renderDigest(d: Digest, p: DigestPage): string {
  let body = page(d, p);
  let max = Math.max(d.heating.entries.length, d.waiting.entries.length, d.converging.entries.length);
  while (body.length > DIGEST_MAX_CHARS && max > 0) {
    max = Math.floor(max / 2);
    body = page({ ...d, heating: shorter(d.heating, max), waiting: shorter(d.waiting, max), converging: shorter(d.converging, max) }, p);
  }
  return body;
}
