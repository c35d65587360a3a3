// Rendering of thread items (open questions, concerns, agreements, decisions) as safe,
// linked one-liners. A heated comment is never quoted: it is referred to by its position.
import type { ItemRef, OpenItem, ThreadReport } from "../analysis/types.ts";
import { isHeated } from "../coach/compose.ts";
import type { Thread } from "../thread/model.ts";
import { inlineExcerpt } from "./safe-text.ts";
import { relativeAge } from "./time.ts";

/** Longest excerpt of thread text shown in a bullet. */
export const EXCERPT_CHARS = 90;

/** 1-based position of a comment in the thread (the opening post is 1). */
export function commentNumber(thread: Thread, commentId: string): number | undefined {
  const i = thread.comments.findIndex((c) => c.id === commentId);
  return i < 0 ? undefined : i + 1;
}

function urlOf(thread: Thread, ref: ItemRef): string | undefined {
  return ref.url ?? thread.comments.find((c) => c.id === ref.commentId)?.url;
}

/** A Markdown link when the item has a URL, plain text otherwise. Brackets in the label are escaped. */
export function linked(label: string, url: string | undefined): string {
  if (!url) return label;
  return `[${label.replace(/([[\]])/g, "\\$1")}](${url})`;
}

/** The item's own words as a short inert excerpt, or "a question in comment 7" when its comment ran hot. */
export function itemLabel(report: ThreadReport, thread: Thread, ref: ItemRef, noun: string): string {
  const n = commentNumber(thread, ref.commentId);
  const where = n === undefined ? `a ${noun} earlier in the thread` : `a ${noun} in comment ${n}`;
  if (isHeated(report, ref.commentId)) return where;
  const text = inlineExcerpt(ref.text, EXCERPT_CHARS).trim();
  return text.length > 0 ? text : where;
}

/** "- [excerpt](url) — asked 3 days ago; 4 comments since." */
export function openItemBullet(report: ThreadReport, thread: Thread, item: OpenItem, now: Date): string {
  const label = linked(itemLabel(report, thread, item, item.kind), urlOf(thread, item));
  const verb = item.kind === "question" ? "asked" : "raised";
  const when = item.createdAt ? ` — ${verb} ${relativeAge(item.createdAt, now)}` : "";
  const later = item.laterComments > 0 ? `; ${item.laterComments} comment${item.laterComments === 1 ? "" : "s"} since` : "";
  const blocking = item.blocking ? " (blocking)" : "";
  return `- ${label}${blocking}${when}${later}.`;
}

/** "[excerpt](url)" for an agreement, decision or follow-up. */
export function refLink(report: ThreadReport, thread: Thread, ref: ItemRef, noun: string): string {
  return linked(itemLabel(report, thread, ref, noun), urlOf(thread, ref));
}

/** "- [excerpt](url)" plus a suffix, as a list item. */
export function refBullet(report: ThreadReport, thread: Thread, ref: ItemRef, noun: string, suffix = ""): string {
  return `- ${refLink(report, thread, ref, noun)}${suffix}`;
}

/** At most `max` bullets, then one line saying how many more there are (keeps the comment short and under GitHub's size limit). */
export function capped(bullets: string[], max: number): string[] {
  if (bullets.length <= max) return bullets;
  return [...bullets.slice(0, max), `- …and ${bullets.length - max} more.`];
}
