// Noun phrases of one short text (an open item's sentence), via compromise. Only called on the
// few sentences that become open items, never on every sentence of a thread.
import nlp from "./nlp.ts";
import { keyTerms, words } from "./text-units.ts";

const PRONOUN = /^(?:i|i'm|i've|i'd|me|we|us|you|he|she|it|they|them|this|that|these|those|there|what|which|who|someone|anyone|something|anything|everything|nothing|one|thing|things|lot|question|issue|concern|point|way|bit|case)$/i;
const LEADING = /^(?:the|a|an|this|that|these|those|our|your|my|their|its|his|her|some|any|all|each|every|such)\s+/i;

/** Longest text handed to compromise: an item is one sentence or a few; beyond this is noise. */
const MAX_INPUT = 400;

/** Prepositions and adverbs where compromise's noun phrases run on ("key count against the bucket"). */
const SPLIT = /\s+(?:against|with|without|for|in|on|to|from|about|over|under|into|via|by|when|while|because|still|also|just|already|really|even|there|here)(?:\s+|$)/i;

/** Cleans a noun phrase: trailing punctuation, leading determiners, label prefixes. */
function tidy(phrase: string): string {
  return phrase
    .replace(/^[a-z]+(?:\s*\([^)]*\))?:\s*/i, "")
    .replace(/§/g, "")
    .replace(/\s+\S*\d\S*-$/, "")
    .replace(/[.,;:!?"'`)\]]+$/g, "")
    .replace(/^["'`([]+/, "")
    .replace(LEADING, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Up to `max` noun phrases of the text, longest-first among the meaningful ones, without
 * determiners ("the session cache" → "session cache"). Falls back to key terms.
 */
export function nounPhrases(text: string, max = 3): string[] {
  const key = `${max}|${text}`;
  const known = memo.get(key);
  if (known) return [...known];
  const found = computeNounPhrases(text, max);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(key, found);
  return [...found];
}

/** True when one word, read on its own, is a noun to the tagger ("cache" yes; "write", "fix", "dynamic" no). */
export function readsAsNoun(word: string): boolean {
  return nlp(word).has("#Noun");
}

/** Open items recur on every analysis of a thread: their phrases are remembered (same text, same answer). */
const MEMO_SIZE = 2000;
const memo = new Map<string, string[]>();

function computeNounPhrases(text: string, max: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const phrases = (nlp(text.slice(0, MAX_INPUT)).nouns().out("array") as string[]).flatMap((p) => p.split(SPLIT));
  for (const raw of phrases) {
    const p = tidy(raw);
    const ws = words(p);
    if (!ws.length || ws.length > 6 || ws.every((w) => PRONOUN.test(w)) || PRONOUN.test(p)) continue;
    if (/^(?:https?|www)\b/i.test(p) || p.length < 3) continue;
    const key = p.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  // Keep the thread's order but prefer multi-word phrases when there are more than `max`.
  const ranked = out
    .map((p, i) => ({ p, i, w: Math.min(words(p).length, 3) }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.p);
  if (ranked.length) return ranked;
  return keyTerms(text).slice(0, max);
}
