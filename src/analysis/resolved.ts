// The thread's author reporting the problem solved: "that fixed it", "works now", "problem solved
// - my PHP version was outdated", "installed from source, everything is working". Said by the
// person who opened the thread (thread-decisions.ts checks who), it is where an issue stands even
// when nobody closes it. A hope, a condition or a failure report is not a resolution. Pure.
import { acceptanceCue } from "./acceptance-cues.ts";
import { normalizeForMatch } from "./questions.ts";

/** Plain statements that the problem is gone. */
const SOLVED =
  /^(?:(?:ok|okay|great|good news|update|edit)[,:!.\s-]*)?(?:problem|issue|it|this|that|everything) (?:is |was |has been |got )?(?:now )?(?:solved|resolved|fixed|sorted(?: out)?)\b(?! (?:in|by|with|via|on) )|\b(?:everything|all) (?:is |seems )?(?:now )?(?:working|works|fine|good)(?: now| again)?\b|\bi (?:solved|fixed|resolved|figured out) (?:it|the (?:problem|issue))\b|^(?:solved|resolved|fixed)(?: it)?[.!]*$/;
/** Words that make it a hope, a condition, a question or a failure. */
const NOT_YET = /\b(?:if|hope|hopefully|whether|should|would|might|could|maybe|unless|until|still|not|no longer|never|but)\b|n't\b|\?/;

/** True when the sentence reports the problem solved or a fix working. */
export function reportsResolved(sentence: string): boolean {
  const s = normalizeForMatch(sentence);
  if (!s || NOT_YET.test(s)) return false;
  return SOLVED.test(s) || acceptanceCue(sentence) === "confirm";
}
