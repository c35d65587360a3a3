// Decisions of a thread: the outcome turns (closing, merging, declining, "not a bug", "fixed in
// #N", "closing in favour of #412": outcome-cues.ts) and the plain decisions ("let's go with…",
// "we decided…": decisions.ts), each tied to its comment; an outcome is kept only from someone
// who can settle it (a "not a bug" or "won't fix" only from someone other than the thread's author), and a decision undone later ("reverted", "reopening") carries what reversed it.
// Someone else reporting that it works ("fix confirmed", "tested OK on H6", "builds all passed")
// settles it too, once there is something to confirm: a fix or merge reported before, or the
// author's own request to test (confirmation.ts).
import { isMaintainer, type Comment, type Thread } from "../thread/model.ts";
import { withoutQuotedLines } from "../thread/quoted-lines.ts";
import { extractIssueReferences } from "../thread/references.ts";
import type { CommentFeatures } from "./comment-features.ts";
import { displayText } from "./display-text.ts";
import { CLOSING_KINDS, REVERSING_KINDS, isRedirect, outcomeKind } from "./outcome-cues.ts";
import { confirmsWorking, asksToTest, CONFIRMABLE } from "./confirmation.ts";
import { reportsResolved } from "./resolved.ts";
import { clip } from "./text-units.ts";
import type { Decision, ItemRef } from "./types.ts";

/** Outcomes the thread's author settles only in a full sentence ("it appears the issue isn't a
 * bug, but rather intended behaviour"), never with a bare label ("Not a bug" in a typo list). */
const OTHERS_ONLY: ReadonlySet<string> = new Set(["not-a-bug", "declined", "unsupported"]);

/** Longest decision text kept: room for the links a settling sentence often carries ("As noted in <url> and <url>, …"), shortened when shown. */
const DECISION_CHARS = 400;

/** A linking word that only ties the sentence to the one before ("Moreover, I don't think it's worth it"): left out of the quote. */
function withoutLead(sentence: string): string {
  const rest = sentence.replace(/^(?:moreover|furthermore|however|also|anyway|well)\b,\s*/i, "");
  return rest === sentence || rest.length === 0 ? sentence : rest.charAt(0).toUpperCase() + rest.slice(1);
}

function ref(c: Comment, sentence: string): ItemRef {
  const r: ItemRef = { text: clip(withoutLead(displayText(sentence, c.body)), DECISION_CHARS), author: c.author.login, commentId: c.id, createdAt: c.createdAt };
  if (c.url) r.url = c.url;
  return r;
}

/** Where a moved or duplicate thread went, when its quoted sentence does not say it: the comment's first
 * issue or pull-request reference outside quoted lines. */
function destination(c: Comment, said: string): string | undefined {
  if (/#\d+|https?:\/\/|\bGH-\d+/.test(said)) return undefined;
  return extractIssueReferences(withoutQuotedLines(c.body))[0];
}

/** A sentence that is a heading or a template line in the comment's Markdown ("## Not a bug", "- [x] New feature"), not something said. */
export function isHeadingLine(sentence: string, body: string): boolean {
  const head = sentence.replace(/[.!:]+$/, "").trim().slice(0, 40).toLowerCase();
  if (!head) return false;
  return body.split("\n").some((line) => {
    const l = line.trim().toLowerCase();
    return /^(?:#{1,6}\s|[-*]\s+\[[ x]\]|\*\*[^*]+\*\*:?$)/.test(l) && l.replace(/^(?:#{1,6}|[-*]\s+\[[ x]\]|\*\*)\s*/, "").startsWith(head);
  });
}

/** What a bot's comment may settle: closing it ("automatically closed because of inactivity").
 * Not merging: coverage and CI bots talk of "merging #12 into main" about the future. */
const BOT_KINDS: ReadonlySet<string> = CLOSING_KINDS;

/** The closing or merging outcome a bot's (or machine account's) comment states, or null. */
function botOutcome(c: Comment): Decision | null {
  for (const s of c.body.split(/(?<=[.!?])\s+|\n+/).slice(0, 6)) {
    const kind = outcomeKind(s);
    if (kind && BOT_KINDS.has(kind)) return { ...ref(c, s.trim()), kind };
  }
  return null;
}

/** The comment's resolution report, when its writer opened the thread and asks nothing more. */
function resolution(c: Comment, f: CommentFeatures, opener: string | undefined): Decision | null {
  if (c.author.login !== opener || f.candidates.some((x) => x.kind === "question")) return null;
  const s = f.sentences.slice(0, 3).find(reportsResolved);
  return s ? { ...ref(c, s), kind: "resolved" } : null;
}

/** A comment that says a fix is needed or a regression is at stake ("this regressed in 2.1 and needs a
 * fix"): its "not a bug" is about a side point, never the thread's outcome. */
const FIX_NEEDED =
  /\b(?:regress(?:ion|ed)|(?:should|must|needs? to|has to|have to|will) be fixed|(?:we|i)(?:'ll| will| should| need to|'d need to| must| can) fix|needs? (?:a )?fix(?:ing)?\b|(?:a|the) fix is (?:needed|required))/;

/** A reply to a review note (an inline reply, or the change's author quoting the note): its
 * "fixed" or "done" answers that note, not the thread's problem. */
function answersReviewNote(c: Comment, opener: string | undefined): boolean {
  if (c.kind === "review_comment" && c.replyTo !== undefined) return true;
  return c.author.login === opener && /^\s*>/m.test(c.body);
}

/** "Close this issue", "Close this thread, as…": the bare imperative, no "I'm closing" or "closing". */
const IMPERATIVE_CLOSE = /^(?:please,? )?close (?:this|it|the (?:issue|pr|pull request|thread|ticket))\b/i;

/** "Fixed." alone, the whole sentence. */
const BARE_FIXED = /^fixed\b[^a-z0-9]*$/i;

/** Someone other than the author reporting that it works, asking nothing. */
function confirmation(c: Comment, f: CommentFeatures, opener: string | undefined): Decision | null {
  if (c.author.login === opener || c.author.isBot || f.candidates.some((x) => x.kind === "question")) return null;
  const at = f.sentences.slice(0, 3).findIndex(confirmsWorking);
  if (at < 0) return null;
  // "That's working much better!" says little alone: the sentence beside it says what was tried.
  const s = f.sentences[at];
  const next = f.sentences[at + 1];
  const prev = f.sentences[at - 1];
  const short = s.split(/\s+/).length < 6;
  return { ...ref(c, short && next ? `${s} ${next}` : short && prev ? `${prev} ${s}` : s), kind: "resolved" };
}

/**
 * The decisions of a thread in order, at most one per comment (its outcome sentence first).
 * `comments` are the people's comments (with their features); `all`, when given, is the whole
 * thread in order, whose other comments (bots) count only when they close or merge it.
 */
export function findThreadDecisions(comments: Comment[], features: CommentFeatures[], all: readonly Comment[] = comments, threadKind: Thread["kind"] = "issue"): Decision[] {
  const opener = comments[0]?.kind === "body" ? comments[0].author.login : undefined;
  const featuresOf = new Map(comments.map((c, i) => [c.id, features[i]]));
  const out: Decision[] = [];
  const rolesKnown = all.some((c) => c.author.association !== "NONE");
  // The author asked others to try the change ("please test this on RK and report back").
  let testAsked = false;
  all.forEach((c) => {
    const f = featuresOf.get(c.id);
    if (!f) {
      const bot = botOutcome(c);
      if (bot) out.push(bot);
      return;
    }
    // The author's own words only ever ask for a test; others' confirmations come later.
    if (c.author.login === opener && !testAsked && f.sentences.some(asksToTest)) testAsked = true;
    if (c === comments[0] && c.kind === "body") return; // the opening post proposes; it decides nothing yet
    let found: Decision | null = null;
    for (const s of f.sentences) {
      const kind = outcomeKind(s);
      if (!kind || isHeadingLine(s, c.body)) continue;
      // The thread's author saying "not a bug" settles it only in a sentence of their own, not a bare label.
      if (c.author.login === opener && OTHERS_ONLY.has(kind) && s.split(/\s+/).length < 6) continue;
      // The thread's author invites no pull request to their own report ("happy to review a PR" is a maintainer's plan).
      if (kind === "pr-welcome" && c.author.login === opener) continue;
      // On a pull request the author saying it works tests their own change; it settles nothing.
      if (threadKind === "pull_request" && c.author.login === opener && (kind === "resolved" || kind === "not-reproducible")) continue;
      // Approving one's own change approves nothing.
      if (kind === "approved" && c.author.login === opener) continue;
      // Only the requester can drop the request ("I'll write my own" from anyone else is a plan of theirs).
      if (kind === "dropped" && c.author.login !== opener) continue;
      // "I don't think it's worth it" declines only from a maintainer (when the thread shows roles); from anyone else it is an opinion.
      // "Never been supported" likewise: a maintainer's answer, another participant's belief.
      if (((kind === "declined" && /\bworth\b/.test(s.toLowerCase())) || kind === "unsupported") && rolesKnown && !isMaintainer(c.author.association)) continue;
      // "Close this issue" said as an order by someone who is neither its author nor (where the thread shows roles) a maintainer is a demand, not a closing.
      if (kind === "closed" && IMPERATIVE_CLOSE.test(s.trim()) && c.author.login !== opener && !(rolesKnown && isMaintainer(c.author.association))) continue;
      // "Not a bug" in a comment that agrees a fix is needed (or talks of a regression) settles nothing.
      if (kind === "not-a-bug" && f.sentences.some((x) => FIX_NEEDED.test(x.toLowerCase()))) continue;
      // "I'll fix it" from the thread's author promises nothing of the project's: a reporter fixing their own setup, or a pull request's author answering a review note.
      if (kind === "fix-promised" && c.author.login === opener) continue;
      // "Questions belong on the mailing list" sends the matter away only from someone who speaks for the project.
      if (kind === "declined" && isRedirect(s) && (c.author.login === opener || (rolesKnown && !isMaintainer(c.author.association)))) continue;
      // "Fixed in abc123" replying to a review note fixed that note, not the thread's problem.
      if (kind === "fixed" && answersReviewNote(c, opener)) continue;
      // A pull request's author reporting something fixed answers review notes on their change ("Fixed the
      // coding style", "fixed in 3f2a1bc"): a pull request is settled by its merge or its closing.
      if (kind === "fixed" && threadKind === "pull_request" && c.author.login === opener) continue;
      // The author's bare "Fixed." answers a review note on their own change; their resolution reads it below.
      if (kind === "fixed" && c.author.login === opener && BARE_FIXED.test(s.trim())) continue;
      found = { ...ref(c, s), kind };
      // "I made a new issue that is easier to understand. https://…/issues/8550": say where it went.
      if (kind === "moved" || kind === "duplicate") {
        const to = destination(c, found.text);
        if (to) found.to = to;
      }
      break;
    }
    // A Prow-style "/lgtm" or "/approve" line (commands are not prose: read from the body).
    const command = /^[ \t]*\/(?:lgtm|approve)\b.*$/im.exec(c.body);
    if (!found && command && c.author.login !== opener) found = { ...ref(c, command[0].trim()), kind: "approved" };
    // An approving review with words of its own ("Looks great, thanks!") approves the change.
    if (!found && c.reviewState === "APPROVED" && c.author.login !== opener && f.sentences[0]) found = { ...ref(c, f.sentences[0]), kind: "approved" };
    // The reporter's "it works now" settles an issue; a pull request's author saying so tests their own change.
    if (!found && threadKind !== "pull_request") found = resolution(c, f, opener);
    if (!found && (testAsked || out.some((d) => !d.reversedBy && CONFIRMABLE.has(d.kind ?? "decided")))) found = confirmation(c, f, opener);
    if (!found && f.decisions.length > 0) found = { ...ref(c, f.decisions[0]), kind: "decided" };
    if (!found) return;
    if (REVERSING_KINDS.has(found.kind ?? "decided")) {
      // It undoes the latest decision still standing (a reopening undoes a closing).
      const undone = [...out].reverse().find((d) => !d.reversedBy && !REVERSING_KINDS.has(d.kind ?? "decided"));
      if (undone) undone.reversedBy = { text: found.text, author: found.author, commentId: found.commentId, ...(found.url ? { url: found.url } : {}), ...(found.createdAt ? { createdAt: found.createdAt } : {}) };
    }
    out.push(found);
  });
  return out;
}
