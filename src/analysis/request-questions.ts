// A request put as a question ("Could you please rebase onto main?", "@someone can you please file
// it separately?"): it asks someone to do something, not to tell something, so it is no open
// question (the summary has no list of requests). A request to tell ("could you please explain…",
// "…post the log") stays a question: an answer in words settles it. One regular expression.
import { normalizeForMatch } from "./questions.ts";

/** "(@name) can/could/would/will you please <do>…", "please <do>…?": a polite request to act. */
const REQUEST =
  /^(?:@[\w\u200b-]+[,:]?\s+)*(?:(?:can|could|would|will) you (?:please|kindly)|please)\s+(?!explain|clarify|confirm|elaborate|tell|say|share|describe|answer|let|post|paste|attach|provide|send|show|give)\w/;

/** True when a question sentence is a request to act ("can you please open a new issue?"). */
export function isRequestQuestion(sentence: string): boolean {
  return REQUEST.test(normalizeForMatch(sentence));
}
