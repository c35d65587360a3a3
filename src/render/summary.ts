// The `/summarize` answer (also the CLI's Markdown report) from its message: where the thread
// stands (first; with why, or what fixed it, when the thread says), what it is about, decisions, agreed points, where people differ, open
// questions, unresolved concerns, follow-ups, participants and how the thread's temperature
// ends, with a heat chart for threads of 10+ comments. Mention-safe. Pure.
import type { MessageItem, StatusLine, SummaryMessage, SummarySection } from "../coach/message.ts";
import { heatChart } from "./heat-chart.ts";
import { bullets, itemLink } from "./items.ts";
import { neutralizeMentions } from "./mentions.ts";
import { inlineExcerpt } from "./safe-text.ts";

/** A summary is read to catch up: its quotes may run longer than a nudge's, so the point survives the cut. */
export const SUMMARY_EXCERPT_CHARS = 160;
/** What the thread is about frames every other line: it may run longer (analysis/about.ts clips it there too). */
export const ABOUT_EXCERPT_CHARS = 220;
/** "Since then" is the app's words around refs and short phrases from the thread: escaped like any excerpt, cut only if absurdly long. */
const SINCE_CHARS = 600;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function section(s: SummarySection): string[] {
  if (s.list.items.length === 0) return s.empty ? [`**${s.title}** — ${s.empty}`, ""] : [];
  return [`**${s.title}**`, ...bullets(s.list, SUMMARY_EXCERPT_CHARS), ""];
}

/** A quoted item, where it is and the rest of its line: "<quote> (comment 6) — by a maintainer." */
function quotedItem(x: MessageItem): string {
  return `${itemLink(x, SUMMARY_EXCERPT_CHARS)}${x.where ? ` (${x.where})` : ""}${x.detail}`;
}

/** A labelled line under the status, shown only as the writer's words (a quote), else not at all. */
function quotedLine(label: string, x: MessageItem | undefined): string {
  return x?.quote !== undefined ? `\n\n**${label}** — ${quotedItem(x)}` : "";
}

function statusLine(s: StatusLine): string {
  // Why the outcome came (or what fixed it), what came after it, a workaround others said worked, and, with no outcome yet, a maintainer's latest word.
  const line = `${statusWithWhy(s)}${quotedLine("Why", s.because)}${quotedLine("Fix", s.fix)}${s.since ? `\n\n**Since then** — ${inlineExcerpt(s.since, SINCE_CHARS)}` : ""}${quotedLine("Workaround", s.workaround)}${quotedLine("Latest from a maintainer", s.maintainer)}`;
  if (!s.contested) return line;
  // Contested later: said only in words (a quote); a comment too sharp to quote is pointed to.
  const c = s.contested;
  const what = c.quote !== undefined ? quotedItem(c) : `see ${c.where ?? "a later comment"}${c.detail}`;
  return `${line}\n\n**Contested since** — ${what}`;
}

function statusWithWhy(s: StatusLine): string {
  if (!s.why) return `**Where it stands** — ${s.text}`;
  // "Closed as a duplicate 3 hours ago, in comment 13: [Duplicate of #298](url)"; a heated
  // comment's decision is described, with its comment linked, instead of quoted.
  const quoted = s.why.quote !== undefined && inlineExcerpt(s.why.quote, SUMMARY_EXCERPT_CHARS).trim().length > 0;
  const where = quoted && s.why.where ? `, in ${s.why.where}` : "";
  return `**Where it stands** — ${s.text.replace(/:$/, "")}${where}: ${itemLink(s.why, SUMMARY_EXCERPT_CHARS)}`;
}

export function renderSummary(m: SummaryMessage): string {
  const out: string[] = [`**Summary so far** (${plural(m.commentCount, "comment")}, ${plural(m.participants, "participant")})`, ""];
  out.push(statusLine(m.status), "");
  if (m.about) out.push(`**About** — ${itemLink(m.about, ABOUT_EXCERPT_CHARS)}`, "");
  for (const s of m.sections) out.push(...section(s));
  out.push(`**Temperature** — ${m.temperature}`);
  const chart = heatChart(m.heatScores);
  if (chart) out.push("", chart);
  return neutralizeMentions(out.join("\n").trim());
}
