// The workaround line of a summary, for a thread that states no outcome: "Workaround — <the
// offer in its writer's words> (comment 10) — confirmed to work by the author and one other
// participant." Who confirmed is said by role and count, never a login. Nothing when the thread
// settled, when the workaround is the answer already shown, or when its comment reads heated. Pure.
import { threadWorkarounds } from "../analysis/workaround.ts";
import type { ThreadReport } from "../analysis/types.ts";
import type { Thread } from "../thread/model.ts";
import { isHeated, itemLine } from "./items.ts";
import type { MessageItem } from "./message.ts";

const NUMBER = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const count = (n: number) => `${NUMBER[n] ?? String(n)} other participant${n === 1 ? "" : "s"}`;

/** "the author and two other participants" for the logins that confirmed it. */
function confirmers(logins: string[], thread: Pick<Thread, "comments">): string {
  const opener = thread.comments.find((c) => !c.author.isBot)?.author.login;
  const others = logins.filter((l) => l !== opener).length;
  if (others === logins.length) return count(others);
  return others === 0 ? "the author" : `the author and ${count(others)}`;
}

/** The confirmed workaround as a quoted summary line, or undefined. */
export function workaroundLine(report: ThreadReport, thread: Pick<Thread, "comments">): MessageItem | undefined {
  if (report.status.why) return undefined;
  const w = threadWorkarounds(thread).find((x) => x.commentId !== report.answer?.commentId && !isHeated(report, x.commentId));
  if (!w) return undefined;
  return itemLine(report, thread, w, "suggestion", ` — confirmed to work by ${confirmers(w.confirmedBy, thread)}.`);
}
