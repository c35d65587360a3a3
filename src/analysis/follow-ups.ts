// Follow-ups still pending at the end of a thread: a commitment to do something ("I'll add a
// test", "will open an issue for the docs") that no later turn reports done ("added the test",
// "done", "that works"). Remarks that only sound like one ("let me clarify", "let me know",
// "I'll admit…") are not commitments: the sentence must name a task. A task on one's own setup
// ("I'll write my own middleware") is a workaround, not a follow-up; a promise its owner takes
// back, or whose work someone reports back to them ("@you your change was merged"), is not pending. Pure.
import type { Comment } from "../thread/model.ts";
import type { CommentFeatures } from "./comment-features.ts";
import { displayText } from "./display-text.ts";
import { normalizeForMatch } from "./questions.ts";
import { clip, keyTerms } from "./text-units.ts";
import type { ActionItem } from "./types.ts";

/** The task verbs of a commitment ("I'll add…", "let me fix…"). */
const TASK =
  /\b(?:i'll|i will|i'm going to|i am going to|i can|let me|we'll|we will|will|going to|todo:?|follow[- ]?up:?|action item:?)\s+(?:(?:also|then|now|just|try to|probably|first|quickly|soon|go ahead and|be able to)\s+)*(?:add|fix|update|open|file|write|test|try|check|look into|look at|investigate|send|push|make|create|submit|review|rebase|merge|remove|change|document|release|publish|port|implement|prepare|raise|track|refactor|rewrite|revert|backport|cut|tag|bump|give it a (?:shot|try|go)|run|report|post|move|split|clean|patch|draft|ask|ping|reach out|follow up|take (?:a look|care|it|this)|handle|do (?:it|that|this|the|a|so)|get (?:to|on) it|work on|put together|set up|fill|edit|adjust|address|include)\b/;

/** Requests and remarks that use a commitment's words. */
const REMARK =
  /\blet me (?:know|clarify|explain|rephrase|be clear|add that|just say|point out|see|think)\b|\bi(?:'ll| will) (?:admit|say|note|be honest|leave it|wait|keep an eye)\b|\b(?:i|we)(?:'ll| will) (?:also |just )?(?:add|mention|point out) that (?=(?:\S+ ){1,3}(?:is|are|was|were|has|have|had|should|would|can|could|does|do|did|seems?|makes?|means?)\b)/;

/** A forecast about a thing, not a promise by a person: "The following patch will fix the issue",
 * "this should fix it". */
const FORECAST = /\b(?:patch|fix|change|changes|pr|pull request|commit|release|version|update|this|that|it|which)\s+(?:\S+\s+)?(?:will|should|is going to|would)\s+(?:\S+\s+)?(?:fix|solve|resolve|address|handle|help|work)\b/;
/** Who promises: the writer or the team. */
const PERSON = /\b(?:i'll|i will|i'm going to|i am going to|i can|let me|we'll|we will|we're going to|we are going to)\b/;

/** A later turn that reports work done. */
const DONE =
  /\b(?:done|added|fixed|updated|opened|filed|wrote|written|tested|tried|pushed|sent|made|created|submitted|rebased|merged|removed|changed|documented|released|published|ported|implemented|reverted|backported|moved|addressed|included|it works|that works|works now|works for me|working now|confirmed?|here(?:'s| is) the (?:pr|issue|patch|fix))\b/;

/** A task about one's own setup (a local workaround), not work for the project: "I'll write my own
 * middleware", "I will revert to an older version of Jinja", "I'll pin it locally". */
const LOCAL = /\b(?:my own|for myself|locally|on my (?:side|end|machine)|in my (?:app|application|project|code|setup)|(?:revert|go back|roll back|stick) (?:to|with) (?:an? |the )?(?:older|previous|earlier|old)|downgrade|pin (?:it|the \w+|\w+) (?:to|at))\b/;
/** The owner taking a promise back: "I won't get to it", "I no longer plan to", "not going to after all". */
const WITHDRAWN =
  /\b(?:i|we) (?:won't|will not|can't|cannot) (?:be able to |find (?:the )?time to )?(?:do|get to|work on|make|finish|write|add|open|send|submit|follow up on) (?:it|that|this|the|a|an)\b|\b(?:i|we) (?:no longer (?:plan|intend|have time)|don't have (?:the )?time (?:for|to)|do not have (?:the )?time (?:for|to))\b|\bnot (?:doing|going to do) (?:it|that|this) after all\b/;
/** Someone else telling the owner their work landed: "@rwillmer your change to the docs was removed by…". */
const YOUR_WORK = /\byour (?:change|pr|pull request|patch|commit|fix|edit|contribution|docs? (?:change|pr))s?\b/;

/** True when the sentence commits its writer (or a named person) to a task. */
export function isCommitment(sentence: string): boolean {
  const s = normalizeForMatch(sentence);
  return TASK.test(s) && !REMARK.test(s) && !(FORECAST.test(s) && !PERSON.test(s));
}

/** What each comment's sentences say, read once per call however many items ask (lazily). */
interface Reports {
  withdrawn(k: number): boolean;
  yourWork(k: number): boolean;
  done(k: number): boolean;
}

function reportsOf(features: CommentFeatures[]): Reports {
  const lazy = (re: RegExp): ((k: number) => boolean) => {
    const seen: (boolean | undefined)[] = [];
    return (k) => (seen[k] ??= features[k].sentences.some((s) => re.test(normalizeForMatch(s))));
  };
  return { withdrawn: lazy(WITHDRAWN), yourWork: lazy(YOUR_WORK), done: lazy(DONE) };
}

/** The index of the first later comment that reports this item done (or its owner withdrawing it), or -1. */
function keptAt(item: ActionItem, at: number, comments: Comment[], features: CommentFeatures[], reports: Reports): number {
  const terms = keyTerms(item.text);
  const owner = item.owner.toLowerCase();
  const mentionsOwner = new RegExp(`@${owner.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i");
  for (let k = at + 1; k < comments.length; k++) {
    const byOwner = comments[k].author.login.toLowerCase() === owner;
    if (byOwner && reports.withdrawn(k)) return k;
    // "@owner your change was merged / removed": the work was done, whatever became of it.
    if (!byOwner && mentionsOwner.test(comments[k].body) && reports.yourWork(k)) return k;
    if (!reports.done(k)) continue;
    // The owner reporting work done keeps it; anyone else must name the same work.
    const shared = terms.filter((t) => features[k].terms.includes(t)).length;
    if (byOwner || (terms.length > 0 && shared / terms.length >= 0.5)) return k;
  }
  return -1;
}

/** Commitments still pending at the end, each with its owner, in thread order. */
export function pendingFollowUps(comments: Comment[], features: CommentFeatures[]): ActionItem[] {
  const out: ActionItem[] = [];
  const reports = reportsOf(features);
  comments.forEach((c, i) => {
    for (const a of features[i].actions) {
      if (!isCommitment(a.text) || LOCAL.test(normalizeForMatch(a.text))) continue;
      const item: ActionItem = { text: clip(displayText(a.text, c.body), 200), author: c.author.login, owner: a.owner, commentId: c.id, createdAt: c.createdAt };
      if (c.url) item.url = c.url;
      if (keptAt(item, i, comments, features, reports) < 0) out.push(item);
    }
  });
  return out;
}
