// A writer reporting their problem solved ("works now", "problem solved - my PHP was outdated",
// "that did the trick") or their question moot ("never mind", "my mistake"). One phrase list for
// the whole app: answer matching reads both on the asker's own later comment (or the addressee's);
// the summary's status line reads "solved" on the opener's (thread-decisions.ts checks who): a
// moot question is settled, but nothing was reported working. A hope, a condition, a question or
// a failure report is neither. Pure, one sentence at a time.
import { acceptanceCue } from "./acceptance-cues.ts";
import { normalizeForMatch } from "./questions.ts";

/** What a sentence reports: the problem solved, or the question moot (no answer needed any more). */
export type Resolution = "solved" | "moot";

/** The phrases, by what they say (normalised, lower-case sentence); the first that matches decides. */
const PHRASES: readonly { says: Resolution; re: RegExp }[] = [
  // it works now: "it's working now", "works fine now", "everything is fine again" (not a bare "it's all good")
  // (not "how it works", "see whether it works": what a clause asks about is not a report)
  { says: "solved", re: /(?<!\b(?:how|why|what|when|where|whether|know|see|understand) )\b(?:it|everything|all|this|that)(?:'s| is)? (?:now )?(?:working|works)(?: (?:now|fine|again|perfectly))?\b|\b(?:works|working) (?:now|fine now|again)\b|\b(?:everything|all) (?:is |seems )?(?:now )?(?:fine|good) (?:now|again)\b/ },
  // solved by the writer: "I fixed it", "we've resolved the issue", "figured it out"
  { says: "solved", re: /\b(?:i|we)(?: have|'ve)? (?:solved|fixed|resolved|sorted|figured out) (?:it|this|that|the (?:issue|problem))\b|\b(?:i|we)(?: have|'ve)? figured (?:it )?out\b/ },
  // problem solved: "problem solved", "the issue is gone", "OK, it's fixed now", "Solved."
  { says: "solved", re: /\bproblem (?:is )?solved\b|\b(?:issue|problem) (?:is )?(?:solved|resolved|gone)\b|^(?:(?:ok|okay|great|good news|update|edit)[,:!.\s-]*)?(?:problem|issue|it|this|that|everything)(?:'s| is| was| has been| got)? (?:now )?(?:solved|resolved|fixed|sorted(?: out)?)\b(?! (?:in|by|with|via|on) )|^(?:solved|resolved|fixed)(?: it)?[.!]*$/ },
  // a fix confirmed: "that did the trick", "this solved it"
  { says: "solved", re: /\b(?:that|this) (?:fixed|solved|did) (?:it|the trick)\b/ },
  // found the cause: "found the problem", "found the culprit" (the question needs no answer; nothing works yet)
  { says: "moot", re: /\b(?:i )?found the (?:issue|problem|cause|culprit|bug|solution)\b/ },
  // moot: "never mind", "nvm," (the abbreviation, not the nvm command), "I was wrong", "my bad"
  { says: "moot", re: /\bnever ?mind\b|^nvm(?:[,.!:;-]|$)|\bi was wrong\b|\bmy (?:bad|mistake)\b/ },
];

/** Words that make it a failure, close to the verb ("still not working", "isn't fixed"). */
const FAILURE = /\b(?:not|never|no longer|still not)\s+(?:\w+\s+)?(?:working|works|fine|solved|fixed|resolved|gone)\b|n't\s+(?:\w+\s+)?(?:working|work|fixed|solved|resolved|gone)\b/;
/** Words that make it a hope, a condition or a question. */
const NOT_YET = /\b(?:if|hope|hopefully|whether|unless|until)\b|\?/;

/** What the sentence reports of the writer's problem or question, or null. */
export function resolutionOf(sentence: string): Resolution | null {
  const s = normalizeForMatch(sentence);
  if (!s || NOT_YET.test(s) || FAILURE.test(s)) return null;
  const hit = PHRASES.find((p) => p.re.test(s));
  if (hit) return hit.says;
  return acceptanceCue(sentence) === "confirm" ? "solved" : null;
}

/** True when the sentence reports the writer's problem solved (a fix working, not a moot question). */
export function reportsResolved(sentence: string): boolean {
  return resolutionOf(sentence) === "solved";
}

/** True when the sentence settles the writer's own question: solved, or moot. */
export function settlesOwn(sentence: string): boolean {
  return resolutionOf(sentence) !== null;
}
