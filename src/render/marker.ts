// The hidden state marker carried by the app's coaching comment. (Stub: replaced.)

/** Serialises state into an HTML comment appended to the app's comment body. */
export function encodeMarker(state: unknown): string {
  return `<!-- common-ground:state ${Buffer.from(JSON.stringify(state)).toString("base64")} -->`;
}

/** Reads the state back from a comment body; null when absent or malformed. Never throws. */
export function decodeMarker(body: string): unknown | null {
  const m = /<!-- common-ground:state ([A-Za-z0-9+/=]+) -->/.exec(body);
  if (!m) return null;
  try {
    return JSON.parse(Buffer.from(m[1], "base64").toString("utf8"));
  } catch {
    return null;
  }
}
