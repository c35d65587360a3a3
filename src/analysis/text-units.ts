// Cheap lexical units of prose: sentences, words and the key terms a sentence is about.
// Pure string work (no NLP library), fast enough to run on every comment of a long thread.

const STOPWORDS = new Set(
  (
    "a an the and or but if then else so of to in on at by for with from into onto about as is are was were be been being " +
    "am do does did done doing have has had having i me my mine we us our ours you your yours he him his she her hers it its " +
    "they them their theirs this that these those there here what which who whom whose when where why how all any both each " +
    "few more most other some such no nor not only own same than too very can could should would will shall may might must " +
    "just also now still yet again ever even really quite rather maybe perhaps please thanks thank ok okay yes yeah sure " +
    "think thought know knew see seen seem seems like want wanted need needs needed make makes made get gets got go goes going " +
    "one two way thing things lot bit something anything nothing everything someone anyone because while though although " +
    "since until unless over under up down out off then than per via vs etc i'm i've i'd i'll we're we've we'll you're " +
    "you've it's that's there's don't doesn't didn't isn't aren't wasn't won't can't couldn't shouldn't wouldn't let let's " +
    "use used using work works working case point question issue comment change changes pr patch code"
  ).split(/\s+/),
);

/** The block boundaries of splitSentences: blank lines and the start of a list item. */
const PARAGRAPHS = /\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)])\s)/;

/** Splits prose into sentences (paragraph breaks, and . ! ? followed by space or end). */
export function splitSentences(prose: string): string[] {
  const out: string[] = [];
  for (const para of prose.split(PARAGRAPHS)) {
    const flat = para.replace(/\s+/g, " ").trim();
    if (!flat) continue;
    // Split after ., !, ? (one or more) when followed by a space and a non-lowercase start, or by the end.
    const parts = flat.split(/(?<=[.!?…])\s+(?=[^a-z0-9_(])|(?<=\?)\s+/);
    for (const p of parts) {
      const s = p.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "").trim();
      if (s) out.push(s);
    }
  }
  return out;
}

/** For each sentence of the prose, the paragraph or list item it sits in (splitSentences' own blocks). */
export function blockOfSentences(prose: string): number[] {
  const out: number[] = [];
  prose.split(PARAGRAPHS).forEach((para, b) => {
    for (let k = splitSentences(para).length; k > 0; k--) out.push(b);
  });
  return out;
}

/** Lower-cased word tokens (letters, digits, apostrophes, inner hyphens and underscores). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu) ?? [];
}

/** A crude stem so "caches"/"caching"/"cached" meet: strips a few common English endings. */
export function stem(word: string): string {
  const w = word.replace(/['’]s$/, "");
  if (w.length <= 4) return w;
  return w.replace(/(?:ies|ied)$/, "y").replace(/(?:ing|ed|es|s|ly)$/, "");
}

/** Content-bearing terms of a text: words minus stopwords and very short tokens, stemmed, unique. */
export function keyTerms(text: string): string[] {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.add(stem(w));
  }
  return [...out];
}

/** Key terms of texts seen recently (open items recur on every analysis of a thread). Callers must not mutate the result. */
export function keyTermsOf(text: string): readonly string[] {
  const known = termMemo.get(text);
  if (known) return known;
  const terms = keyTerms(text);
  if (termMemo.size >= TERM_MEMO_SIZE) termMemo.delete(termMemo.keys().next().value as string);
  termMemo.set(text, terms);
  return terms;
}
const TERM_MEMO_SIZE = 4000;
const termMemo = new Map<string, string[]>();

/** Jaccard similarity of two term lists. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const sb = new Set(b);
  let inter = 0;
  for (const t of new Set(a)) if (sb.has(t)) inter++;
  return inter / (new Set(a).size + sb.size - inter);
}

/** Shortens a sentence for display, at a word boundary. */
export function clip(text: string, max = 160): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,;:\s]+$/, "")}…`;
}
