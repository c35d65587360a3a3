// Scope growth: "while we're at it", "should also…", "might as well…" — candidates for a follow-up.
import { normalizeForMatch } from "./questions.ts";
import { anyOf } from "./any-of.ts";

const SCOPE: RegExp[] = [
  /\bwhile (?:we're|we are|you're|you are|i'm|i am) (?:at it|here|in there|touching this)\b/,
  /\b(?:should|could|must|would) also (?:handle|support|add|cover|fix|update|change|refactor|rewrite|migrate|include|do)\b/,
  /\b(?:we|you) (?:might|may) as well\b/,
  /\b(?:it would be nice|would be nice) (?:to|if) (?:also|this also)\b/,
  /\bscope creep\b/,
  /\bon top of that,? (?:we|you|it) (?:should|could|need)\b/,
  /\b(?:also|additionally) (?:handle|support|add|cover|refactor|rewrite|migrate) (?:the|all|other|every)\b/,
];
const SCOPE_ANY = anyOf(SCOPE);

/** True when the sentence widens the change's scope. */
export function isScopeGrowth(sentence: string): boolean {
  const s = normalizeForMatch(sentence);
  return Boolean(s) && SCOPE_ANY.test(s);
}
