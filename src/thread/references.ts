// Extracts @mentions, issue/PR references (#123, GH-123, owner/repo#1, GitHub issue/PR
// URLs) and commit SHAs from text, following GitHub's own spelling rules for logins.

/** A login: alphanumerics and single hyphens, not starting or ending with a hyphen, ≤ 39 chars. */
const LOGIN = "[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}";
const MENTION = new RegExp(`(^|[^A-Za-z0-9_\`@./+-])@(${LOGIN}(?:/[A-Za-z0-9][\\w.-]*)?)(?![\\w@-])`, "g");
const ISSUE_REF = /(^|[^\w/#&])((?:[A-Za-z0-9][\w.-]*\/[\w.-]+)?#\d+|GH-\d+)\b/g;
const ISSUE_URL = /https?:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/(?:issues|pull|discussions)\/(\d+)/g;
const COMMIT_URL = /https?:\/\/github\.com\/[\w.-]+\/[\w.-]+\/commit\/([0-9a-f]{7,40})/g;
const SHA = /(^|[^\w@/.-])(?:([A-Za-z0-9][\w.-]*\/[\w.-]+)@)?([0-9a-f]{7,40})(?![\w-])/g;

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

/** #123, GH-123, owner/repo#123 and commit SHAs (7–40 hex with digits and letters) in `text`. */
export function extractReferences(text: string): string[] {
  const out: string[] = [];
  if (text.includes("#") || text.includes("GH-")) {
    for (const m of text.matchAll(ISSUE_REF)) out.push(m[2]);
  }
  for (const m of text.matchAll(SHA)) {
    if (isLikelySha(m[3])) out.push(m[2] ? `${m[2]}@${m[3]}` : m[3]);
  }
  return out;
}

/** Replaces commit SHAs in prose with `replacement` (they are identifiers, not words). */
export function replaceShas(text: string, replacement: string): string {
  return text.replace(SHA, (all, pre: string, _repo: string | undefined, hex: string) =>
    isLikelySha(hex) ? pre + replacement : all,
  );
}
