// Text cleaning: separates the prose a person wrote from code, quotes, diffs, logs,
// HTML comments and URLs. (Stub: replaced by the real implementation.)

export interface CleanedText {
  /** The writer's own prose: code, quotes, diffs, logs, HTML, URLs removed; paragraphs separated by blank lines. */
  prose: string;
  /** Text of each block quote (what the writer replied to), for reply detection. */
  quotes: string[];
  /** Logins @mentioned in the prose (without "@"). */
  mentions: string[];
  /** Issue/PR references (#123, owner/repo#1) and commit SHAs mentioned. */
  references: string[];
  /** True if the comment contained code, diffs or logs that were removed. */
  hadCode: boolean;
}

export function cleanMarkdown(markdown: string): CleanedText {
  return { prose: markdown, quotes: [], mentions: [], references: [], hadCode: false };
}
