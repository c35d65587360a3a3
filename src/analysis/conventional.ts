// Conventional Comments labels ("question:", "issue (blocking):", "nitpick (non-blocking):")
// at the start of a comment or sentence: an explicit statement of what a review remark is.

export type ConventionalLabel =
  | "praise"
  | "nitpick"
  | "suggestion"
  | "issue"
  | "todo"
  | "question"
  | "thought"
  | "chore"
  | "note"
  | "typo"
  | "polish"
  | "quibble";

export interface ConventionalPrefix {
  label: ConventionalLabel;
  blocking: boolean;
  /** The text after the label. */
  rest: string;
}

const PREFIX =
  /^\s*(?:\*\*|__)?(praise|nitpick|nit|suggestion|issue|todo|question|thought|chore|note|typo|polish|quibble)\s*(?:\(([^)]{1,40})\))?\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/i;

/** Reads a Conventional Comments label at the start of a sentence, or null. */
export function parseConventional(sentence: string): ConventionalPrefix | null {
  const m = PREFIX.exec(sentence);
  if (!m) return null;
  const raw = m[1].toLowerCase();
  const label = (raw === "nit" ? "nitpick" : raw) as ConventionalLabel;
  const decorations = (m[2] ?? "").toLowerCase();
  const blocking = /\bblocking\b/.test(decorations) && !/\bnon-?blocking\b/.test(decorations);
  return { label, blocking, rest: sentence.slice(m[0].length).trim() };
}
