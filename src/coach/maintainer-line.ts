// The "Latest from a maintainer" line of a summary whose thread states no outcome yet: what the
// project side last said, in its writer's words — "Latest from a maintainer — <quote> (comment 9)
// — by kai." Nothing when the line above already states an outcome, an answer or a workaround,
// when that comment is the one the line already points to, or when it reads heated (never quoted
// back). A summary is a record: it says who, as plain text. Pure.
import type { ThreadReport } from "../analysis/types.ts";
import type { Thread } from "../thread/model.ts";
import { commentNumber, isHeated, itemLine } from "./items.ts";
import type { MessageItem, StatusLine } from "./message.ts";

/** The maintainer's latest word as a quoted summary line, or undefined. */
export function maintainerLine(line: StatusLine, report: ThreadReport, thread: Pick<Thread, "comments">): MessageItem | undefined {
  const w = report.maintainerWord;
  if (!w || line.why || line.workaround || !/^no outcome stated/i.test(line.text)) return undefined;
  if (isHeated(report, w.commentId)) return undefined;
  // The line already names that comment ("waiting for an answer to a maintainer's question in comment 3").
  const n = commentNumber(thread, w.commentId);
  if (n !== undefined && new RegExp(`\\bcomments? (?:[\\d, –-]*\\b)?${n}\\b`).test(`${line.text} ${line.since ?? ""}`)) return undefined;
  const item = itemLine(report, thread, w, "point", ` — by ${w.author}.`);
  return item.quote !== undefined ? item : undefined;
}
