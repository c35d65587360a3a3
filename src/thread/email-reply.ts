// Email-reply furniture: quote attributions ("On Mon, X wrote:"), signatures ("-- "),
// mobile sign-offs, GitHub's email-reply footer and Outlook's "Original Message" header.
// These are not the writer's words about the topic and are dropped from the prose.
import { isJsSpace } from "./js-space.ts";

const ATTRIBUTION: RegExp[] = [
  /^On\b.{3,300}\bwrote:\s*$/i,
  /^.{1,200}\b(?:wrote|writes|said):\s*$/,
  /^Quoting\b.{1,200}:\s*$/,
  /^In message\b.{1,200}(?:writes|wrote):?\s*$/i,
  /^.{1,200}\b(?:schrieb|a écrit|escribió|escreveu)\s*:\s*$/,
];

/** True for an attribution line that introduces a quoted message. */
export function isAttribution(line: string): boolean {
  const t = line.trim();
  if (t.length > 320 || !t.endsWith(":")) return false;
  for (const re of ATTRIBUTION) if (re.test(t)) return true;
  return false;
}

/**
 * Number of trailing lines of `lines` (at most 3) that form an attribution, e.g. Gmail's
 * wrapped "On Mon, Jan 1, 2024 at 10:00 AM John <\njohn@x.org> wrote:". 0 when none.
 */
export function trailingAttributionLength(lines: readonly string[]): number {
  const last = lines.length > 0 ? lines[lines.length - 1].trim() : "";
  if (!last.endsWith(":")) return 0;
  // An "On <date>, <name> wrote:" attribution may be wrapped over up to three lines.
  for (let n = 1; n <= Math.min(3, lines.length); n++) {
    const first = lines[lines.length - n].trim();
    if (/^On\b/i.test(first) && isAttribution(lines.slice(lines.length - n).join(" "))) return n;
  }
  return isAttribution(last) ? 1 : 0;
}

/**
 * True when `lines[i]` starts the signature or mail furniture that ends a message: the
 * "-- " delimiter (RFC 3676), a bare "--" when only a short signature-like tail follows
 * (so a "--" used as a separator in Markdown keeps the text after it), or GitHub's
 * e-mail-reply footer.
 */
export function isSignatureStart(lines: readonly string[], i: number): boolean {
  const raw = lines[i];
  let k = 0;
  while (k < raw.length && isJsSpace(raw.charCodeAt(k))) k++;
  // Every case below starts with "-", "R" or "Y": most lines are ruled out without copying.
  const first = raw.charCodeAt(k);
  if (first !== 45 && first !== 82 && first !== 89) return false;
  const line = k === 0 ? raw : raw.slice(k);
  if (line === "-- " || line === "--\u00a0") return true;
  if (line === "--") {
    if (i > 0 && lines[i - 1].trim().length > 0) return false; // "Title\n--" is a setext heading
    let tail = 0;
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j].trim();
      if (t.length === 0) continue;
      if (++tail > 6 || t.length > 80) return false;
    }
    return true;
  }
  return /^(?:Reply to this email directly|You are receiving this because you|You received this message because you are subscribed)/.test(line);
}

/** True for a line that starts a forwarded/quoted original message (Outlook style). */
export function isOriginalMessageHeader(line: string): boolean {
  return /^\s*-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}\s*$/i.test(line);
}

/** True for mail sign-off lines that carry no content ("Sent from my iPhone", a lone "—"). */
export function isMailNoise(line: string): boolean {
  let k = 0;
  while (k < line.length && isJsSpace(line.charCodeAt(k))) k++;
  // Each case starts with "—", "S" or "G" (trim() strips exactly what isJsSpace matches).
  const first = line.charCodeAt(k);
  if (first !== 0x2014 && first !== 83 && first !== 71) return false;
  const t = line.trim();
  return t === "—" || /^Sent from my \w+/.test(t) || /^Get Outlook for \w+/.test(t);
}
