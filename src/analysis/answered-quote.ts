// The quote a reply's sentence answers: the quote just before it. In a reply that answers several
// quotes in turn ("> A" "Good point." "> B" "That's what I thought as well."), each sentence
// answers the quote above it, not always the last one. Without the sentence (an acceptance opens
// the reply), the quote before the reply's first own line. Pure.

/** The words a sentence's start is found by in the raw Markdown (prose drops code and markup). */
function probe(sentence: string): string | null {
  const words = sentence.toLowerCase().match(/[a-z']+/g) ?? [];
  return words.length >= 2 ? words.slice(0, 4).join(" ") : null;
}

/** The quote before `sentence` (or before the reply's first own line), else the last quote. Nested quotes make the order uncertain: the last quote then. */
export function acceptedQuote(body: string, quotes: readonly string[], sentence?: string): string | undefined {
  if (quotes.length <= 1 || /^\s*>\s*>/m.test(body)) return quotes.at(-1);
  const wanted = sentence ? probe(sentence) : null;
  let group = -1;
  let inQuote = false;
  for (const line of body.split("\n")) {
    if (/^\s*>/.test(line)) {
      if (!inQuote) group++;
      inQuote = true;
      continue;
    }
    if (!line.trim()) {
      inQuote = false;
      continue;
    }
    // An own line: the first one answers when no sentence is named, else the one that holds it.
    if (!wanted || (line.toLowerCase().match(/[a-z']+/g) ?? []).join(" ").includes(wanted)) break;
    if (group === quotes.length - 1) break;
  }
  return group >= 0 && group < quotes.length ? quotes[group] : quotes.at(-1);
}
