// Extracts @mentions, issue/PR references (#123, GH-123, owner/repo#1, GitHub issue/PR
// URLs) and commit SHAs from text, following GitHub's own spelling rules for logins.

/** A login: alphanumerics and single hyphens, not starting or ending with a hyphen, ≤ 39 chars. */
const LOGIN = "[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}";
const MENTION = new RegExp(`(^|[^A-Za-z0-9_\`@./+-])@(${LOGIN}(?:/[A-Za-z0-9][\\w.-]*)?)(?![\\w@-])`, "g");
const ISSUE_REF = /#\d+|GH-\d+/g;
const REPO_BEFORE = /([A-Za-z0-9][\w.-]*\/[\w.-]+)$/;
const ISSUE_URL = /https?:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/(?:issues|pull|discussions)\/(\d+)/g;
const COMMIT_URL = /https?:\/\/github\.com\/[\w.-]+\/[\w.-]+\/commit\/([0-9a-f]{7,40})/g;
const SHA = /\b[0-9a-f]{7,40}\b/g;
const REPO_AT_BEFORE = /([A-Za-z0-9][\w.-]*\/[\w.-]+)@$/;

function isWordChar(c: string): boolean {
  return /[\w]/.test(c);
}

/** Hex runs that stand alone as a word (optionally as owner/repo@sha), with their start. */
function* shaMatches(text: string): Generator<{ start: number; end: number; sha: string; repo?: string }> {
  if (!/\d/.test(text)) return;
  SHA.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SHA.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const before = start > 0 ? text[start - 1] : "";
    const after = end < text.length ? text[end] : "";
    if (isWordChar(after) || after === "-") continue;
    if (before === "@") {
      const repo = REPO_AT_BEFORE.exec(text.slice(Math.max(0, start - 200), start))?.[1];
      if (repo && isLikelySha(m[0])) yield { start: start - repo.length - 1, end, sha: m[0], repo };
      continue;
    }
    if (before && (isWordChar(before) || "/.-#".includes(before))) continue;
    if (isLikelySha(m[0])) yield { start, end, sha: m[0] };
  }
}

/** Logins and org/team slugs @mentioned in `text` (without "@"), in order, deduplicated. */
export function extractMentions(text: string): string[] {
  if (!text.includes("@")) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(MENTION)) out.add(m[2]);
  return [...out];
}

/** True when a hex string is likely a commit SHA rather than a number or a word. */
export function isLikelySha(hex: string): boolean {
  return /[0-9]/.test(hex) && /[a-f]/.test(hex);
}

/** Issue/PR references from GitHub URLs (owner/repo#N) and commit SHAs from commit URLs. */
export function extractUrlReferences(text: string): string[] {
  if (!text.includes("github.com/")) return [];
  const out: string[] = [];
  for (const m of text.matchAll(ISSUE_URL)) out.push(`${m[1]}/${m[2]}#${m[3]}`);
  for (const m of text.matchAll(COMMIT_URL)) out.push(m[1]);
  return out;
}

/** Issue and pull-request references only (#123, GH-123, owner/repo#123, GitHub issue/PR URLs as owner/repo#123), in order of kind then place. */
export function extractIssueReferences(text: string): string[] {
  return [...issueReferences(text), ...extractUrlReferences(text).filter((r) => r.includes("#"))];
}

/** #123, GH-123, owner/repo#123 and commit SHAs (7–40 hex with digits and letters) in `text`. */
export function extractReferences(text: string): string[] {
  const out = issueReferences(text);
  for (const s of shaMatches(text)) out.push(s.repo ? `${s.repo}@${s.sha}` : s.sha);
  return out;
}

/**
 * extractReferences(text) and replaceShas(text, replacement) in one pass over the SHAs
 * (the SHA scan is the costly part of both).
 */
export function extractReferencesAndReplaceShas(text: string, replacement: string): { references: string[]; text: string } {
  const references = issueReferences(text);
  let out = "";
  let last = 0;
  for (const s of shaMatches(text)) {
    references.push(s.repo ? `${s.repo}@${s.sha}` : s.sha);
    out += text.slice(last, s.start) + replacement;
    last = s.end;
  }
  return { references, text: last === 0 ? text : out + text.slice(last) };
}

/** #123, GH-123 and owner/repo#123 in `text`, in order. */
function issueReferences(text: string): string[] {
  const out: string[] = [];
  if (text.includes("#") || text.includes("GH-")) {
    ISSUE_REF.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ISSUE_REF.exec(text)) !== null) {
      const end = m.index + m[0].length;
      if (end < text.length && isWordChar(text[end])) continue;
      const before = m.index > 0 ? text[m.index - 1] : "";
      if (m[0][0] === "#" && before && !/[\s(\[,;:"'!?]/.test(before)) {
        const repo = /[\w.-]/.test(before) ? REPO_BEFORE.exec(text.slice(Math.max(0, m.index - 200), m.index))?.[1] : undefined;
        if (!repo) continue;
        const pre = m.index - repo.length > 0 ? text[m.index - repo.length - 1] : "";
        if (pre && !/[\s(\[,;:"'!?]/.test(pre)) continue;
        out.push(`${repo}${m[0]}`);
        continue;
      }
      if (m[0][0] === "G" && before && isWordChar(before)) continue;
      out.push(m[0]);
    }
  }
  return out;
}

/** Replaces commit SHAs in prose with `replacement` (they are identifiers, not words). */
export function replaceShas(text: string, replacement: string): string {
  let out = "";
  let last = 0;
  for (const s of shaMatches(text)) {
    out += text.slice(last, s.start) + replacement;
    last = s.end;
  }
  return last === 0 ? text : out + text.slice(last);
}
