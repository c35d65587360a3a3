// Inline Markdown cleaning of one paragraph: code spans, images, links (text kept, target
// dropped), HTML tags (visible text kept), URLs, e-mail addresses, emphasis markers,
// escapes and entities; collects mentions and references on the way. Code, URLs and
// identifiers become CODE_TOKEN so they do not read as words.
import { findCodeSpans } from "./code-spans.ts";
import { CODE_TOKEN, replaceIdentifiers } from "./identifiers.ts";
import { normalizeText } from "./normalize.ts";
import { extractMentions, extractReferencesAndReplaceShas, extractUrlReferences } from "./references.ts";

export interface InlineResult {
  text: string;
  hadCode: boolean;
  mentions: string[];
  references: string[];
}

// A link destination: no spaces, balanced one level of parentheses, optional title.
const DEST = String.raw`\((?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)`;
const IMAGE = new RegExp(String.raw`!\[[^[\]\n]*\](?:${DEST}|\[[^[\]\n]*\])?`, "g");
const LINK = new RegExp(String.raw`\[([^[\]\n]*)\](?:${DEST}|\[[^[\]\n]*\])`, "g");
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/g;
const URL = /\b(?:(?:https?|ftp|file|ssh|git):\/\/|www\.)[^\s<>"'`]*[^\s<>"'`.,;:!?)\]}*_]/gi;
const EMAIL = /\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b/g;
const IMG_TAG = /<img\b[^>]*>/gi;
const DROP_OPEN = /<(script|style|pre|code|kbd|samp|textarea)\b[^>]*>/gi;

/**
 * Removes elements whose content is not prose (script/style: invisible; pre/code/kbd/samp/
 * textarea: code), in linear time: an opening tag without a later closing tag is left
 * for the generic tag stripper. Returns the text and whether code was removed.
 */
function dropElements(s: string): { text: string; hadCode: boolean } {
  const lower = s.toLowerCase();
  let out = "";
  let last = 0;
  let hadCode = false;
  const unclosed = new Set<string>();
  DROP_OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DROP_OPEN.exec(s)) !== null) {
    const tag = m[1].toLowerCase();
    if (unclosed.has(tag)) continue;
    const close = lower.indexOf(`</${tag}`, m.index + m[0].length);
    if (close === -1) {
      unclosed.add(tag);
      continue;
    }
    const gt = s.indexOf(">", close);
    const end = gt === -1 ? s.length : gt + 1;
    const invisible = tag === "script" || tag === "style";
    if (!invisible) hadCode = true;
    out += s.slice(last, m.index) + (invisible ? " " : ` ${CODE_TOKEN} `);
    last = end;
    DROP_OPEN.lastIndex = end;
  }
  return { text: last === 0 ? s : out + s.slice(last), hadCode };
}
const BREAK_TAG = /<\/?(?:br|hr|p|div|li|ul|ol|tr|td|th|table|details|summary|h[1-6]|blockquote)\b[^>]*\/?>/gi;
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const CODE_TOKEN_RUN = new RegExp(`${CODE_TOKEN}(?:[ \\t]*${CODE_TOKEN})+`, "g");
const HARD_BREAK_BACKSLASH = /\\$/gm;
const DOUBLE_MARKER = /\*\*|__|~~/g;
const OPENING_MARKER = /(^|[\s(\["'])[*_]+(?=\S)/g;
const CLOSING_MARKER = /(\S)[*_]+(?=$|[\s)\]"'.,!?;:])/g;
const HIDDEN_ESCAPE = /[\ue000-\ue07f]/;
const HIDDEN_ESCAPES = /[\ue000-\ue07f]/g;
const SPACE_RUN = /[ \t]{2,}/g;
const LINE_BREAK_SPACES = / *\n[ \n]*/g;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", hellip: "…", mdash: "—", ndash: "–" };

function decodeEntities(s: string): string {
  return s.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (all, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "";
      return code < 32 ? " " : String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** Cleans one paragraph of Markdown into prose. */
export function cleanInline(paragraph: string): InlineResult {
  let hadCode = false;
  // Backslash escapes: hide escaped punctuation from every later pattern, restore at the end.
  let s = paragraph.includes("\\") ? paragraph.replace(/\\([!-/:-@[-`{-~])/g, (_m, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0))) : paragraph;
  // 1. Code spans first: their content is literal (no links, no mentions, no HTML).
  const spans = findCodeSpans(s);
  if (spans.length > 0) {
    hadCode = true;
    let out = "";
    let last = 0;
    for (const sp of spans) {
      out += s.slice(last, sp.start) + CODE_TOKEN;
      last = sp.end;
    }
    s = out + s.slice(last);
  }
  if (s.includes("`")) s = s.replace(/`+/g, "");
  // 2. HTML: elements whose content is code or invisible, images, tags (text kept).
  //    Escaped markup (&lt;details&gt;, from HTML-escaped exports) is treated as markup too.
  if (s.includes("&")) s = normalizeText(decodeEntities(s)); // entities can spell invisible characters
  if (s.includes("<")) {
    const dropped = dropElements(s);
    s = dropped.text;
    if (dropped.hadCode) hadCode = true;
    s = s.replace(IMG_TAG, " ").replace(AUTOLINK, ` ${CODE_TOKEN} `);
    s = s.replace(BREAK_TAG, "\n").replace(TAG, "");
  }
  // 3. References carried by URLs, before the URLs go.
  const references = extractUrlReferences(s);
  // 4. Images go entirely; links keep their text.
  if (s.includes("[")) {
    s = s
      .replace(IMAGE, " ")
      .replace(LINK, (_m, text: string) => text)
      .replace(/\[\^[^\]\s]+\]/g, "") // footnote references
      .replace(/[[\]]/g, ""); // shortcut references and stray brackets
  }
  // 5. Bare URLs and e-mail addresses are not words.
  if (s.includes("://") || s.includes("www.")) s = s.replace(URL, CODE_TOKEN);
  if (s.includes("@") && /[\w.+-]@[A-Za-z0-9]/.test(s)) s = s.replace(EMAIL, CODE_TOKEN);
  // 6. Mentions and references (kept in the prose; they are part of the sentence).
  const mentions = extractMentions(s);
  const found = extractReferencesAndReplaceShas(s, CODE_TOKEN);
  for (const r of found.references) references.push(r);
  s = found.text;
  // 7. Identifiers (snake_case, camelCase, paths, flags…) become CODE_TOKEN.
  s = replaceIdentifiers(s);
  // 8. Emphasis, hard-break backslashes and escapes: markers go, words stay.
  //    (Each pass runs only when its characters are present: most paragraphs have none.)
  if (s.includes("\\")) s = s.replace(HARD_BREAK_BACKSLASH, "");
  if (s.includes("*") || s.includes("_") || s.includes("~~")) {
    s = s.replace(DOUBLE_MARKER, "").replace(OPENING_MARKER, "$1").replace(CLOSING_MARKER, "$1");
  }
  if (HIDDEN_ESCAPE.test(s)) s = s.replace(HIDDEN_ESCAPES, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));
  // 9. Tidy: one CODE_TOKEN for a run of them, single spaces, trimmed lines.
  if (s.includes(CODE_TOKEN)) s = s.replace(CODE_TOKEN_RUN, CODE_TOKEN);
  if (s.includes("  ") || s.includes("\t")) s = s.replace(SPACE_RUN, " ");
  // A lone "\n" is replaced by itself: only spaces or blank lines next to one change anything.
  if (s.includes(" \n") || s.includes("\n ") || s.includes("\n\n")) s = s.replace(LINE_BREAK_SPACES, "\n");
  s = s.trim();
  return { text: s, hadCode, mentions, references };
}
