// Display text of an item: cleaned prose replaces code, identifiers and URLs with "§"; when the
// sentence can be found in the raw Markdown, show the writer's own words (with their `code`);
// Markdown links are matched by their display text, as the prose reads them.

import { memoBy, textKey } from "./text-memo.ts";

const CODE_TOKEN = "§";
/** Longest code span, identifier or URL one "§" stands for (a commit URL runs to 80 characters and more). */
const MAX_SPAN = 200;
/** A Markdown link (not an image): its display text is what the prose reads. */
const MD_LINK = /(?<!!)\[([^\[\]\n]*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)/g;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Emphasis markers outside code spans ("inside **flush**", "_"x" is NOT an array!_"): the prose reads the words without them. */
function withoutEmphasis(raw: string): string {
  return raw
    .split(/(`[^`\n]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\*\*|__/g, "").replace(/(^|[\s(["'])[*_](?=\S)/g, "$1").replace(/(?<=\S)[*_](?=$|[\s)\].,;:!?"'])/g, "")))
    .join("");
}

/** The sentence as written in `raw` (code put back), or the sentence with "§" shown as "…". */
export function displayText(sentence: string, raw: string): string {
  if (!sentence.includes(CODE_TOKEN)) return sentence;
  return remembered([sentence, raw]);
}

/** Every event re-reads the thread and shows mostly the same sentences: remembered by sentence and
 * body (the body by its length and two hashes, so the memo holds no bodies). */
const remembered = memoBy(
  4096,
  ([sentence, raw]: [string, string]) => `${sentence}\u0000${textKey(raw)}`,
  ([sentence, raw]: [string, string]) => findInRaw(sentence, raw),
);

function findInRaw(sentence: string, raw: string): string {
  const parts = sentence.split(CODE_TOKEN).map((p) => escapeRegExp(p.trim()).replace(/\s+/g, "\\s+"));
  try {
    // Each "§" stands for one code span, URL or identifier: a backtick span or a run without spaces.
    const re = new RegExp(parts.join(`\\s*(\`[^\`\\n]{1,${MAX_SPAN}}\`|[^\\s\`]{1,${MAX_SPAN}})\\s*`).replace(/\\s\+\\s\*|\\s\*\\s\+/g, "\\s*"));
    // A Markdown link reads as its display text ("a solution [here](https://…)" is "a solution here").
    const linked = raw.includes("](") ? raw.replace(MD_LINK, "$1") : raw;
    for (const text of /[*_]/.test(linked) ? [linked, withoutEmphasis(linked)] : [linked]) {
      const m = re.exec(text);
      if (m && m[0].length <= sentence.length + MAX_SPAN * 2) return m[0].replace(/\s+/g, " ").trim();
    }
  } catch {
    // fall through to the placeholder form
  }
  return sentence.replace(/§/g, "…");
}
