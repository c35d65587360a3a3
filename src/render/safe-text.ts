// Turns thread text the app will quote (an open question, a title) into inert one-line
// Markdown: no HTML, no links, images or autolinks (URLs, e-mail, #123, @mentions are
// broken with a zero-width space), no headings, lists, quotes or tables, Markdown control
// characters escaped, and cut on a word boundary with "…". Brackets and angle brackets
// become HTML entities (never structural in Markdown), so the result can also be placed
// inside link text by callers that escape "[" and "]" themselves without double escaping.
import { normalizeText } from "../thread/normalize.ts";

const ZWSP = "\u200b";
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", hellip: "…" };

/** Markdown → plain visible text, one line: what a reader would see, without structure. */
function toPlainText(markdown: string): string {
  let s = normalizeText(markdown);
  // Block markers at the start of any line (headings, quotes, lists) are structure, not text.
  s = s.replace(/^[ \t]*(?:#{1,6}[ \t]+|(?:>[ \t]?)+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+)/gm, "");
  s = s
    .replace(/<!--[\s\S]*?(?:-->|$)/g, " ")
    .replace(/<(script|style|textarea)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, " ")
    .replace(/<img\b[^>]*>/gi, " ")
    .replace(/!\[([^[\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)/g, " ")
    .replace(/!\[([^[\]\n]*)\]\[[^[\]\n]*\]/g, " ")
    .replace(/\[([^[\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)/g, "$1")
    .replace(/\[([^[\]\n]*)\]\[[^[\]\n]*\]/g, "$1")
    .replace(/<((?:https?|ftp|mailto):[^\s<>]*)>/gi, "$1")
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, " ")
    .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (all, name: string) => {
      if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? all;
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 31 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) && code !== 0x7f ? String.fromCodePoint(code) : " ";
    });
  s = normalizeText(s); // entities may have produced invisible characters
  s = s.replace(/`+/g, "").replace(/\\([!-/:-@[-`{-~])/g, "$1");
  return s.replace(/\s+/g, " ").trim();
}

/** Cuts `text` to at most `maxChars` code points, on a word boundary when one is near, adding "…". */
function truncate(text: string, maxChars: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  if (maxChars <= 1) return maxChars === 1 ? "…" : "";
  const limit = maxChars - 1;
  let cut = limit;
  for (let k = limit; k > 0; k--) {
    if (chars[k] === " ") {
      cut = k;
      break;
    }
    if (k < limit / 2) break;
  }
  let head = chars.slice(0, cut).join("").replace(/[\s,;:.\-–—]+$/u, "");
  if (head.length === 0) head = chars.slice(0, limit).join("");
  return `${head}…`;
}

/** Escapes visible text so that GitHub renders it literally and links or pings nothing. */
function escapeInline(text: string): string {
  // Autolinks first, on the plain text: mentions and e-mail, issue references, URLs, www. hosts.
  let s = text
    .replace(/@(?=[A-Za-z0-9._-])/g, `@${ZWSP}`) // an e-mail domain may start with "." or "-" for GFM ("0@.A")
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`); // any "www.": GFM links "_www.x" too
  s = s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\[/g, "&#91;")
    .replace(/\]/g, "&#93;")
    .replace(/([\\`*_{}|~!])/g, "\\$1");
  // Line-start structure: headings, lists, setext underlines, ordered lists.
  s = s.replace(/^([#+=-])/, "\\$1").replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
  return s;
}

/**
 * Inert one-line Markdown excerpt of `text`, at most `maxChars` visible characters
 * (the Markdown source may be longer because of escapes and entities).
 */
export function inlineExcerpt(text: string, maxChars: number): string {
  if (typeof text !== "string" || !(maxChars > 0)) return "";
  return escapeInline(truncate(toPlainText(text), Math.floor(maxChars)));
}
