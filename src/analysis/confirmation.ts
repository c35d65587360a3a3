// Someone trying a change and reporting that it works: "fix confirmed, thx!", "tested OK on the
// H6 board", "GTG for RK also", "builds all completed successfully with this PR", "that's working
// much better", "thanks for fixing this!". Such a report settles a thread only when there is
// something to confirm (thread-decisions.ts checks that): a fix or merge reported before it, or
// the thread's author asking others to test ("please give this a try and report back", "can
// somebody test the framework files?"). Without one, "works fine for me" from a bystander is as
// likely a failure to reproduce. A failure, a hope or a question is never a confirmation. Pure,
// one sentence at a time.
import { normalizeForMatch } from "./questions.ts";
import { reportsResolved } from "./resolved.ts";
import { memoByText } from "./text-memo.ts";

/** Outcomes a later "works" report confirms: a fix reported, a merge, a fix offered in a pull request. */
export const CONFIRMABLE: ReadonlySet<string> = new Set(["fixed", "merged", "will-merge", "fix-proposed", "approved"]);

/** Words of a test that passed ("seems to work fine", "test OK", "good to go", "builds all passed"). */
const WORKS =
  /\b(?:seems|appears) to work(?: (?:fine|well|great|ok|okay|correctly|as expected|now))?\b|\b(?:works|worked|working) (?:fine|great|well|perfectly|as expected|correctly)\b|\btest(?:ed|s)? (?:ok|okay|fine|successfully)\b|\bgtg\b|\bgood to go\b|\b(?:builds?|tests?|checks?) (?:all )?(?:completed|passed|succeeded|pass|are green)(?: successfully)?\b|\bfix(?:es)? confirmed\b|\bconfirm(?:ed)? (?:the fix|that it works|it works|working)\b|\bthanks? (?:you )?for (?:the )?fix(?:ing)?(?: (?:this|it))?\b/;
/** Words that make it a failure, a hope or a condition. */
const NOT = /\b(?:not|never|no longer|still|if|hope|hopefully|whether|unless|until|but)\b|n't\b|\?/;

/** True when the sentence reports that what was tried works. */
export function confirmsWorking(sentence: string): boolean {
  return confirms(sentence);
}

/** Every event asks it of the first sentences of most comments: remembered by sentence. */
const confirms = memoByText(20_000, (sentence: string): boolean => {
  const s = normalizeForMatch(sentence);
  if (!s || NOT.test(s)) return false;
  return WORKS.test(s) || reportsResolved(sentence);
});

/** Asking others to test: "please give this a try", "report back if it works", "can somebody test X?". */
const ASKS_TEST =
  /\b(?:please|pls|could|can|would) (?:\w+ )?(?:\w+ )?(?:test|try out|give (?:it|this|them) a (?:try|go|spin|test))\b|\breport back\b|\b(?:somebody|someone|anyone|anybody)\b.{0,30}\btest\b|\bneeds? (?:some )?testing\b|\btesters? (?:wanted|needed)\b/;

/** True when the sentence asks others to try or test the change. */
export function asksToTest(sentence: string): boolean {
  return ASKS_TEST.test(normalizeForMatch(sentence));
}
