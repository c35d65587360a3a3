// The digest's hidden marks: the marker that identifies the app's digest issue or discussion
// (`<!-- common-ground:digest v1 <ISO time> -->`, the time of the refresh that wrote it) and
// the "refresh now" checkbox. As with the coaching comment's marker, trust is not decided
// here: a body is the digest only when the app itself wrote it (callers check authorship).
// Pure; never throws.

const OPEN = "<!-- common-ground:digest v1 ";
const CLOSE = " -->";
const REFRESH_MARK = "<!-- common-ground:digest-refresh -->";

/** The marker for a digest written at `generatedAt` (ISO time). */
export function digestMarker(generatedAt: string): string {
  return `${OPEN}${generatedAt}${CLOSE}`;
}

/** When the digest in this body was written; null when the body carries no (readable) digest marker. */
export function digestGeneratedAt(body: string | null | undefined): string | null {
  if (typeof body !== "string") return null;
  const start = body.lastIndexOf(OPEN);
  if (start === -1) return null;
  const end = body.indexOf(CLOSE, start + OPEN.length);
  if (end === -1 || end - start > 80) return null;
  const at = body.slice(start + OPEN.length, end).trim();
  return Number.isNaN(Date.parse(at)) ? null : at;
}

/** True when the body carries a digest marker. */
export function isDigestBody(body: string | null | undefined): boolean {
  return digestGeneratedAt(body) !== null;
}

/** The unticked "refresh now" checkbox line. */
export function refreshCheckbox(): string {
  return `- [ ] ${REFRESH_MARK} Tick to refresh this digest now`;
}

/** True when someone ticked the "refresh now" checkbox (a list item "[x]" holding the mark). */
export function refreshRequested(body: string | null | undefined): boolean {
  if (typeof body !== "string") return false;
  return body.split(/\r?\n/).some((line) => /^\s{0,3}[-*+] \[[xX]\]/.test(line) && line.includes(REFRESH_MARK));
}
