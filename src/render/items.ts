// Message items (open questions, concerns, agreements, decisions) as safe, linked one-liners.
// A quote (the writer's words, present only when their comment reads calm) becomes a short
// inert excerpt linked to the item; otherwise the item's description in the app's words is
// shown (made inert too: its topic comes from the thread) and the link sits on its comment. Pure.
import type { ItemList, MessageItem, Placeholder } from "../coach/message.ts";
import { inlineExcerpt } from "./safe-text.ts";

/** Longest excerpt of thread text shown in a bullet. */
export const EXCERPT_CHARS = 90;

/** A Markdown link when the item has a URL, plain text otherwise. Brackets in the label are escaped. */
export function linked(label: string, url: string | undefined): string {
  if (!url) return label;
  return `[${label.replace(/([[\]])/g, "\\$1")}](${url})`;
}

/**
 * "[excerpt](url)" for a quoted item; otherwise its description, with the link on the comment:
 * "A question about the retry policy, in [comment 4](url)".
 */
export function itemLink(item: MessageItem, max = EXCERPT_CHARS): string {
  const quote = item.quote === undefined ? "" : inlineExcerpt(item.quote, max).trim();
  if (quote.length > 0) return linked(quote, item.url);
  const described = inlineExcerpt(item.described, EXCERPT_CHARS).trim();
  return item.where ? `${described}, in ${linked(item.where, item.url)}` : linked(described, item.url);
}

/** "- [excerpt](url) — asked 3 days ago; 4 comments since." */
export function itemBullet(item: MessageItem, max = EXCERPT_CHARS): string {
  return `- ${itemLink(item, max)}${item.detail}`;
}

/** The bullets of a capped list, then one line saying how many more there are. */
export function bullets(list: ItemList, max = EXCERPT_CHARS): string[] {
  const lines = list.items.map((i) => itemBullet(i, max));
  return list.more > 0 ? [...lines, `- …and ${list.more} more.`] : lines;
}

/** A gap left for the humans, in italics. */
export function placeholder(p: Placeholder): string {
  return `_${p.placeholder}_`;
}

export function isPlaceholder(x: object): x is Placeholder {
  return "placeholder" in x;
}
