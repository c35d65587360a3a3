// A thread's kind guessed from its words, for threads that come without one (the CLI's simple JSON,
// data sets of comments only). GitHub always tells the app; a file often does not, and a pull request
// read as an issue gets an "answer" from a review remark and a "resolved" from its author's own test.
// Pure. A pull request when the title is a dependency bump ("Bump x from 1 to 2"), when the opening
// post presents a change ("This PR adds…", a line "Fixes #12", a pull-request template's headings),
// or when at least two replies review or merge it ("LGTM", "please rebase", "squashed", "this PR");
// and when a title that starts with a verb of change ("Add …", "Fix …", "Allow …") or names a change
// the conventional-commit way ("fix(parser): …") comes with one sign that is weaker alone (an opening
// post that says what it changed, or one reviewing reply). Otherwise an issue: a request titled
// "Rename X" with a short body reads the same as a pull request's, and an issue read as a pull request
// loses its answer, so an unsure guess stays an issue.

import { withoutQuotedLines } from "./quoted-lines.ts";

/** Titles of changes the conventional-commit way ("fix(parser): …", "feat!: …"). */
const CHANGE_TITLE = /^(?:\[[^\]]{1,30}\]\s*)?(?:feat|fix|docs|chore|refactor|perf|tests?|build|ci|style|revert)(?:\([^)]{0,40}\))?!?:\s/i;
/** A dependency bump's title ("Bump lodash from 4.17.20 to 4.17.21"): a bot's pull request. */
const BUMP_TITLE = /^bump \S+ from \S+ to \S+/i;

/** A title that starts with a verb of change, after any "[component]" or "area:" prefix. */
const VERB_TITLE =
  /^(?:\[[^\]]{0,40}\]\s*|\([^)]{0,40}\)\s*|(?!proposal:)[\w./-]{1,30}: )*(?:add|added|adds|fix|fixed|fixes|update|updated|remove|removed|improve|allow|enable|convert|make|use|avoid|introduce|implement|refactor|clean ?up|bump|support|optimi[sz]e|re-?order|throw|rename|move|drop|replace|restore|bring back|revert|ensure|handle|change|deprecate|expose|correct|prevent|skip|switch|reintroduce|undefine|zero out)\b/i;

/** An opening post that presents a change: "this PR", "this pull request", "this patch adds…", a line "Fixes #12". */
const PRESENTS_CHANGE =
  /\bthis (?:pr|pull request)\b(?! (?:#|number))|\bthis (?:patch|change|commit) (?:adds|fixes|makes|removes|implements|introduces|changes|updates|allows|avoids|backports)\b|^\s*(?:[-*]\s*)?(?:fixes|closes|resolves)\s+(?:#\d+|https?:\/\/\S+\/issues\/\d+)/im;

/** Headings and table rows of pull-request templates ("## Description of the changes", "| Bug fix? | yes |", "How has this been tested?"). */
const TEMPLATE =
  /\b(?:description of (?:the )?changes|summary of changes|types? of changes?|how has this been tested|motivation and context|proposed changes|changes proposed|checklist for (?:the )?(?:pr|pull request))\b|^\|\s*(?:branch\?|bug fix\?|new feature\?|fixed issues)\s*\||\byour pull request\b|\brebase before opening a pull request\b/im;

/** What an opening post that changes something says of it: "I've added…", "Adds…", "This allows…", "Part of #12", "r? @kim". */
const SAYS_CHANGED =
  /\bi(?:'ve| have)? (?:added|changed|updated|replaced|removed|implemented|rewrote|moved|refactored|fixed|made)\b|^\s*(?:[-*]\s*)?(?:adds|added|removes|removed|updates|updated|fixes|fixed|closes|corrects|moves|moved|renames|renamed)\b|\bthis (?:allows|adds|makes|fixes|moves|removes|is to merge)\b|\bwith this (?:fix|change|patch)\b|^\s*(?:part of|related to|follow[- ]up to|fix(?:es)?) #\d+|^\s*r\? @|^\s*\/?cc @/im;

/** A reply about reviewing or merging the change under discussion. */
const REVIEWS_CHANGE =
  /\blgtm\b|\bsgtm\b|\b(?:please |could you |can you |needs? (?:a |to )?|will need )rebas(?:e|ing)\b|\brebased\b|\bsquash(?:ed|ing)?\b|\bthis (?:pr|pull request)\b|\b(?:merged|merging) (?:this|it|now|into (?:master|main|develop|trunk))\b|\bthanks for (?:the )?merging\b|\bready (?:for|to be) merged?\b|^\s*\/(?:lgtm|approve|merge|retest|ok-to-test)\b|\bbors r[+=]|\bapproved? (?:this|the changes)\b|\brequested changes\b|\byour (?:commit|change|patch)\b|\bmerging #\d+\b/im;

export type GuessedKind = "issue" | "pull_request";

/** The kind a thread's words suggest (comment 0 is the opening post). */
export function guessThreadKind(title: string, bodies: readonly string[]): GuessedKind {
  const t = title.trim();
  if (BUMP_TITLE.test(t)) return "pull_request";
  const [rawOpening = "", ...replies] = bodies;
  const opening = withoutQuotedLines(rawOpening);
  if (PRESENTS_CHANGE.test(opening) || TEMPLATE.test(rawOpening)) return "pull_request";
  const reviewing = replies.filter((b) => REVIEWS_CHANGE.test(withoutQuotedLines(b))).length;
  if (reviewing >= 2) return "pull_request";
  if (!VERB_TITLE.test(t) && !CHANGE_TITLE.test(t)) return "issue";
  return SAYS_CHANGED.test(opening) || reviewing >= 1 ? "pull_request" : "issue";
}
