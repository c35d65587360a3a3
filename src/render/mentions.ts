// Mention safety for generated text: every @user and @org/team becomes inert so the app's
// comments never ping anyone, while staying readable.
//
// Technique: a zero-width space (U+200B) right after the "@". GitHub links a mention only
// when a login follows the "@" directly, so "@\u200balice" renders as "@alice" but neither
// links nor notifies (Dependabot's release notes use the same trick). Wrapping in
// backticks would also work but changes the look, and breaks inside link text and code.
//
// Left untouched: e-mail addresses (a letter or digit before "@"; "_@x" is neutralised
// because "_@alice_" is emphasis around a real mention, and so is "a@b.co@x": GFM links the
// e-mail, and the "@x" right after the link is a mention), http(s) URLs where GFM surely
// links them (link destinations; bare URLs after a space with no "[" before them in the
// paragraph): no mentions inside a link, and a changed URL would break. Also closed code spans on
// one line (unless a backtick run left open on an earlier line of the paragraph could pair
// across lines) and closed fenced blocks (GitHub does not mention inside code). Anything whose
// code-ness is uncertain (unclosed or container-crossing fences, spans over lines) is
// treated as text and neutralised: a stray zero-width space in code is harmless, a ping
// is not. Already neutralised mentions are not touched again, so the function is idempotent.
// HTML-entity spellings of "@" (&#64; &#x40; &commat;) are neutralised too. Lines that may
// be a raw HTML block (html-block.ts) are text through and through: no code, no links.
import { type CodeSpan, findCodeSpans } from "../thread/code-spans.ts";
import { HtmlBlockTracker } from "./html-block.ts";

export const MENTION_BREAKER = "\u200b";

const AT = "(@|&#0*64;|&#x0*40;|&commat;)(?=[A-Za-z0-9])";
const MENTION = new RegExp(`(https?:\\/\\/[A-Za-z0-9][^\\s<>()\\]]*)|${AT}`, "gi");
const AT_ONLY = new RegExp(AT, "gi");
/** Text ending in an e-mail address that GFM turns into a link: an "@" right after it starts a new text node. */
const EMAIL_BEFORE = /[\w.+-]@[\w-]+(?:\.[\w-]+)+$/;
/** A run GFM may link as a bare URL when it holds "://" or "www."; backticks inside it belong to the link. */
const TOKEN = /[^\s<]+/g;
const URLISH = /:\/\/|www\./i;
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/** True when an "@" at `at` can start a mention: not glued to a word, unless that word is a linked e-mail. */
function startsMention(text: string, at: number, prev: string): boolean {
  const before = at > 0 ? text[at - 1] : prev;
  if (!/[A-Za-z0-9]/.test(before)) return true;
  return EMAIL_BEFORE.test(prev + text.slice(Math.max(0, at - 256), at));
}

/**
 * Neutralises `text`, the part of a line from `base` to the next code span; `bracketAt` is
 * where the paragraph's first "[" is, in line offsets (-Infinity on an earlier line, Infinity
 * if none, -Infinity as well where nothing is linked, as in raw HTML).
 */
function neutralizeSegment(line: string, base: number, text: string, bracketAt: number): string {
  const prev = base > 0 ? line[base - 1] : "";
  return text.replace(MENTION, (all, url: string | undefined, _at: string | undefined, offset: number) => {
    if (!url) return startsMention(text, offset, prev) ? `@${MENTION_BREAKER}` : all;
    if (isLinked(line, base + offset, url.length, bracketAt)) return all; // a link: no mentions inside, keep the URL intact
    const before = offset > 0 ? text[offset - 1] : prev;
    return url.replace(AT_ONLY, (at: string, _a: string, k: number) => (startsMention(url, k, before) ? `@${MENTION_BREAKER}` : at));
  });
}

/**
 * True when GFM surely links the URL at `start`: a link destination "](url)", or a bare URL at
 * a line start or after a space or "<" with no "[" before it in its paragraph (micromark
 * links no bare URL after an open "[").
 */
function isLinked(line: string, start: number, length: number, bracketAt: number): boolean {
  const before = start > 0 ? line[start - 1] : "";
  if (before === "(") return start > 1 && line[start - 2] === "]" && bracketAt !== -Infinity && line[start + length] === ")";
  return bracketAt > start && (before === "" || before === "<" || /\s/.test(before));
}

/**
 * The code spans of `line` GitHub surely shows as code: none when an earlier line of the
 * paragraph left a backtick run open (spans pair across lines), none whose opening backticks
 * a bare link took, none holding an unescaped "|" (a table cell boundary in a GFM table).
 */
function trustedSpans(line: string, danglingBefore: boolean): CodeSpan[] {
  if (danglingBefore) return [];
  const urls = URLISH.test(line) ? [...line.matchAll(TOKEN)].filter((t) => URLISH.test(t[0])) : [];
  let u = 0;
  return findCodeSpans(line).filter((sp) => {
    while (u < urls.length && urls[u].index + urls[u][0].length <= sp.start) u++;
    if (u < urls.length && urls[u].index < sp.start) return false;
    return !/(?:^|[^\\])\|/.test(sp.content);
  });
}

/** True when `line`, its code spans taken out, still has a backtick that a later line could pair with. */
function leavesBacktickOpen(line: string, spans: readonly CodeSpan[]): boolean {
  let rest = "";
  let last = 0;
  for (const sp of spans) {
    rest += line.slice(last, sp.start) + " ";
    last = sp.end;
  }
  return (rest + line.slice(last)).includes("`");
}

function neutralizeLine(line: string, bracketAt: number, spans: readonly CodeSpan[]): string {
  if (!line.includes("@") && !line.includes("&")) return line;
  let out = "";
  let last = 0;
  for (const sp of spans) {
    out += neutralizeSegment(line, last, line.slice(last, sp.start), bracketAt) + line.slice(sp.start, sp.end);
    last = sp.end;
  }
  return out + neutralizeSegment(line, last, line.slice(last), bracketAt);
}

/** Index of the line closing the fence opened at `start`, or -1 if unclosed or leaving its container. */
function closingFence(lines: readonly string[], start: number, indent: number, ch: string, len: number): number {
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j];
    const lead = line.length - line.trimStart().length;
    const t = line.trim();
    if (t.length > 0 && lead < indent) return -1; // a less indented line: the container may have ended
    if (t.length >= len && t[0] === ch && /^(`+|~+)$/.test(t) && t.length >= len && lead <= indent + 3) return j;
  }
  return -1;
}

/** Makes every @user and @org/team in generated Markdown inert (no ping, still readable). */
export function neutralizeMentions(markdown: string): string {
  if (typeof markdown !== "string") return "";
  if (!markdown.includes("@") && !/&(?:#0*64|#x0*40|commat);/i.test(markdown)) return markdown;
  const lines = markdown.split("\n");
  const html = new HtmlBlockTracker();
  let bracketBefore = false; // a "[" on an earlier line of the paragraph
  let backtickBefore = false; // a backtick run left open on an earlier line of the paragraph
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (html.next(line)) {
      lines[i] = neutralizeSegment(line, 0, line, -Infinity); // raw HTML: no code, no links, all of it is text
      continue;
    }
    const fence = FENCE.exec(lines[i]);
    if (fence && !(fence[2][0] === "`" && fence[3].includes("`"))) {
      const close = closingFence(lines, i, fence[1].length, fence[2][0], fence[2].length);
      if (close !== -1) {
        i = close; // a closed fenced block: code, leave as is
        continue;
      }
    }
    const bracket = line.indexOf("[");
    const spans = trustedSpans(line, backtickBefore);
    lines[i] = neutralizeLine(line, bracketBefore ? -Infinity : bracket === -1 ? Infinity : bracket, spans);
    const blank = line.trim() === "";
    bracketBefore = !blank && (bracketBefore || bracket !== -1);
    backtickBefore = !blank && (backtickBefore || leavesBacktickOpen(line, spans));
  }
  return lines.join("\n");
}
