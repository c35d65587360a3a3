// What an open thread with no stated outcome is waiting on, in words: the latest open question
// (or concern) nobody has spoken after ("waiting for an answer to ana's question in comment 7"),
// or, when the opener spoke last and nobody else ever replied, "no reply yet". Said only when the
// thread shows it; otherwise nothing (a wrong "waiting for" costs more than none). Plain logins,
// never an @mention. Pure.
import type { OpenItem, ThreadReport } from "../analysis/types.ts";
import type { Thread } from "../thread/model.ts";
import { commentNumber } from "./items.ts";

/** "; waiting for an answer to ana's question in comment 7", or "" when the thread does not show it. */
export function waitingOn(report: Pick<ThreadReport, "openQuestions" | "openConcerns">, thread: Pick<Thread, "comments">): string {
  const people = thread.comments.filter((c) => !c.author.isBot);
  const opener = people[0]?.author.login;
  if (people.length > 0 && people.every((c) => c.author.login === opener)) {
    return people.length === 1 ? "; no reply yet" : "";
  }
  const pending = latestUntouched([...report.openQuestions, ...report.openConcerns], thread);
  if (!pending) return "";
  const n = commentNumber(thread, pending.commentId);
  if (n === undefined) return "";
  return `; waiting for an answer to ${pending.author}'s ${pending.kind} in comment ${n}`;
}

/** The latest open item (not a bump) that nobody else has spoken after. */
function latestUntouched(items: OpenItem[], thread: Pick<Thread, "comments">): OpenItem | undefined {
  const at = (i: OpenItem) => thread.comments.findIndex((c) => c.id === i.commentId);
  return items
    .filter((i) => !i.bump && i.laterComments === 0 && at(i) >= 0)
    .sort((a, b) => at(b) - at(a))[0];
}
