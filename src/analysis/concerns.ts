// Which sentences raise a concern or objection: worry, predicted breakage, "-1", "what about…",
// disagreement, risk. Cheap regular expressions over one sentence.
import { normalizeForMatch } from "./questions.ts";
import { anyOf } from "./any-of.ts";

const CONCERN: RegExp[] = [
  /\b(?:i'm|i am|i was|i'd be|we're|we are)\s+(?:a bit |a little |somewhat |slightly |really |very |quite |still |rather )?(?:worried|concerned|nervous|afraid|uneasy|wary|skeptical|sceptical|hesitant)\b/,
  /\b(?:i|we) (?:do |really |still |also )?(?:worry|fear)\b/,
  /\b(?:i'm|i am|i was)\s+(?:still )?not (?:sure|convinced) (?:about|that|this|we|it|the|whether)\b/,
  /\bmy (?:main |only |biggest |one |primary |remaining )?(?:concern|worry|fear|objection|reservation|hesitation)\b/,
  /\b(?:a|one|the|another|some) (?:big |major |minor |small |real |serious )?(?:concern|worry|objection|reservation) (?:is|here|with|about|that)\b/,
  /\b(?:this|that|it|which|these|the change|the patch|this change|this pr|doing so) (?:will|would|could|might|may|is going to|can) (?:\w+ )?(?:break|regress|crash|fail|corrupt|leak|deadlock|hang|slow down|cause|introduce|lose|drop|confuse|conflict)\b/,
  /\b(?:breaks|will break|would break|could break|might break)\b/,
  /\b(?:breaking change|backwards?[- ]incompatible|not backwards?[- ]compatible|data loss|security (?:hole|risk|problem|concern|issue))\b/,
  /^(?:-1|👎|:-1:|:thumbsdown:)(?:\s|$|[.,!])/,
  /^(?:what|how) about\b/,
  /\bi (?:don't|do not) (?:think|believe) (?:we|this|that|it|the|you) (?:should|need|needs|is|are|can|will|would|want)\b/,
  /\bi (?:strongly |respectfully )?(?:disagree|object)\b/,
  /\bi(?:'m| am) (?:against|opposed to)\b/,
  /\b(?:this|that|it) (?:seems|looks|feels|sounds) (?:risky|dangerous|fragile|unsafe|wrong|problematic|premature|incomplete)\b/,
  /\b(?:this|that|it) (?:is|would be) (?:a blocker|blocking|risky|dangerous|unsafe|problematic)\b/,
  /\b(?:not|isn't|is not) (?:thread[- ]safe|safe|tested|covered)\b/,
  /\bwon't (?:work|scale|compile)\b/,
  /\b(?:doesn't|does not|won't|will not) (?:handle|account for|cover|consider)\b/,
];
const CONCERN_ANY = anyOf(CONCERN);

/** Words that make a "breaks"/"fails" sentence a report of a fix, not a concern. */
const RESOLVED = /\b(?:fix(?:es|ed)?|resolv(?:es|ed)|no longer|used to|was|previously|addressed)\b/;

/** Concern wording that is explicit about being a worry (as opposed to describing breakage). */
const EXPLICIT = /\b(?:worr\w*|concern\w*|afraid|nervous|uneasy|wary|skeptical|sceptical|hesitant|not (?:sure|convinced)|disagree|object|against|-1)\b/;

/** True when the sentence states a worry or objection in so many words. */
export function isExplicitConcern(sentence: string): boolean {
  return isConcern(sentence) && EXPLICIT.test(normalizeForMatch(sentence));
}

/** True when the sentence raises a concern or objection. */
export function isConcern(sentence: string): boolean {
  const s = normalizeForMatch(sentence);
  if (!s) return false;
  if (!CONCERN_ANY.test(s)) return false;
  if (RESOLVED.test(s) && !/\b(?:worried|concern|afraid|disagree|-1)\b/.test(s)) return false;
  return true;
}
