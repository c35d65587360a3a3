// The summary's first line: where the thread stands (open, closed, merged, locked), since when,
// and why (or what fixed it: a suggestion the next reply confirmed) when the thread says so — GitHub's state and state reason in the app's words, and
// the settling decision in the decider's own words, with who (a summary is a record: plain text, never an @mention) (a linked quote, or a neutral description
// when its comment reads heated). The line describes the thread's end: closed in words and then a
// later outcome says both ("Closed … by lee, in comment 6; then reported working … by ana"), and a
// turn after the quoted outcome or answer that leaves the thread elsewhere (a standing request
// nobody has met, the author's question nobody has answered, a reasonless closing after the
// outcome, someone else confirming that the fix works) follows it as "Since then". Who settled it
// is named, with "(the author)" when it is the thread's own author (closing their own pull
// request, reporting their own problem solved). The author taking their report back as their own
// mistake is where the thread stands, not "no outcome". Where the rules name no outcome and no
// answer, the comment the ending reader (analysis/ending/) takes for the outcome is quoted as
// "Likely outcome, by kai (maintainer)", its kind unnamed; a weak answer (nobody accepted or
// confirmed it, no maintainer gave it) gives way to that line. Pure.
import type { Decision, ItemRef, ThreadReport } from "../analysis/types.ts";
import { confirmedFix } from "../analysis/confirmed-fix.ts";
import type { Thread } from "../thread/model.ts";
import { givesReason, outcomeReason } from "../analysis/outcome-reason.ts";
import { type Heading, threadHeading } from "../analysis/heading.ts";
import { addressesOnlyOthers } from "../analysis/own-words.ts";
import { commentNumber, isHeated, itemLine } from "./items.ts";
import type { MessageItem, StatusLine } from "./message.ts";
import { relativeAge } from "./time.ts";
import { inertReference } from "./short-links.ts";
import { roleOf, waitingOn } from "./waiting-on.ts";
import { answerItem, answeredText } from "./answer-line.ts";
import { headingLine } from "./heading-line.ts";
import { workaroundLine } from "./workaround-line.ts";
import { maintainerLine } from "./maintainer-line.ts";

/** What a decision of each kind did to the thread, in the app's words. */
export const DECISION_PHRASE: Record<string, string> = {
  duplicate: "closed as a duplicate",
  moved: "moved to another issue or pull request",
  stale: "closed for lack of response",
  declined: "declined",
  "not-a-bug": "answered as not a bug",
  unsupported: "answered as not supported",
  fixed: "reported fixed",
  "fix-promised": "a fix promised",
  merged: "merged",
  "will-merge": "to be merged once a condition is met",
  approved: "approved",
  resolved: "reported working",
  "not-reproducible": "reported no longer reproducible",
  "pr-welcome": "a pull request invited",
  "fix-proposed": "a fix proposed in a pull request",
  dropped: "the request dropped",
  closed: "closed",
  reverted: "reverted",
  reopened: "reopened",
  withdrawn: "an earlier decision taken back",
  decided: "decided",
};

const REASON: Record<string, string> = {
  NOT_PLANNED: " as not planned",
  DUPLICATE: " as a duplicate",
  COMPLETED: " as completed",
  OUTDATED: " as outdated",
  RESOLVED: " as resolved",
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a decision did, with where a moved or duplicate thread went ("moved to owner/repo#8550"; the "#" kept from linking, so no cross-reference is made). */
export function decisionPhrase(d: Decision): string {
  const to = d.to === undefined ? undefined : inertReference(d.to);
  if (to && d.kind === "moved") return `moved to ${to}`;
  if (to && d.kind === "duplicate") return `closed as a duplicate of ${to}`;
  return DECISION_PHRASE[d.kind ?? "decided"] ?? "decided";
}

/** The status line: "Closed as a duplicate 3 hours ago" and the settling comment's words. */
export function composeStatus(report: ThreadReport, thread: Pick<Thread, "comments">, now: Date): StatusLine {
  // Where the thread is heading (pointers, requests, withdrawals…), read once for every part of the line.
  const headings = threadHeading(thread);
  const reasoned = withReason(statusOnly(report, thread, now, headings), report, thread, headings);
  const workaround = workaroundLine(report, thread);
  const latest = sinceThen(reasoned, report, thread, headings);
  const withWorkaround = workaround ? { ...latest, workaround } : latest;
  const maintainer = maintainerLine(withWorkaround, report, thread);
  const line = maintainer ? { ...withWorkaround, maintainer } : withWorkaround;
  const by = report.status.contestedBy;
  // "Contested since — <quote> (comment 14) — by ana." A summary is a record: who, never as an @mention.
  return by ? { ...line, contested: itemLine(report, thread, by, "point", ` — by ${by.author}.`) } : line;
}

/** The outcome's reason, when the thread gives one and its comment reads calm: "Why — <quote> (comment 6) — by a maintainer."
 * Else, behind an outcome that does not say what fixed it, the suggestion someone confirmed: "Fix — <quote> (comment 6) — by
 * another participant; confirmed by the author in comment 7." The anchor is the outcome, or the answer the line quotes. */
function withReason(line: StatusLine, report: ThreadReport, thread: Pick<Thread, "comments">, headings: readonly Heading[]): StatusLine {
  const anchor = reasonAnchor(line, report, headings);
  if (!anchor) return line;
  // A point already shown (the quoted outcome or answer, a decision, an agreed point) is not said twice.
  const shown = [...report.decisions, ...report.agreements, ...(report.answer ? [report.answer] : [])];
  const said = (r: ItemRef) => r.commentId === anchor.commentId && (anchor.text.includes(r.text) || r.text.includes(anchor.text));
  // A report taken back says its own cause ("my config was wrong"); only a cause someone else put to its writer is added.
  const withdrawn = anchor !== report.status.why && anchor !== report.answer;
  const reason = withdrawn ? undefined : outcomeReason(thread, anchor);
  if (reason && !isHeated(report, reason.commentId) && !said(reason)) {
    const listed = shown.some((d) => d.commentId === reason.commentId && (d.text.includes(reason.text) || reason.text.includes(d.text)));
    if (!listed) return { ...line, because: itemLine(report, thread, reason, "point", ` — by ${roleOf(reason.author, thread)}.`) };
  }
  return withFix(line, report, thread, anchor, shown);
}

/** What the line says settled the thread: its outcome, else the answer it quotes, else the report it quotes as taken back by its writer. */
function reasonAnchor(line: StatusLine, report: ThreadReport, headings: readonly Heading[]): ItemRef | undefined {
  if (report.status.why) return report.status.why;
  const quoted = line.why?.commentId;
  if (quoted === undefined) return undefined;
  if (report.answer?.commentId === quoted) return report.answer;
  return headings.find((h) => h.kind === "withdrawn" && h.commentId === quoted);
}

/** "Fix — <the confirmed suggestion> (comment 6) — by another participant; confirmed by the author in comment 7." */
function withFix(line: StatusLine, report: ThreadReport, thread: Pick<Thread, "comments">, anchor: ItemRef, shown: ItemRef[]): StatusLine {
  // An outcome that says why already ("closing, since it is caused by …") needs no other turn's words.
  if (line.because || givesReason(anchor.text)) return line;
  const fix = confirmedFix(thread, anchor.commentId);
  if (!fix || isHeated(report, fix.commentId)) return line;
  // A suggestion the summary lists already (as agreed, decided or the answer) is not said twice.
  if (shown.some((d) => d.commentId === fix.commentId)) return line;
  const n = commentNumber(thread, fix.confirmedIn);
  const by = roleOf(fix.author, thread);
  const confirmer = roleOf(fix.confirmedBy, thread);
  const item = itemLine(report, thread, fix, "point", ` — by ${by}; confirmed by ${confirmer}${n !== undefined ? ` in comment ${n}` : ""}.`);
  // A cause someone confirmed is why; a change or instruction is the fix.
  return fix.kind === "cause" ? { ...line, because: item } : { ...line, fix: item };
}

/** The closing that settled it came after the outcome it leaves standing ("never been supported", then "this issue is locked"). */
function closedAfter(st: ThreadReport["status"], thread: Pick<Thread, "comments">): boolean {
  const closing = st.settledBy ? commentNumber(thread, st.settledBy.commentId) : undefined;
  const outcome = st.why ? commentNumber(thread, st.why.commentId) : undefined;
  return closing !== undefined && outcome !== undefined && closing > outcome;
}

function statusOnly(report: ThreadReport, thread: Pick<Thread, "comments">, now: Date, headings: readonly Heading[]): StatusLine {
  const st = report.status;
  // Who, in plain text; the thread's author said so ("closed by ana (the author)"): their own thread.
  const by = (login: string) => `${login}${roleOf(login, thread) === "the author" ? " (the author)" : ""}`;
  const age = (iso: string | undefined) => (iso ? ` ${relativeAge(iso, now)}` : "");
  const locked = st.locked ? ", locked" : "";
  const why: MessageItem | undefined = st.why ? itemLine(report, thread, st.why, "decision") : undefined;
  // A settling comment that must not be quoted: the app's words and where, never "A decision about …".
  const withWhy = (text: string): StatusLine =>
    why === undefined ? { text } : why.quote === undefined ? { text: `${text.replace(/:$/, "")}${why.where ? `, in ${why.where}` : ""}.` } : { text, why };
  if (st.source === "github" && st.state !== "unknown") {
    const reason = st.state === "closed" && st.stateReason ? (REASON[st.stateReason] ?? "") : "";
    const head = `${capital(st.state)}${reason}${st.state === "open" ? "" : age(st.since)}${locked}`;
    if (!st.why) {
      // No outcome, but an answer: where it stands is the answer, not "no outcome".
      const read = readerOutcome(report, thread);
      const said = answered_(report, thread, read) ?? read;
      if (said) return { text: `${head}; ${said.text.charAt(0).toLowerCase()}${said.text.slice(1)}:`, why: said.why };
      if (st.state !== "open") return { text: `${head}.` };
      return withHeading(`${head}; no outcome stated in the thread yet${waitingOn(report, thread)}`, report, thread, headings);
    }
    return withWhy(`${head}; ${decisionPhrase(st.why)}${age(st.why.createdAt)} in the thread by ${by(st.why.author)}:`);
  }
  // Words only (a thread that carries no state): the latest standing decision says where it stands,
  // after the turn that closed it when that came first.
  // A closing after the outcome it leaves standing is said after it ("Since then").
  if (st.why && st.settledBy && closedAfter(st, thread)) return withWhy(`${capital(decisionPhrase(st.why))}${age(st.why.createdAt)} by ${by(st.why.author)}:`);
  if (st.why && st.settledBy) {
    const n = commentNumber(thread, st.settledBy.commentId);
    const closed = `${st.settledBy.kind === "merged" ? "Merged" : "Closed"}${age(st.settledBy.createdAt)} by ${by(st.settledBy.author)}${n !== undefined ? `, in comment ${n}` : ""}`;
    return withWhy(`${closed}; then ${decisionPhrase(st.why)}${age(st.why.createdAt)} by ${by(st.why.author)}${locked}:`);
  }
  if (st.why) return withWhy(`${capital(decisionPhrase(st.why))}${age(st.why.createdAt)} by ${by(st.why.author)}${locked}:`);
  const read = readerOutcome(report, thread);
  const answered = answered_(report, thread, read);
  if (answered) return { text: `${answered.text}${locked}:`, why: answered.why };
  // The author taking their report back as their own mistake, as the latest turn that says where it
  // went: that is where it stands ("The author took the report back as their own mistake, in comment 7: …").
  const withdrawn = ownWithdrawal(report, thread, headings);
  if (withdrawn) return withdrawn;
  // No outcome the rules can name, but a latest comment the ending reader takes for the outcome: quoted, its kind unnamed.
  if (read) return { text: `${read.text}${locked}:`, why: read.why };
  // The last reply's age, when "now" is later than it (a live thread; a file's "now" is its last reply).
  const last = thread.comments.at(-1);
  const quiet = last && now.getTime() - Date.parse(last.createdAt) >= 3_600_000 ? `; last reply${age(last.createdAt)}` : "";
  return withHeading(`No outcome stated in the thread yet${waitingOn(report, thread)}${quiet}${locked}`, report, thread, headings);
}

/** "Likely outcome, by kai (maintainer)" and the sentence of the comment the ending reader takes for the thread's outcome, when its comment reads calm. */
function readerOutcome(report: ThreadReport, thread: Pick<Thread, "comments">): { text: string; why: MessageItem } | undefined {
  const outcome = report.ending?.outcome;
  if (!outcome || isHeated(report, outcome.commentId)) return undefined;
  const who = roleOf(outcome.author, thread);
  const by = who === "the author" ? `${outcome.author} (the author)` : who === "a maintainer" ? `${outcome.author} (maintainer)` : outcome.author;
  return { text: `Likely outcome, by ${by}`, why: itemLine(report, thread, outcome, "point") };
}

/** The author's own withdrawal, when it is the thread's latest heading and its comment reads calm. */
function ownWithdrawal(report: ThreadReport, thread: Pick<Thread, "comments">, headings: readonly Heading[]): StatusLine | undefined {
  const at = (id: string) => commentNumber(thread, id) ?? 0;
  const last = [...headings].sort((a, b) => at(a.commentId) - at(b.commentId)).at(-1);
  if (!last || last.kind !== "withdrawn" || roleOf(last.author, thread) !== "the author" || isHeated(report, last.commentId)) return undefined;
  return { text: "The author took the report back as their own mistake:", why: itemLine(report, thread, last, "point") };
}

/** The no-outcome line, and where the thread is heading when its later turns say so. */
function withHeading(text: string, report: ThreadReport, thread: Pick<Thread, "comments">, headings: readonly Heading[]): StatusLine {
  const heading = headingLine(report, thread, headings);
  if (!heading) return { text: `${text}.` };
  return heading.why ? { text: `${text}${heading.text}`, why: heading.why } : { text: `${text}${heading.text}.` };
}

/** "Answered by kai, in comment 5: <quote>" when the thread answered its opening post in quotable words.
 * An answer nobody accepted or confirmed and no maintainer gave (a reply in a thread without roles, say)
 * gives way to another comment the ending reader quotes (`read`): on the dev threads of the ending
 * labels such answers cite the labelled outcome or answer 13 times in 30. */
function answered_(report: ThreadReport, thread: Pick<Thread, "comments">, read?: { why: MessageItem }): { text: string; why: MessageItem } | undefined {
  const a = report.answer;
  if (a && read && !a.acceptedIn && !a.confirmedIn && !a.role && read.why.commentId !== a.commentId) return undefined;
  const text = answeredText(report, thread);
  const why = answerItem(report, thread);
  return text !== undefined && why !== undefined ? { text, why } : undefined;
}

/** Outcomes that are a step on the way, not an end: a concern raised after one is where the thread is. */
const PENDING_STEP: ReadonlySet<string> = new Set(["approved", "will-merge", "fix-proposed", "fix-promised", "pr-welcome", "decided"]);

/** What came after the quoted outcome or answer and is not settled: a "still fails" report, a standing request of someone else not met since, the author's question nobody answered ("a maintainer asked for logs in comment 8, not given since"). */
function sinceThen(line: StatusLine, report: ThreadReport, thread: Pick<Thread, "comments">, headings: readonly Heading[]): StatusLine {
  // Only after an outcome or an answer (a line with neither says what it waits on itself).
  const anchor = reasonAnchor(line, report, headings);
  if (!anchor) return line;
  const at = commentNumber(thread, anchor.commentId) ?? 0;
  if (at === 0) return line;
  const later: { n: number; text: string }[] = [];
  const request = headings.find((h) => h.kind === "request");
  const r = request ? commentNumber(thread, request.commentId) : undefined;
  if (request && r !== undefined && r > at) later.push({ n: r, text: `${roleOf(request.author, thread)} asked for ${request.asked ?? "more information"} in comment ${r}, not given since.` });
  // A pull request invited, offered or pointed to after it: where the work went next.
  const pr = headings.find((h) => h.kind === "invited-pr" || h.kind === "offered-pr" || h.kind === "pull-request");
  const p = pr ? commentNumber(thread, pr.commentId) : undefined;
  if (pr && p !== undefined && p > at) {
    const did = pr.kind === "invited-pr" ? "invited a pull request" : pr.kind === "offered-pr" ? "offered to send a pull request" : `pointed to pull request ${inertReference(pr.ref ?? "")}`;
    later.push({ n: p, text: `${roleOf(pr.author, thread)} ${did} in comment ${p}.` });
  }
  // The author putting their request back to rethink it, as the last turn.
  const rethink = headings.find((h) => h.kind === "rethinking");
  const k = rethink ? commentNumber(thread, rethink.commentId) : undefined;
  if (rethink && k !== undefined && k > at) later.push({ n: k, text: `the author said they would rethink the request in comment ${k}` });
  // The author asking on after it, with nobody replying since: the answer did not settle it. After
  // an outcome that is only a step (an approval, a plan, a merge promised), anyone's concern counts.
  const step = PENDING_STEP.has(report.status.why?.kind ?? "");
  for (const item of [...report.openQuestions, ...report.openConcerns]) {
    const n = commentNumber(thread, item.commentId);
    // A contest the line already shows ("Contested since") is not said twice.
    if (item.commentId === report.status.contestedBy?.commentId) continue;
    if (n === undefined || n <= at || item.bump || item.laterComments > 0) continue;
    // A reply that opens by addressing someone other than the outcome's author answers their side remark, not the outcome.
    if (addressesOnlyOthers(thread.comments.find((c) => c.id === item.commentId)?.body ?? "", anchor.author)) continue;
    const who = roleOf(item.author, thread);
    if (who !== "the author" && !(step && item.kind === "concern")) continue;
    later.push({ n, text: `${who} ${item.kind === "question" ? "asked a question" : "raised a concern"} in comment ${n}, not answered yet.` });
  }
  // The closing that came after the outcome, and someone else confirming that the fix works.
  const st = report.status;
  const closing = st.settledBy && closedAfter(st, thread) ? commentNumber(thread, st.settledBy.commentId) : undefined;
  if (st.settledBy && closing !== undefined) later.push({ n: closing, text: `${roleOf(st.settledBy.author, thread)} ${st.settledBy.kind === "merged" ? "merged it" : st.locked ? "closed and locked it" : "closed it"} in comment ${closing}` });
  const confirmed = st.confirmedBy ? commentNumber(thread, st.confirmedBy.commentId) : undefined;
  if (st.confirmedBy && confirmed !== undefined) later.push({ n: confirmed, text: `${roleOf(st.confirmedBy.author, thread)} confirmed that it works in comment ${confirmed}` });
  // A "still fails" report after the outcome, replied to but not followed by a new outcome.
  const failed = report.status.failedSince;
  const f = failed ? commentNumber(thread, failed.commentId) : undefined;
  if (failed && f !== undefined && f > at) later.push({ n: f, text: `${roleOf(failed.author, thread)} reported the problem still there in comment ${f}.` });
  if (later.length === 0) return line;
  // In thread order, the latest last: "… in comment 7; then a maintainer asked for logs in comment 8, not given since."
  const said = later.sort((a, b) => a.n - b.n).map((x) => x.text.replace(/\.$/, ""));
  return { ...line, since: `${said.join("; then ")}.` };
}
