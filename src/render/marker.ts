// The hidden state marker carried by the app's coaching comment: an HTML comment
// `<!-- common-ground:state v1 PAYLOAD -->`, PAYLOAD = base64url of the state's JSON.
// Versioned (an unknown version decodes to null), size-bounded (encode throws above
// MAX_MARKER_BYTES, decode returns null), and tolerant of GitHub or an editor rewriting line
// endings or wrapping the payload (whitespace inside it is ignored). The last marker in a
// body wins. decodeMarker never throws.
//
// Trust is NOT decided here: a marker is only meaningful on a comment the app's own bot
// account wrote (GraphQL viewerDidAuthor). Anyone can paste a marker into their own comment,
// so callers must check authorship before believing what decodeMarker returns, and must
// validate its shape (it is plain parsed JSON).

export const MARKER_VERSION = 1;
/** Largest state, in UTF-8 bytes of JSON, that a marker may carry. */
export const MARKER_MAX_BYTES = 16 * 1024;

const OPEN = "<!-- common-ground:state";
const CLOSE = "-->";
/** Longest marker text worth looking at: the payload plus some whitespace GitHub may add. */
const MAX_MARKER_CHARS = Math.ceil((MARKER_MAX_BYTES * 4) / 3) + 4096;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Serialises state into a one-line HTML comment to append to the app's comment body. */
export function encodeMarker(state: unknown): string {
  const json = JSON.stringify(state);
  if (typeof json !== "string") throw new TypeError("marker state must be JSON-serialisable");
  const bytes = Buffer.from(json, "utf8");
  if (bytes.length > MARKER_MAX_BYTES) {
    throw new RangeError(`marker state is ${bytes.length} bytes; the limit is ${MARKER_MAX_BYTES}`);
  }
  return `${OPEN} v${MARKER_VERSION} ${bytes.toString("base64url")} ${CLOSE}`;
}

/** True when the body carries a marker of any version, readable or not (so a comment of ours whose marker no longer decodes is still recognised as ours). */
export function hasMarker(body: string): boolean {
  return typeof body === "string" && body.includes(OPEN);
}

/** Reads the state back from a comment body; null when absent, malformed, oversize or of another version. Never throws. */
export function decodeMarker(body: string): unknown | null {
  try {
    if (typeof body !== "string") return null;
    const start = body.lastIndexOf(OPEN);
    if (start === -1) return null;
    const end = body.indexOf(CLOSE, start + OPEN.length);
    if (end === -1 || end - start > MAX_MARKER_CHARS) return null;
    const inner = body.slice(start + OPEN.length, end);
    const m = /^\s+v(\d{1,4})\s+([A-Za-z0-9_\-+/=\s]+?)\s*$/.exec(inner);
    if (!m || Number(m[1]) !== MARKER_VERSION) return null;
    // Whitespace may have been inserted (wrapping, CRLF); standard base64 is accepted too.
    const payload = m[2].replace(/\s+/g, "").replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
    if (payload.length === 0 || payload.length % 4 === 1 || !/^[A-Za-z0-9_-]+$/.test(payload)) return null;
    const bytes = Buffer.from(payload, "base64url");
    if (bytes.length > MARKER_MAX_BYTES) return null;
    return JSON.parse(utf8.decode(bytes)) as unknown;
  } catch {
    return null;
  }
}
