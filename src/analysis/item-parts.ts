// The items of one comment, each its own part: every question, concern or request found in it
// (numbered or bulleted parts, separate paragraphs), and which of a comment's parts a
// later reply takes up ("Re 2: yes", a quote, the words only that part uses). Pure, lexical.
import type { CommentFeatures, OpenCandidate } from "./comment-features.ts";
import { blockOfSentences, keyTermsOf } from "./text-units.ts";
import { normalizeForMatch } from "./questions.ts";

export interface ItemPart extends OpenCandidate {
  /** 1-based position among the comment's items ("part 2"). */
  part: number;
  /** The question or concern sentences the item is made of (one, or up to three in one run of prose). */
  sentences: OpenCandidate[];
}

/**
 * The comment's items, in order. Questions in one run of prose (one paragraph, at most three in a
 * row: "What happens when Redis is down? Does it fall back?") are one item, asked and answered
 * together; numbered or bulleted parts and separate paragraphs are separate items.
 */
export function commentItems(f: Pick<CommentFeatures, "candidates" | "prose">): ItemPart[] {
  // Every item of a comment asks for the comment's parts: read them once per features object.
  const known = itemsOf.get(f);
  if (known) return known;
  const items = readItems(f);
  itemsOf.set(f, items);
  return items;
}
const itemsOf = new WeakMap<object, ItemPart[]>();

function readItems(f: Pick<CommentFeatures, "candidates" | "prose">): ItemPart[] {
  const block = f.candidates.length > 1 ? blockOfSentences(f.prose) : [];
  const groups: OpenCandidate[][] = [];
  for (const k of f.candidates) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && k.sentenceIndex === prev.sentenceIndex + 1 && block[k.sentenceIndex] === block[prev.sentenceIndex] && last.length < 3) last.push(k);
    else groups.push([k]);
  }
  return groups.map((g, i) => ({
    kind: g.some((k) => k.kind === "concern") ? "concern" : "question",
    text: g.map((k) => k.text).join(" "),
    sentenceIndex: g[0].sentenceIndex,
    blocking: g.some((k) => k.blocking),
    part: i + 1,
    sentences: g,
  }));
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 };

/** Parts a reply names by number or ordinal: "Re 2:", "2.", "(2)", "as for the second", "first question". */
function partsNamed(sentences: string[], count: number): Set<number> {
  const out = new Set<number>();
  for (const raw of sentences) {
    const s = normalizeForMatch(raw);
    for (const m of s.matchAll(/\b(?:re|about|on|for|to|regarding|point|question|q|part|item)\s*:?\s*#?\(?(\d)\)?(?=[\s:.,)]|$)/g)) out.add(Number(m[1]));
    const lead = /^\(?(\d)[.):]\s/.exec(raw.trim());
    if (lead) out.add(Number(lead[1]));
    for (const m of s.matchAll(/\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th)\s+(?:one|question|point|part|item|thing|concern)\b|\b(?:as for|regarding|re|on) the (first|second|third|fourth|fifth|last)\b/g)) {
      const w = m[1] ?? m[2];
      out.add(w === "last" ? count : ORDINALS[w]);
    }
  }
  return new Set([...out].filter((n) => n >= 1 && n <= count));
}

/**
 * Which of a multi-part comment's `parts` the reply takes up specifically: those it names
 * ("Re 2: yes"), quotes, or speaks to with words only that part uses. Empty when it singles out
 * none (a reply to the whole comment, or to something else). Part numbers as in `ItemPart.part`.
 */
export function partsAddressedBy(parts: readonly Pick<ItemPart, "text" | "part">[], reply: Pick<CommentFeatures, "sentences" | "quotes">): number[] {
  if (parts.length < 2) return [];
  const named = partsNamed(reply.sentences, parts.length);
  if (named.size) return [...named].sort((a, b) => a - b);
  const quoted = parts.filter((p) => reply.quotes.some((q) => q.replace(/\s+/g, " ").includes(p.text.slice(0, 40))));
  if (quoted.length) return quoted.map((p) => p.part);
  const termsOf = parts.map((p) => new Set(keyTermsOf(p.text)));
  // Words of the reply's opening only: a long reply touches every part somewhere.
  const replyTerms = new Set(reply.sentences.slice(0, 2).flatMap((x) => keyTermsOf(x)));
  const own = termsOf.map((ts, k) => [...ts].filter((t) => replyTerms.has(t) && termsOf.every((o, m) => m === k || !o.has(t))).length);
  const best = Math.max(...own);
  if (best === 0) return [];
  return parts.filter((_, k) => own[k] > 0).map((p) => p.part);
}

/** True when the item is a field of an issue template: a question written as a Markdown heading
 * or a bold line ("#### Which version are you using?") that the writer answers right below it. */
export function isTemplateField(text: string, body: string): boolean {
  const head = text.trim().slice(0, 30);
  if (head.length < 8) return false;
  return headingLines(body).some((line) => line.startsWith(head));
}

/** The heading and bold lines of a body, their markers stripped; the last bodies asked for are kept. */
function headingLines(body: string): string[] {
  const known = headingsOf.get(body);
  if (known) return known;
  const lines: string[] = [];
  for (const line of body.split("\n")) {
    const m = /^\s*(?:#{1,6}\s+|\*\*|__)(.*)$/.exec(line);
    if (m !== null) lines.push(m[1].replace(/[*_]+\s*$/, "").trim());
  }
  if (headingsOf.size >= HEADINGS_KEPT) headingsOf.clear();
  headingsOf.set(body, lines);
  return lines;
}
const headingsOf = new Map<string, string[]>();
const HEADINGS_KEPT = 64;
