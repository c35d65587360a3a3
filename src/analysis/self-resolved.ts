// The asker's own "it works now", "never mind", "I was wrong", "figured it out": a question its
// writer settled or moved past, whether or not anyone else replied. One sentence, cheap.
import { normalizeForMatch } from "./questions.ts";

const RESOLVED =
  /\b(?:(?:it|everything|all|this|that)(?:'s| is)? (?:now )?(?:working|works)(?: (?:now|fine|again|perfectly))?|(?:works|working) (?:now|fine now|again)|(?:i|we) (?:have |'ve )?(?:solved|fixed|resolved|sorted) (?:it|this|that|the (?:issue|problem))|(?:i|we) (?:have |'ve )?figured (?:it )?out|never ?mind|\bnvm\b|i was wrong|my (?:bad|mistake)|(?:i )?found the (?:issue|problem|cause|culprit|bug|solution)|problem (?:is )?solved|(?:issue|problem) (?:is )?(?:solved|resolved|gone)|(?:that|this) (?:fixed|solved|did) (?:it|the trick))\b/;
const NEGATED = /\b(?:not|n't|never|no longer|still not)\s+(?:\w+\s+)?(?:working|works|solved|fixed|resolved)\b|\?\s*$/;

/** True when the sentence reports the writer's problem solved or their question moot. */
export function reportsResolved(sentence: string): boolean {
  const s = normalizeForMatch(sentence);
  return Boolean(s) && RESOLVED.test(s) && !NEGATED.test(s);
}
