// Which sentences raise a concern or objection: worry, predicted breakage, "-1", "what about…",
// disagreement, risk, a report that the problem is still there, a request to reopen. Cheap
// regular expressions over one sentence.
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
  /\bi(?:'d| would) (?:still )?(?:be )?(?:much |far |a lot |a bit )?(?:happier|more comfortable) (?:if|with)\b/,
  /\bi(?:'m| am) (?:against|opposed to)\b/,
  /\b(?:this|that|it) (?:seems|looks|feels|sounds) (?:risky|dangerous|fragile|unsafe|wrong|problematic|premature|incomplete)\b/,
  /\b(?:this|that|it) (?:is|would be) (?:a blocker|blocking|risky|dangerous|unsafe|problematic)\b/,
  /\b(?:not|isn't|is not) (?:thread[- ]safe|safe|tested|covered)\b/,
  /\bwon't (?:work|scale|compile)\b/,
  /\b(?:doesn't|does not|won't|will not) (?:handle|account for|cover|consider)\b/,
];
const CONCERN_ANY = anyOf(CONCERN);

/** A report that the problem is still there ("the issue persists in 2.4.2", "still crashes") or
 * a request to reopen ("this should be re-opened"): the matter is not settled for its writer. */
const STILL_OPEN =
  /\b(?:(?:this|the|that|same|described|original) (?:issue|problem|bug|error|crash) (?:still )?(?:remains|persists|is still (?:there|present|happening|reproducible))|still (?:persists|happens|occurs|fails|failing|crashes|broken|reproduces|not (?:working|fixed))|(?:doesn't|does not|didn't|did not) (?:fix|solve|resolve) (?:it|this|the (?:issue|problem|bug))|(?:this|it) (?:should|needs to|must) be re-?opened|(?:please|pls|kindly) re-?open|(?:can|could) (?:you|we|someone|somebody) (?:please )?re-?open (?:this|it|the issue))\b/;
/** A condition before it ("if the problem persists, reopen", "if you would like to reopen this"): advice, not a report. */
const CONDITION_BEFORE = /\b(?:if|when|whenever|in case|unless|should)\b[^.,;:]{0,30}$/;

/** Advice to the reader ("Please open a new issue if the problem persists"): it reports nothing. */
const ADVICE = /^(?:please|pls|feel free|you can|you may|just)\b(?!\s+re-?open)/;

/** True when the sentence reports the problem still there or asks to reopen, outside a condition or advice. */
export function isStillOpenReport(sentence: string): boolean {
  const s = normalizeForMatch(sentence);
  const m = STILL_OPEN.exec(s);
  return m !== null && !ADVICE.test(s) && !CONDITION_BEFORE.test(s.slice(0, m.index));
}

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
  if (isStillOpenReport(s)) return true;
  if (!CONCERN_ANY.test(s)) return false;
  if (RESOLVED.test(s) && !/\b(?:worried|concern|afraid|disagree|-1|happier|more comfortable)\b/.test(s)) return false;
  return true;
}
