// Thread items (open questions, concerns, agreements, decisions, follow-ups) as message lines:
// the writer's words when their comment reads calm; otherwise what the item is about in the
// app's words (its topic, or a neutral paraphrase of the ask), never its text; the comment it
// is in and the link; and the rest of the line (age, later comments, who agreed). Pure.
import { shapeOf, type Shape } from "../analysis/open-ended.ts";
import { topicsOf } from "../analysis/topics.ts";
import type { ItemRef, OpenItem, ThreadReport } from "../analysis/types.ts";
import type { Thread } from "../thread/model.ts";
import type { ItemList, ItemNoun, MessageItem } from "./message.ts";
import { relativeAge } from "./time.ts";

/**
 * A comment's words are quoted back only when it reads calm: not flagged, and its heat score
 * below 0.6. Being stricter than the flag is deliberate — a quote of a sharp sentence costs more
 * trust than leaving a line out. 0.6 since the model learnt from locked GitHub issues (issue 18):
 * chosen on fold A of the thread panel, where 0.5 held back 38 of 299 comments labelled civil
 * (their points vanished from summaries) and 0.6 holds back 15, while still holding back 3 of the
 * 4 tense or heated ones (0.7: 1 of 4). Fold B, not read to choose: 5 of 305 civil and 7 of 17
 * tense or heated held back (0.5: 29 and 9).
 */
export const QUOTE_MAX_HEAT = 0.6;

/** True when this comment must not be quoted (it was flagged or more likely heated than not). */
export function isHeated(report: ThreadReport, commentId: string): boolean {
  return report.heat.perComment.some((c) => c.commentId === commentId && (c.hot || c.score >= QUOTE_MAX_HEAT));
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

const ARTICLE: Record<ItemNoun, string> = {
  question: "A question",
  concern: "A concern",
  point: "An agreed point",
  decision: "A decision",
  "follow-up": "A follow-up",
  suggestion: "A suggestion",
};

/** What an item asks or says when it names no topic, by its shape: never the bare "a question". */
const PARAPHRASE: Record<"question" | "concern", Record<Shape, string>> = {
  question: {
    breakage: "A question about whether something could break",
    risk: "A question about a risk of the change",
    why: "A question asking for the reason behind the approach",
    choice: "A question about which option to choose",
    alternative: "A question suggesting an alternative",
    how: "A question about how something works",
    plain: "A question that is still open",
  },
  concern: {
    breakage: "A concern that something could break",
    risk: "A concern about a risk of the change",
    why: "A concern about the reasoning behind the approach",
    choice: "A concern about a choice between options",
    alternative: "A concern suggesting another way",
    how: "A concern about how something works",
    plain: "A concern about a risk of the change",
  },
};

const BARE: Record<Exclude<ItemNoun, "question" | "concern">, string> = {
  point: "An agreed point",
  decision: "A decision",
  "follow-up": "A follow-up task",
  suggestion: "A suggestion to widen the scope",
};

const BARE_DESCRIPTIONS = new Set<string>([...Object.values(ARTICLE), ...Object.values(BARE), PARAPHRASE.question.plain, PARAPHRASE.concern.plain]);

/** True when a description names no point at all ("A question that is still open", "A decision"): a placeholder, not a line. */
export function isBareDescription(described: string): boolean {
  return BARE_DESCRIPTIONS.has(described);
}

/**
 * The item in the app's words, for a comment that must not be quoted: "A question about the
 * retry policy" when its text names a topic, else a neutral paraphrase of the ask by its shape.
 */
export function describeItem(text: string, noun: ItemNoun): string {
  const topic = topicsOf(text, 1)[0];
  if (topic !== undefined) return `${ARTICLE[noun]} about ${topic}`;
  if (noun !== "question" && noun !== "concern") return BARE[noun];
  const shape = shapeOf(text, noun);
  // "why dont you like it?" is a why-question even where the shape's stricter pattern misses it.
  return PARAPHRASE[noun][shape === "plain" && /\bwhy\b/i.test(text) ? "why" : shape];
}

/** One item as a message line; `detail` is the rest of the line. */
export function itemLine(report: ThreadReport, thread: Pick<Thread, "comments">, ref: ItemRef, noun: ItemNoun, detail = ""): MessageItem {
  const line: MessageItem = { kind: noun, commentId: ref.commentId, described: "", detail };
  if (isHeated(report, ref.commentId)) line.described = describeItem(ref.text, noun);
  else {
    line.quote = ref.text;
    line.described = ARTICLE[noun]; // shown only when the quote has no visible text
  }
  const n = commentNumber(thread, ref.commentId);
  if (n !== undefined) line.where = `comment ${n}`;
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

/** " — agreed by 2 other participants.": people besides the point's author ("agreed by 1 participant" read as one person's claim). */
export function agreedBy(n: number): string {
  return ` — agreed by ${n} other participant${n === 1 ? "" : "s"}.`;
}

/** At most `max` items, and how many more there are (keeps the comment short and under GitHub's size limit). */
export function capped(items: MessageItem[], max = SECTION_MAX): ItemList {
  return items.length <= max ? { items, more: 0 } : { items: items.slice(0, max), more: items.length - max };
}
