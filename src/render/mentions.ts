// Mention safety for generated text: every @user and @org/team becomes inert so the app's
// comments never ping anyone, while staying readable.
//
// Technique: a zero-width space (U+200B) right after the "@". GitHub links a mention only
// when a login follows the "@" directly, so "@\u200balice" renders as "@alice" but neither
// links nor notifies (Dependabot's release notes use the same trick). Wrapping in
// backticks would also work but changes the look, and breaks inside link text and code.
//
// Left untouched: e-mail addresses (a letter or digit before "@"; "_@x" is neutralised
// because "_@alice_" is emphasis around a real mention), http(s) URLs, also as link
// destinations (no mentions there, and a changed URL would break), closed code spans on
// one line and closed fenced blocks (GitHub does not mention inside code). Anything whose
// code-ness is uncertain (unclosed or container-crossing fences, spans over lines) is
// treated as text and neutralised: a stray zero-width space in code is harmless, a ping
// is not. Already neutralised mentions are not touched again, so the function is idempotent.
// HTML-entity spellings of "@" (&#64; &#x40; &commat;) are neutralised too.
import { findCodeSpans } from "../thread/code-spans.ts";

export const MENTION_BREAKER = "\u200b";

const MENTION = /(https?:\/\/[A-Za-z0-9][^\s<>()\]]*)|(^|[^A-Za-z0-9])(@|&#0*64;|&#x0*40;|&commat;)(?=[A-Za-z0-9])/gi;
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;

function neutralizeSegment(text: string): string {
  return text.replace(MENTION, (all, url: string | undefined, before: string) => (url ? all : `${before}@${MENTION_BREAKER}`));
}

function neutralizeLine(line: string): string {
  if (!line.includes("@") && !line.includes("&")) return line;
  const spans = findCodeSpans(line);
  if (spans.length === 0) return neutralizeSegment(line);
  let out = "";
  let last = 0;
  for (const sp of spans) {
    out += neutralizeSegment(line.slice(last, sp.start)) + line.slice(sp.start, sp.end);
    last = sp.end;
  }
  return out + neutralizeSegment(line.slice(last));
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
  for (let i = 0; i < lines.length; i++) {
    const fence = FENCE.exec(lines[i]);
    if (fence && !(fence[2][0] === "`" && fence[3].includes("`"))) {
      const close = closingFence(lines, i, fence[1].length, fence[2][0], fence[2].length);
      if (close !== -1) {
        i = close; // a closed fenced block: code, leave as is
        continue;
      }
    }
    lines[i] = neutralizeLine(lines[i]);
  }
  return lines.join("\n");
}
