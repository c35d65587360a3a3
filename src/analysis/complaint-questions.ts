// Questions that are complaints, not asks: "And how exactly was anyone supposed to guess that?",
// "Seriously?". In a heated turn, a pointed "how exactly…", "who thought…", "what kind of…" is heat evidence too
// (not "why do you…": on cr-confusion that asks for a rationale far more often than it complains).
// They count with the rhetorical questions (heat), never as open items. Regular expressions only.
import { normalizeForMatch } from "./questions.ts";

/** Complaints in any turn. */
const ALWAYS =
  /\bhow (?:exactly |on earth |the hell )?(?:was|is|were|are|would|should|could) (?:anyone|anybody|a user|users|people|someone|somebody|a newcomer|a beginner) (?:supposed|expected|meant) to\b|^(?:seriously|really|are you kidding|come on)\b.{0,20}\?|\bhow (?:is|was) (?:this|that|it) (?:acceptable|ok|okay|reasonable|a solution)\b/;
/** Complaint shapes that read as heat only inside a heated turn. */
const IN_HEAT =
  /^(?:and |so )?(?:how exactly|why on earth|why would (?:anyone|anybody)|who (?:thought|decided|approved)|what (?:exactly|else) (?:did|do|were|are) you|what kind of|where (?:exactly|on earth)|(?:or )?do you (?:want|expect) me to (?:actually|really|just))\b|\bjust to (?:post|say|complain|troll|spam|annoy|rant|vent)\b/;

/** True when a question sentence is a complaint; `heated` = it sits in a turn the tone reads as heated. */
export function isComplaintQuestion(sentence: string, heated: boolean): boolean {
  const s = normalizeForMatch(sentence);
  return ALWAYS.test(s) || (heated && IN_HEAT.test(s));
}
