// Thread items (open questions, concerns, agreements, decisions, follow-ups) as message lines:
// the writer's words when their comment reads calm, the app's own description otherwise, the
// link, and the rest of the line (age, later comments, who agreed). Pure.
import type { ItemRef, OpenItem, ThreadReport } from "../analysis/types.ts";
import type { Thread } from "../thread/model.ts";
import type { ItemList, ItemNoun, MessageItem } from "./message.ts";
import { relativeAge } from "./time.ts";

/**
 * A comment's words are quoted back only when it reads calm: not flagged, and its calibrated
 * heat probability below even odds. Being stricter than the flag is deliberate — a quote of a
 * sharp sentence costs more trust than a plain "a concern in comment 4".
 */
export const QUOTE_MAX_HEAT = 0.5;

/** True when this comment must not be quoted (it was flagged or more likely heated than not). */
export function isHeated(report: ThreadReport, commentId: string): boolean {
  return report.heat.perComment.some((c) => c.commentId === commentId && (c.flag || c.score >= QUOTE_MAX_HEAT));
}

/** Most items per list of a summary, `/concerns` answer or decision record. */
export const SECTION_MAX = 10;

/** 1-based position of a comment in the thread (the opening post is 1). */
export function commentNumber(thread: Pick<Thread, "comments">, commentId: string): number | undefined {
  const i = thread.comments.findIndex((c) => c.id === commentId);
  return i < 0 ? undefined : i + 1;
}

function urlOf(thread: Pick<Thread, "comments">, ref: ItemRef): string | undefined {
  return ref.url ?? thread.comments.find((c) => c.id === ref.commentId)?.url;
}

/** "a question in comment 7": the item in the app's words, without quoting it. */
function describe(thread: Pick<Thread, "comments">, ref: ItemRef, noun: ItemNoun): string {
  const n = commentNumber(thread, ref.commentId);
  return n === undefined ? `a ${noun} earlier in the thread` : `a ${noun} in comment ${n}`;
}

/** One item as a message line; `detail` is the rest of the line. */
export function itemLine(report: ThreadReport, thread: Pick<Thread, "comments">, ref: ItemRef, noun: ItemNoun, detail = ""): MessageItem {
  const line: MessageItem = { kind: noun, commentId: ref.commentId, described: describe(thread, ref, noun), detail };
  if (!isHeated(report, ref.commentId)) line.quote = ref.text;
  const url = urlOf(thread, ref);
  if (url !== undefined) line.url = url;
  return line;
}

/** An open question or concern: "… (blocking) — asked 3 days ago; 4 comments since." */
export function openItemLine(report: ThreadReport, thread: Pick<Thread, "comments">, item: OpenItem, now: Date): MessageItem {
  const verb = item.kind === "question" ? "asked" : "raised";
  const when = item.createdAt ? ` — ${verb} ${relativeAge(item.createdAt, now)}` : "";
  const later = item.laterComments > 0 ? `; ${item.laterComments} comment${item.laterComments === 1 ? "" : "s"} since` : "";
  const blocking = item.blocking ? " (blocking)" : "";
  return itemLine(report, thread, item, item.kind, `${blocking}${when}${later}.`);
}

/** " — agreed by 2 participants." */
export function agreedBy(n: number): string {
  return ` — agreed by ${n} participant${n === 1 ? "" : "s"}.`;
}

/** At most `max` items, and how many more there are (keeps the comment short and under GitHub's size limit). */
export function capped(items: MessageItem[], max = SECTION_MAX): ItemList {
  return items.length <= max ? { items, more: 0 } : { items: items.slice(0, max), more: items.length - max };
}
