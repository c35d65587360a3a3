// Message items (open questions, concerns, agreements, decisions) as safe, linked one-liners.
// A quote (the writer's words, present only when their comment reads calm) becomes a short
// inert excerpt; otherwise the item's description in the app's words is shown. Pure.
import type { ItemList, MessageItem, Placeholder } from "../coach/message.ts";
import { inlineExcerpt } from "./safe-text.ts";

/** Longest excerpt of thread text shown in a bullet. */
export const EXCERPT_CHARS = 90;

/** A Markdown link when the item has a URL, plain text otherwise. Brackets in the label are escaped. */
export function linked(label: string, url: string | undefined): string {
  if (!url) return label;
  return `[${label.replace(/([[\]])/g, "\\$1")}](${url})`;
}

/** The quote as a short inert excerpt, or the description when there is no quote to show. */
function label(item: MessageItem): string {
  const text = item.quote === undefined ? "" : inlineExcerpt(item.quote, EXCERPT_CHARS).trim();
  return text.length > 0 ? text : item.described;
}

/** "[excerpt](url)" */
export function itemLink(item: MessageItem): string {
  return linked(label(item), item.url);
}

/** "- [excerpt](url) — asked 3 days ago; 4 comments since." */
export function itemBullet(item: MessageItem): string {
  return `- ${itemLink(item)}${item.detail}`;
}

/** The bullets of a capped list, then one line saying how many more there are. */
export function bullets(list: ItemList): string[] {
  const lines = list.items.map(itemBullet);
  return list.more > 0 ? [...lines, `- …and ${list.more} more.`] : lines;
}

/** A gap left for the humans, in italics. */
export function placeholder(p: Placeholder): string {
  return `_${p.placeholder}_`;
}

export function isPlaceholder(x: object): x is Placeholder {
  return "placeholder" in x;
}
