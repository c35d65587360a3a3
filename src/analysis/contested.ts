// An outcome someone contests afterwards: "This issue still remains on Windows" after "fixed in
// #9351", "I think those other tickets are related but not duplicates" after "Duplicate of #298".
// The status line then says so, so a reader does not take the outcome as the last word. Any later
// comment (the one who settled it may find the fix incomplete), in plain words. A contest is a
// disagreement still open: when someone else replied after it, it was taken up and is no longer
// said; when it stands, the summary lists it under Unresolved concerns too (coach/answers.ts), so
// the two agree (it is not an open item for nudges). A reply that opens by addressing someone
// other than who settled it ("@kai your library doesn't solve this") is about that person's
// suggestion, not the outcome. Pure.
import type { Comment } from "../thread/model.ts";
import type { CommentFeatures } from "./comment-features.ts";
import { displayText } from "./display-text.ts";
import { normalizeForMatch } from "./questions.ts";
import { clip } from "./text-units.ts";
import { isClosingNotice } from "./closing-notice.ts";
import { addressesOnlyOthers } from "./own-words.ts";
import type { ItemRef, OpenItem, ThreadStatus } from "./types.ts";

/** A sentence that says the outcome does not hold: the problem remains, it is not a duplicate, the fix did not fix it. */
const CONTESTS =
  /\b(?:(?:this|the) (?:issue|problem|bug) (?:still )?(?:remains|persists)|still (?:remains|persists|broken|fails|failing|happens|occurs|(?:an|the same) (?:issue|problem)|not (?:working|fixed)|(?:doesn't|does not) work|crash\w*)|(?:are|is) (?:related but )?not (?:a )?duplicates?|but not (?:a )?duplicates?|isn't a duplicate|(?:doesn't|does not|didn't|did not) (?:fix|solve|resolve) (?:it|this|the (?:issue|problem|bug))|only fixed\b)/;

/** The contests that say the problem is still there (not "it is not a duplicate"). */
const FAILS =
  /\b(?:(?:this|the) (?:issue|problem|bug) (?:still )?(?:remains|persists)|still (?:remains|persists|broken|fails|failing|happens|occurs|(?:an|the same) (?:issue|problem)|not (?:working|fixed)|(?:doesn't|does not) work|crash\w*)|(?:doesn't|does not|didn't|did not) (?:fix|solve|resolve) (?:it|this|the (?:issue|problem|bug))|only fixed\b)/;

/** Outcomes that say the problem is gone or being fixed: a later "still fails" report undoes them. */
const WORKS: ReadonlySet<string> = new Set(["fixed", "resolved", "not-reproducible", "merged", "closed", "fix-proposed"]);

/** A contesting phrase, not in a condition ("if the problem persists, reopen"). */
function contests(sentence: string, pattern: RegExp = CONTESTS): boolean {
  const m = pattern.exec(sentence);
  return m !== null && !/\b(?:if|when|whenever|in case|unless|should)\b[^.,;:]{0,20}$/.test(sentence.slice(0, m.index));
}

/** The first later comment that contests the standing outcome, or undefined. */
export function contestOf(status: ThreadStatus, comments: Comment[], features: CommentFeatures[]): ItemRef | undefined {
  const why = status.why;
  if (!why || why.kind === "reopened" || why.kind === "decided") return undefined;
  const at = comments.findIndex((c) => c.id === why.commentId);
  if (at < 0) return undefined;
  for (let j = at + 1; j < comments.length; j++) {
    const c = comments[j];
    // A closing or locking notice ("This issue is locked…; open a new one if the problem persists") contests nothing.
    // A reply that opens by addressing someone other than who settled it ("@kai I think your library
    // doesn't solve this") answers that person's suggestion, not the outcome.
    if (isClosingNotice(c) || addressesOnlyOthers(c.body ?? "", why.author)) continue;
    const s = features[j].sentences.find((x) => contests(normalizeForMatch(x)));
    if (!s) continue;
    // Taken up by someone else afterwards (a reply, a new outcome): no longer an open disagreement.
    if (comments.slice(j + 1).some((x) => !x.author.isBot && x.author.login !== c.author.login && !isClosingNotice(x))) return undefined;
    const r: ItemRef = { text: clip(displayText(s, c.body), 200), author: c.author.login, commentId: c.id, createdAt: c.createdAt };
    if (c.url) r.url = c.url;
    return r;
  }
  return undefined;
}

/**
 * The latest later report that the problem is still there after an outcome saying it is gone
 * ("fixed in 2.1", then "still crashes on 2.1"), even when someone replied to it (a reply is not a
 * fix), unless a new outcome came after it. `decided` are the comment ids of the thread's decisions.
 */
export function failureSince(status: ThreadStatus, comments: Comment[], features: CommentFeatures[], decided: ReadonlySet<string>): ItemRef | undefined {
  const why = status.why;
  if (!why || !WORKS.has(why.kind ?? "decided")) return undefined;
  const at = comments.findIndex((c) => c.id === why.commentId);
  if (at < 0) return undefined;
  for (let j = comments.length - 1; j > at; j--) {
    const c = comments[j];
    if (decided.has(c.id)) return undefined;
    if (c.author.isBot || isClosingNotice(c) || addressesOnlyOthers(c.body ?? "", why.author)) continue;
    const s = features[j].sentences.find((x) => contests(normalizeForMatch(x), FAILS));
    if (!s) continue;
    const r: ItemRef = { text: clip(displayText(s, c.body), 200), author: c.author.login, commentId: c.id, createdAt: c.createdAt };
    if (c.url) r.url = c.url;
    return r;
  }
  return undefined;
}

/** A standing contest as an unresolved concern (nobody else has spoken since it). */
export function contestConcern(contest: ItemRef, now: Date): OpenItem {
  const item: OpenItem = { ...contest, kind: "concern", laterComments: 0, suggestedQuestions: [] };
  if (contest.createdAt) item.ageMs = Math.max(0, now.getTime() - Date.parse(contest.createdAt));
  return item;
}
