// What an open thread with no stated outcome is waiting on, in words: the latest open question
// (or concern) nobody has spoken after ("waiting for an answer to a maintainer's question in
// comment 7"), the author's own ping nobody has answered ("the author asked for a response in
// comment 9", or "asked for it to be merged" when the ping asks for a merge), a stale bot's warning ("marked stale by a bot in comment 7, to be closed
// automatically without a new reply"), or, when the opener spoke last and nobody else ever replied, "no reply yet". Said
// only when the thread shows it; otherwise nothing (a wrong "waiting for" costs more than none).
// Who, by role (the author, a maintainer, another participant), never a login. Pure.
import type { OpenItem, ThreadReport } from "../analysis/types.ts";
import { isMaintainer, type Comment, type Thread } from "../thread/model.ts";
import { commentNumber } from "./items.ts";

/** A comment that only asks for a response: "ping", "bump", "any update?", "could someone review this?". */
const PING = /^(?:@[\w-]+[\s,:]*)*(?:(?:friendly|gentle|quick|another)\s+)?(?:ping|bump|any (?:news|updates?|progress)|(?:could|can|would) (?:someone|anyone|you|somebody) (?:please )?(?:review|take a look|have a look)|ptal|please review)\b/i;
const MAX_PING_WORDS = 25;
/** A comment that asks for the change to be merged: "Please merge this", "could someone merge it?". */
const MERGE_ASK = /^(?:@[\w-]+[\s,:]*)*(?:(?:please|pls|could|can|would)\s+(?:(?:you|someone|somebody|anyone)\s+)?(?:please\s+)?merge (?:this|it)\b)/i;

/** The role a writer has in the thread: its author, a maintainer (owner, member, collaborator) or another participant. */
export function roleOf(login: string, thread: Pick<Thread, "comments">): string {
  const people = thread.comments.filter((c) => !c.author.isBot);
  if (people[0]?.author.login === login) return "the author";
  const association = people.find((c) => c.author.login === login)?.author.association;
  return isMaintainer(association) ? "a maintainer" : "another participant";
}

/** "; waiting for an answer to a maintainer's question in comment 7", or "" when the thread does not show it. */
export function waitingOn(report: Pick<ThreadReport, "openQuestions" | "openConcerns">, thread: Pick<Thread, "comments">): string {
  const stale = staleWarning(thread);
  if (stale) return stale;
  const people = thread.comments.filter((c) => !c.author.isBot);
  const opener = people[0]?.author.login;
  if (people.length > 0 && people.every((c) => c.author.login === opener)) {
    return people.length === 1 ? "; no reply yet" : "";
  }
  const ping = unansweredPing(people, thread);
  if (ping) return ping;
  const pending = latestUntouched([...report.openQuestions, ...report.openConcerns], thread);
  if (!pending) return "";
  const n = commentNumber(thread, pending.commentId);
  if (n === undefined) return "";
  return `; waiting for an answer to ${roleOf(pending.author, thread)}'s ${pending.kind} in comment ${n}`;
}

/** A stale bot's warning: marked stale or inactive, to be closed unless someone replies. */
const STALE = /\bmarked (?:as )?["'“]?(?:stale|inactive)\b|\bautomatically marked as stale\b/i;
const WILL_CLOSE = /\bwill be (?:automatically )?closed\b|\bclosed automatically\b/i;

/** "; marked inactive by a bot in comment 7, to be closed automatically without a new reply" when the last comment is that warning. */
function staleWarning(thread: Pick<Thread, "comments">): string {
  const last = thread.comments.at(-1);
  if (!last || !last.author.isBot || !STALE.test(last.body) || !WILL_CLOSE.test(last.body)) return "";
  const n = commentNumber(thread, last.id);
  const word = /\binactive\b/i.test(last.body) && !/\bstale\b/i.test(last.body) ? "inactive" : "stale";
  return n === undefined ? "" : `; marked ${word} by a bot in comment ${n}, to be closed automatically without a new reply`;
}

/** "; the author asked for a response in comment 9" when the last person to speak is the author, only to ask for one. */
function unansweredPing(people: Comment[], thread: Pick<Thread, "comments">): string {
  const last = people.at(-1);
  if (!last || last.author.login !== people[0]?.author.login) return "";
  const text = last.body.replace(/^>.*$/gm, "").trim();
  if (text.split(/\s+/).length > MAX_PING_WORDS) return "";
  const merge = MERGE_ASK.test(text);
  if (!merge && !PING.test(text)) return "";
  const n = commentNumber(thread, last.id);
  return n === undefined ? "" : `; the author asked for ${merge ? "it to be merged" : "a response"} in comment ${n}`;
}

/** The latest open item (not a bump) that nobody else has spoken after. */
function latestUntouched(items: OpenItem[], thread: Pick<Thread, "comments">): OpenItem | undefined {
  const at = (i: OpenItem) => thread.comments.findIndex((c) => c.id === i.commentId);
  return items
    .filter((i) => !i.bump && i.laterComments === 0 && at(i) >= 0)
    .sort((a, b) => at(b) - at(a))[0];
}
