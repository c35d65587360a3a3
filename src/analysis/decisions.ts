// Decision sentences: "let's go with…", "we decided…", "consensus is…", "we'll go with…".
import { normalizeForMatch } from "./questions.ts";
import { anyOf } from "./any-of.ts";

const DECISION: RegExp[] = [
  // "let's use" an example's numbers or the right words is no decision ("Let's use easy numbers and say…").
  /\blet(?:'s| us) (?:go (?:ahead )?with|stick with|settle on|adopt|keep|drop|use(?! (?:the right |right |easy |simple |round |some |an? )?(?:terms?|words?|numbers?|examples?|language|analogy)\b)|merge|ship|move forward with|do option)\b/,
  /\b(?:we|i|the team|maintainers|core team)(?: have| 've|'ve)? (?:decided|agreed|settled|concluded|voted)(?: to| on| that)?\b/,
  // a decision named, not any decision ("every decision is opinion based", "any decision is in the hands of…")
  /(?:^|\b(?:the|our|my|their|final|team's) )(?:decision|consensus|conclusion|outcome|verdict) (?:is|was|seems to be|here is)\b/,
  /\b(?:rough )?consensus (?:is|was|seems|here|reached)\b/,
  /\bwe(?:'ll| will| are going to|'re going to) go (?:ahead )?with\b/,
  /\b(?:going|we're going) with (?:option|approach|the|plan|variant|solution)\b/,
  /\b(?:final|decided) (?:answer|call|decision)\b/,
  /\bdecision:/,
];
const DECISION_ANY = anyOf(DECISION);

const NOT_DECISION = /\b(?:if we|should we|shall we|could we|can we|would we|whether|before we decide|not decided|haven't decided|have not decided|no decision|undecided)\b/;

/** True when the sentence records a decision. */
export function isDecision(sentence: string): boolean {
  const s = normalizeForMatch(sentence);
  if (!s || /\?\s*$/.test(s)) return false;
  return DECISION_ANY.test(s) && !NOT_DECISION.test(s);
}
