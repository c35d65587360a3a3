// The form of an answer: what shape of reply a question expects (yes/no, a reason, a number, one
// of the offered options, a thing done) and whether a reply's opening has that shape. "Yes, that
// works" answers "Does it work on ARM?" while sharing none of its words. Pure regular expressions.
import { keyTermsOf } from "./text-units.ts";
import { normalizeForMatch } from "./questions.ts";

export type ExpectedForm = "yes-no" | "reason" | "number" | "choice" | "action" | "open";

const YES_NO_Q = /^(?:is|are|was|were|do|does|did|can|could|should|would|will|shall|has|have|had|may|might|isn't|aren't|doesn't|don't|didn't|can't|won't|shouldn't|wouldn't)\b/;
const ACTION_Q = /^(?:could|can|would|will) you\b|^please\b|^(?:could|can) we (?:rename|add|remove|move|drop|keep|split|use)\b|^(?:let me know|make sure|try|consider)\b/;
const REASON_Q = /^(?:why|how come)\b|\bwhat(?:'s| is) the (?:reason|rationale|motivation)\b/;
const NUMBER_Q = /^(?:how (?:many|much|long|often|big|large|fast|slow)|what (?:version|size|number|percentage|timeout|limit)|(?:in |from |since )?(?:which|what) (?:version|release|tag)s?)\b/;
/** "…, X or Y?": an offered choice. */
const CHOICE_Q = /\b(\w[\w-]*) or (\w[\w-]*)\s*\??\s*$/;

/** What shape of reply the item asks for. */
export function expectedForm(item: string): ExpectedForm {
  const s = normalizeForMatch(item);
  if (ACTION_Q.test(s)) return "action";
  if (REASON_Q.test(s)) return "reason";
  if (NUMBER_Q.test(s)) return "number";
  if (CHOICE_Q.test(s) && /\?\s*$/.test(s)) return "choice";
  if (YES_NO_Q.test(s)) return "yes-no";
  return "open";
}

const YES_NO_A =
  /^(?:yes|yep|yeah|yup|no|nope|nah|correct|right|exactly|indeed|sure|definitely|absolutely|of course|not really|not yet|not at all|i (?:think|believe|guess) (?:so|not)|it (?:is|does|did|can|will|should|was|isn't|doesn't|didn't|can't|won't|shouldn't)|that(?:'s| is| was) (?:right|correct|the case|fine|ok)|(?:we|you|they|i) (?:do|don't|can|can't|should|shouldn't|will|won't|did|didn't)|(?:good|great|nice) (?:point|catch|question)|that works|works for me|agreed)\b/;
const REASON_A = /\b(?:because|since|the reason|due to|so that|in order to|otherwise|that's why|this is why|it's needed|we need)\b/;
const NUMBER_A = /\b\d+(?:\.\d+)*\b|\b(?:one|two|three|four|five|ten|hundred|thousand|none|zero|a few|several)\b/;
const ACTION_A =
  /^(?:done|fixed|addressed|updated|changed|removed|added|renamed|moved|pushed|reverted|good catch|will do|sure|ok|okay|yes|yep|i'll|i will|i've|i have|we'll|on it|tried|i tried|works|it works|thanks)\b/;

/** Forms a short direct reply settles outright: yes or no, a number or version, one of the options, a reason. */
const CLOSED: ReadonlySet<ExpectedForm> = new Set(["yes-no", "number", "choice", "reason"]);

/** True when the item is a closed question and the reply's opening gives the kind of answer it asks
 * for ("Yes, …", "It will be in 2.4.0", "Because…"): a direct answer, whatever else the reply takes up. */
export function givesClosedAnswer(item: string, replySentences: readonly string[]): boolean {
  return CLOSED.has(expectedForm(item)) && hasAnswerForm(item, replySentences);
}

/** True when the reply's opening (its first two sentences) has the shape the item asks for. */
export function hasAnswerForm(item: string, replySentences: readonly string[]): boolean {
  const form = expectedForm(item);
  const head = replySentences.slice(0, 2).map((s) => normalizeForMatch(s));
  if (!head.length) return false;
  switch (form) {
    case "yes-no":
      return head.some((s) => YES_NO_A.test(s));
    case "reason":
      return head.some((s) => REASON_A.test(s));
    case "number":
      return head.some((s) => NUMBER_A.test(s));
    case "action":
      return head.some((s) => ACTION_A.test(s) || YES_NO_A.test(s));
    case "choice": {
      const m = CHOICE_Q.exec(normalizeForMatch(item));
      const options = m ? [m[1], m[2]].flatMap((o) => keyTermsOf(o)) : [];
      return head.some((s) => YES_NO_A.test(s) || options.some((o) => keyTermsOf(s).includes(o)));
    }
    default:
      return false;
  }
}
