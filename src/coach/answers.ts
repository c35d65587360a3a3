// What the command answers say, as plain data: the `/summarize` summary (also the CLI's
// Markdown report), the `/concerns` list, the decision-record draft (`/decision` and the
// convergence offer; gaps are left as questions for the humans) and `/coach help`. Names
// nobody. render/ only turns these messages into Markdown. Pure.
import type { Agreement, Decision, ThreadReport } from "../analysis/types.ts";
import type { Config } from "../config/schema.ts";
import type { Thread } from "../thread/model.ts";
import { agreedBy, capped, commentNumber, isBareDescription, isHeated, itemLine, openItemLine } from "./items.ts";
import { CLOSING_KINDS, REVERSING_KINDS } from "../analysis/outcome-cues.ts";
import { contestConcern } from "../analysis/contested.ts";
import { lightHeartedComments } from "../analysis/light-heat.ts";
import { composeStatus, decisionPhrase } from "./status-line.ts";
import { answerBy, answerItem } from "./answer-line.ts";
import { shortLinks } from "./short-links.ts";
import type { ConcernsMessage, DecisionRecordMessage, HelpMessage, MessageItem, StatusLine, SummaryMessage, SummarySection } from "./message.ts";
import { describeTemperature } from "./temperature.ts";
import { dateAfter } from "./time.ts";

/** Days until the suggested review date. */
export const REVIEW_AFTER_DAYS = 90;

/** Human participants (bots left out). */
export function humanParticipants(report: ThreadReport): number {
  return report.participants.filter((p) => !p.isBot).length;
}

const owner = (login: string | undefined) => (login ? ` (owner: ${login})` : "");

/** True when a line says nothing in words: no quote, and only a bare placeholder ("A question that is still open"). */
function saysNothing(item: MessageItem): boolean {
  return item.quote === undefined && isBareDescription(item.described);
}

/** True when a summary line states its point in words: a quote, or a decision of a known kind in
 * the app's words ("Merged — by kai"). A topic and a comment number ("An agreed point about the
 * console, in comment 5") is a placeholder a reader cannot use: a summary leaves it out. */
function statesPoint(item: MessageItem): boolean {
  return item.quote !== undefined || (item.kind === "decision" && !saysNothing(item) && !/\babout\b/.test(item.described));
}

/** "see comment 6 (not quoted)." for open items whose comments read too sharp to quote, or
 * undefined. It names no topic: it only says where the question waits. */
function heldBackNote(items: MessageItem[]): string | undefined {
  const held = items.filter((i) => !statesPoint(i));
  if (held.length === 0) return undefined;
  const numbers = [...new Set(held.map((i) => i.where?.replace(/^comments? /, "")).filter((w): w is string => w !== undefined))];
  if (numbers.length === 0) return undefined;
  return `see comment${numbers.length === 1 ? "" : "s"} ${numbers.join(", ")} (not quoted).`;
}

function shortened(item: MessageItem): MessageItem {
  return item.quote === undefined ? item : { ...item, quote: shortLinks(item.quote) };
}

function shortenedStatus(s: StatusLine): StatusLine {
  const out = s.why ? { ...s, why: shortened(s.why) } : s;
  return out.contested ? { ...out, contested: shortened(out.contested) } : out;
}

/** What the agreement was: an approval of the whole change, a suggestion confirmed to work, or agreement. */
function agreedDetail(a: Agreement): string {
  if (a.whole) return approvedBy(a.agreedBy.length);
  const n = a.confirmedBy?.length ?? 0;
  if (n > 0 && n === a.agreedBy.length) return ` — confirmed to work by ${n} participant${n === 1 ? "" : "s"}.`;
  return agreedBy(a.agreedBy.length);
}

/** " — the change as a whole, approved by 2 participants." (the line quotes the title) */
function approvedBy(n: number): string {
  return ` — the change as a whole, approved by ${n} participant${n === 1 ? "" : "s"}.`;
}

function decisionLine(report: ThreadReport, thread: Pick<Thread, "comments">, d: Decision): MessageItem {
  const reversed = d.reversedBy ? `; later reversed${d.reversedBy.commentId ? ` (${reversedWhere(thread, d.reversedBy.commentId)})` : ""}` : "";
  // A summary says who decided (never as an @mention: render/mentions.ts); nudges name nobody.
  const line = itemLine(report, thread, d, "decision", ` — ${decisionPhrase(d)} by ${d.author}${reversed}.`);
  // A heated comment's decision that names no topic is still a decision of a known kind: say which, in the app's words.
  if (line.quote === undefined && d.kind && d.kind !== "decided") {
    line.described = decisionPhrase(d).charAt(0).toUpperCase() + decisionPhrase(d).slice(1);
    line.detail = ` — by ${d.author}${reversed}.`;
  }
  return line;
}

function reversedWhere(thread: Pick<Thread, "comments">, commentId: string): string {
  const n = commentNumber(thread, commentId);
  return n === undefined ? "later" : `comment ${n}`;
}

function section(title: string, items: MessageItem[], empty?: string): SummarySection {
  return empty === undefined ? { title, list: capped(items) } : { title, list: capped(items), empty };
}

/**
 * A summary section of the lines that state their point. When none does: an open question or
 * concern still points to where it waits (someone should answer it); an agreed point, a
 * decision or a follow-up that cannot be said in words is left out, section and all, rather than
 * shown as a comment number a reader cannot use (or as "nothing agreed", which would be false).
 */
function summarySection(title: string, items: MessageItem[], empty?: string, pointToHeld = false): SummarySection {
  const kept = items.filter(statesPoint).map(shortened);
  if (kept.length > 0 || items.length === 0) return section(title, kept, empty);
  return section(title, kept, pointToHeld ? heldBackNote(items) : undefined);
}

/** A bare "Sure, I'll close it." beside the closing the status line already quotes with its reason: an echo, not another decision. */
function echoesClosing(report: ThreadReport, d: Decision): boolean {
  const why = report.status?.why;
  const closing = (x: Decision) => CLOSING_KINDS.has(x.kind ?? "decided");
  return why !== undefined && why !== d && closing(why) && closing(d) && d.text.split(/\s+/).length <= 5;
}

/** The closing the status line says came after the outcome it leaves standing ("Since then — a maintainer closed it"): not a decision of its own. */
function closedAfterOutcome(report: ThreadReport, thread: Pick<Thread, "comments">, d: Decision): boolean {
  const { why, settledBy } = report.status ?? {};
  if (d !== settledBy || !why) return false;
  return (commentNumber(thread, d.commentId) ?? 0) > (commentNumber(thread, why.commentId) ?? 0);
}

/** The open concerns and, when the status line says the outcome is contested, the contest (once). */
function concernsOf(report: ThreadReport, now: Date): ThreadReport["openConcerns"] {
  const contest = report.status?.contestedBy;
  if (!contest || report.openConcerns.some((c) => c.commentId === contest.commentId)) return report.openConcerns;
  return [...report.openConcerns, contestConcern(contest, now)];
}

export function composeSummary(report: ThreadReport, thread: Pick<Thread, "comments">, now: Date): SummaryMessage {
  const line = itemLine.bind(null, report, thread);
  const differences = report.differences ?? [];
  const status = shortenedStatus(composeStatus(report, thread, now));
  // The thread's answer: in "Where it stands" when no outcome is stated, else its own line when the
  // outcome does not quote the same comment. Not listed again under Agreed.
  const answer = answerItem(report, thread);
  const answerInStatus = answer !== undefined && !report.status.why && status.why?.commentId === answer.commentId;
  // A guess nobody confirmed is labelled as one.
  const by = answerBy(report);
  const answerLine = answer && !answerInStatus && report.status.why?.commentId !== answer.commentId ? [{ ...answer, detail: by }] : [];
  // An agreed point that is a pending follow-up ("+1 to the follow-up issue") is said once, as the follow-up.
  const isFollowUp = (a: Agreement) => report.actionItems.some((f) => f.commentId === a.commentId && f.text === a.text);
  const answerShown = answerInStatus || answerLine.length > 0;
  const agreements = report.agreements.filter((a) => !(answerShown && a.commentId === answer?.commentId) && !isFollowUp(a));
  const followUpAgreed = (f: ThreadReport["actionItems"][number]) => report.agreements.find((a) => a.commentId === f.commentId && a.text === f.text)?.agreedBy.length ?? 0;
  // "Nothing explicitly agreed" only where the thread truly settled nothing: no outcome, no answer, no decision.
  const settledNothing = !report.status.why && answer === undefined && (report.decisions ?? []).length === 0;
  const message: SummaryMessage = {
    kind: "summary",
    commentCount: report.commentCount,
    participants: humanParticipants(report),
    status,
    sections: [
      summarySection("Answer so far", answerLine),
      // The decision the status line quotes is not listed again, nor an approval when Agreed
      // already says the change as a whole was approved (and by how many).
      summarySection("Decisions", (report.decisions ?? []).filter((d) => d !== report.status?.why && !closedAfterOutcome(report, thread, d) && !(d.kind === "approved" && report.agreements.some((a) => a.whole)) && !echoesClosing(report, d)).map((d) => decisionLine(report, thread, d))),
      summarySection("Agreed", agreements.map((a) => line(a, "point", agreedDetail(a))), settledNothing ? "nothing explicitly agreed yet." : undefined),
      summarySection("Where people differ", differences.map((d) => line(d, "point", ` — ${d.author}; disputed by ${d.disputedBy.author} (${reversedWhere(thread, d.disputedBy.commentId)}).`))),
      summarySection("Open questions", report.openQuestions.map((q) => openItemLine(report, thread, q, now)), "none waiting.", true),
      summarySection("Unresolved concerns", concernsOf(report, now).map((c) => openItemLine(report, thread, c, now)), "none.", true),
      summarySection("Follow-ups", report.actionItems.map((f) => line(f, "follow-up", `${owner(f.owner)}${followUpAgreed(f) > 0 ? agreedBy(followUpAgreed(f)) : ""}`))),
    ],
    temperature: describeTemperature(report.heat, (id) => commentNumber(thread, id), lightHeartedComments(thread.comments)),
    heatScores: report.heat.perComment.map((c) => c.score),
  };
  // Every summary says what the thread is about (a maintainer catching up needs it first), unless
  // another line already quotes the same sentence of the opening post. Only in the writer's words:
  // a heated opening post is not paraphrased into a topic line.
  if (report.about && !isHeated(report, report.about.commentId) && !quotedElsewhere(message, report.about)) {
    message.about = line(report.about, "point");
  }
  return message;
}

/** Letters and digits only, lower case: two quotes of one sentence compare equal whatever their markup. */
const bare = (s: string) => s.toLowerCase().replace(/…$/, "").replace(/[^\p{L}\p{N}]+/gu, "");

/** True when a line of the summary already quotes the sentence `about` quotes (the status or the
 * answer quoting the opening post). Quotes may be cut at different lengths: one holds the other's start. */
function quotedElsewhere(message: SummaryMessage, about: { text: string; commentId: string }): boolean {
  const s = message.status;
  const lines = [s.why, s.because, s.workaround, s.contested, ...message.sections.flatMap((sec) => sec.list.items)];
  const mine = bare(about.text);
  return lines.some((x) => {
    if (!x || x.commentId !== about.commentId || x.quote === undefined) return false;
    const theirs = bare(x.quote);
    return theirs.length > 0 && mine.length > 0 && (theirs.includes(mine.slice(0, 60)) || mine.includes(theirs.slice(0, 60)));
  });
}

export function composeConcerns(report: ThreadReport, thread: Pick<Thread, "comments">, now: Date): ConcernsMessage {
  return {
    kind: "concerns",
    concerns: capped(concernsOf(report, now).map((c) => openItemLine(report, thread, c, now))),
    questions: capped(report.openQuestions.map((q) => openItemLine(report, thread, q, now))),
  };
}

export function composeDecisionRecord(report: ThreadReport, thread: Pick<Thread, "title" | "comments">, now: Date): DecisionRecordMessage {
  const line = itemLine.bind(null, report, thread);
  // The latest decision still standing: not one later reversed, nor a reversal ("reopening", "let's not") itself.
  const latest = report.decisions.filter((d) => !d.reversedBy && !REVERSING_KINDS.has(d.kind ?? "decided")).at(-1);
  const tradeOffs = [
    ...[...report.openConcerns, ...report.openQuestions].map((i) => openItemLine(report, thread, i, now)),
    ...report.scopeGrowth.map((s) => line(s, "suggestion", " — deferred to a follow-up?")),
  ];
  const people = humanParticipants(report);
  return {
    kind: "decision",
    threadTitle: thread.title,
    context: `${report.commentCount} comments${people > 0 ? ` from ${people} participant${people === 1 ? "" : "s"}` : ""}.`,
    decision: latest ? line(latest, "decision") : { placeholder: "not written down yet: what is the decision, in one sentence?" },
    rationale:
      report.agreements.length > 0
        ? capped(report.agreements.map((a) => line(a, "point", agreedBy(a.agreedBy.length))))
        : { placeholder: "which reasons carried the decision?" },
    tradeOffs: tradeOffs.length > 0 ? capped(tradeOffs) : { placeholder: "which costs or risks are accepted with it?" },
    followUps: capped(report.actionItems.map((f) => line(f, "follow-up", owner(f.owner)))),
    reviewDate: `${dateAfter(now, REVIEW_AFTER_DAYS)} (in ${REVIEW_AFTER_DAYS} days; adjust as needed)`,
  };
}

export function composeHelp(config: Config): HelpMessage {
  const allowed = config.coachOff.allowed;
  const whoMayToggle = allowed.includes("anyone")
    ? "anyone"
    : [allowed.includes("author") ? "the thread's author" : "", ...allowed.filter((a) => a !== "author").map((a) => a.toLowerCase() + "s")].filter(Boolean).join(", ");
  return { kind: "help", whoMayToggle };
}
