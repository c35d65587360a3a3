// One regular expression from a list of alternatives: a single scan of the text instead of one per pattern.

/** Combines patterns (no flags) into one that matches where any of them matches. */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join("|"));
}
