// A comment body without its quoted lines ("> …"): what the writer said, not whom they answered.
// Fenced code stays (callers that drop it too use analysis/own-words.ts ownText). Pure.

/** The body without the lines that start with ">" (at any indentation). */
export function withoutQuotedLines(body: string): string {
  return body
    .split("\n")
    .filter((line) => !/^\s*>/.test(line))
    .join("\n");
}
