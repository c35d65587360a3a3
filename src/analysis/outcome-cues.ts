// Outcome sentences: the turns that settle a thread or say where it stands — closing it
// ("closing as stale", "Duplicate of #298"), merging it ("merged, thanks", "will merge once
// rebased"), declining ("-1 on adding this", "out of scope", "won't fix"), answering that it is
// not a bug ("this is expected behaviour"), reporting it fixed ("fixed in 49bc55f"), moving it
// ("closing in favour of #412"), no longer reproducible ("can't reproduce it on the latest version"),
// a pull request invited ("I'd accept a PR that adds a flag"), a fix offered in one ("I opened
// #12 to fix this"), the requester dropping the request ("I'll write my own middleware") and undoing an earlier outcome ("reverted", "reopening").
// A fix promised ("a fix will be included in 3.0.0", "Will fix within a day or two", "we will address
// this") says where it is going. A redirect ("questions belong on the mailing list", "wrong
// repository") declines the matter here.
// A maintainer's definitive "never been supported" answers a report as not supported; a bare
// "Fixed!" (the whole sentence) reports it fixed; "handled by #7928" points to the change that
// handled it; a notice that locks the thread ("this issue is locked…") closes it.
// Each sentence gets one kind; a conditional or a question is never an outcome. Pure.
import { normalizeForMatch } from "./questions.ts";
import { memoByText } from "./text-memo.ts";

export type OutcomeKind =
  | "duplicate"
  | "moved" // closed in favour of / superseded by / continued in another issue or PR
  | "stale" // closed for lack of response or activity
  | "declined" // won't fix, not planned, out of scope, -1 on adding it
  | "not-a-bug" // expected / intended behaviour, works as designed
  | "unsupported" // the thing reported was never supported: "X has never been supported"
  | "fixed" // fixed in #N / a commit / a release
  | "fix-promised" // a fix promised by someone who will make it: "a fix will be included in 3.0.0", "I'll get a fix out later"
  | "merged"
  | "will-merge" // merge promised once something happens ("once rebased")
  | "reverted"
  | "reopened"
  | "withdrawn" // an earlier decision taken back ("actually, let's not", "change of plan")
  | "approved" // "/lgtm", "/approve", "LGTM", an approving review: accepted, not yet merged
  | "not-reproducible" // "can no longer reproduce this", "no longer reproducible on 2.3"
  | "pr-welcome" // a plan stated as an invitation: "I'd accept a PR that adds a flag", "PRs welcome"
  | "dropped" // the requester drops the request: "I'll write my own middleware", "I no longer need this" (the thread's author only)
  | "fix-proposed" // a fix offered in a pull request, not yet merged: "I opened #12 to fix this", "I have a PR pending with a solution"
  | "resolved" // the thread's author reports the problem solved ("that fixed it", "works now"): resolved.ts
  | "closed"; // closed without a stated reason the patterns above recognise

/** Kinds that close the thread when said by someone who can (the words alone say "closed"). */
export const CLOSING_KINDS: ReadonlySet<string> = new Set(["duplicate", "moved", "stale", "closed"]);

/** Kinds that undo an earlier outcome. */
export const REVERSING_KINDS: ReadonlySet<string> = new Set(["reverted", "reopened", "withdrawn"]);

const REF = String.raw`(?:§|#\d+|[0-9a-f]{7,40}\b|https?:\S+|v?\d+\.\d+(?:\.\d+)?|(?:the )?(?:next|latest|upcoming) (?:release|version|nightly)|master|main|(?:this|that|the|a) (?:pr|pull request|commit|patch|release|version|branch)|(?:the |a )?(?:dev|develop|development|nightly|beta|canary|next|main|master) (?:branch|build|release|version|channel))`;

/** Ordered: the first kind whose pattern matches wins. */
const PATTERNS: [OutcomeKind, RegExp][] = [
  ["reopened", /^(?:i(?:'m| am)? )?re-?open(?:ing|ed)\b(?! (?:it|this)? ?if)|\bi(?:'ve| have)? re-?opened\b/],
  ["withdrawn", /^(?:actually,? |on second thought,? |hmm,? )let'?s not\b|^let'?s not (?:do (?:that|this|it)|go (?:with|ahead with) (?:that|this|it))\b|\b(?:change of plans?|scratch that|on second thought,? (?:let'?s|we'?ll|we will|i'?ll)|we(?:'ve| have)? changed our minds?|i(?:'ve| have)? changed my mind|we(?:'re| are) not going (?:with|ahead with) (?:that|this|it) after all|(?:that|the) decision (?:is|was) (?:withdrawn|reversed|revoked))\b/],
  ["reverted", /\b(?:i(?:'ve| have)? |we(?:'ve| have)? |has been |was |been )?reverted\b|^reverting\b/],
  ["duplicate", /\b(?:duplicate|dupe?) of\b|\bclos(?:ing|ed?) (?:this |it )?(?:as|in favou?r of) (?:a )?(?:duplicate|dupe?)\b|^duplicate\b/],
  ["moved", new RegExp(String.raw`\bclos(?:ing|ed?) (?:this |it )?in favou?r of\b|\b(?:superseded|replaced) by ${REF}|\b(?:made|opened|created|filed) a (?:new|separate|fresh) (?:issue|pr|pull request|ticket)\b|\bcontinued? (?:in|at) ${REF}`)],
  ["stale", /\bclos(?:ing|ed?)\b.{0,40}\b(?:stale|inactiv\w*|lack of (?:response|activity|info\w*|feedback)|no (?:more |further |recent )?(?:response|activity|reply|replies|feedback|discussion)|not (?:received|had|heard)\b)|\b(?:stale|inactive)[,;]? clos(?:ing|ed?)\b|^(?:this|it|the (?:pr|issue|pull request)) (?:hasn't|has not|didn't|did not) (?:received|had|gotten|got|seen) (?:any )?(?:more |further |new )?(?:info\w*|response|feedback|activity|reply|update)/],
  ["declined", /^thanks?(?: you)?,? but no thanks\b|\b(?:won'?t fix|wontfix|will not fix|not planned|out of (?:the )?scope|outside (?:the |of )?(?:the )?scope|not in scope|(?:we|i)(?:'re| are)? not (?:going to|gonna) (?:add|merge|accept|support|implement|include|fix)|(?:we|i) (?:won't|will not|can't|cannot) (?:accept|merge|add|support|include) (?:this|it|that|these)|declin(?:e|ing) (?:this|the (?:pr|pull request|change|feature|request|proposal))|closing as (?:not planned|won'?t ?fix)|(?:i|we) (?:don't|do not) think (?:it'?s|it is|this is|that'?s|that is) (?:really |actually )?worth (?:it|the (?:effort|complexity|trouble|cost|maintenance)))\b|(?:^|\s)-1 on (?:adding|merging|this|including|supporting)\b/],
  ["not-a-bug", /\b(?:not a bug|isn't a bug|is not a bug|(?:but |rather )?(?:an |the )?intended behaviou?r|(?:this|it) is (?:more of |really |just |probably |almost certainly )?an? (?:documentation|docs|setup|configuration|config|usage|support) (?:issue|question|problem|error)|(?:is |as |it's |this is )(?:the )?(?:expected|intended) (?:behaviou?r|result)|working as (?:intended|designed|expected)|works as (?:intended|designed|expected)|by design)\b/],
  ["unsupported", /\b(?:(?:has|have) never been|never (?:has |have )?been|(?:is|are|was|were) never) (?:officially )?supported\b/],
  // A merge queue told to merge ("bors r+", "@mergifyio queue", "/merge") merges once the checks pass.
  ["will-merge", /^@?bors (?:r\+|merge)(?=$|[\s.!])|^@mergify(?:io)? (?:queue|merge)\b|^\/merge\b|\b(?:i|we)(?:'ll| will| can| are going to|'re going to) (?:merge|land) (?:it|this|that|the pr)? ?(?:once|when|after|as soon as)\b|\band will (?:merge|land) (?:it|this|that|this one|this pr|the pr|them) (?:once|when|after|as soon as)\b|\bhappy to merge (?:it |this )?(?:once|when|after)\b|^will (?:merge|land) (?:it |this )?(?:once|when|after|as soon as)\b/],
  ["merged", /^(?:merged|merging|landed)\b(?! (?:into|in) (?:your|my) | #\d+ into\b| (?:here|on this|in this|on the|at)\b)|^(?:thanks|thank you|thx|ty)(?: (?:a lot|so much|for (?:the|your) (?:pr|patch|fix|contribution|work)))?[,!.]*\s*(?:merg(?:ed|ing)|landed|landing)\b|\blanded (?:in|on|into) (?:master|main|trunk|develop)\b|\b(?:i(?:'ve| have)? (?:(?:only|just|now|also|already) )?|just )(?:merged|landed) (?:it|this|the pr|your pr|that)\b|\bmerged (?:into|to|in) (?:master|main|develop|trunk)\b|\bthis (?:has been|was|is now) merged\b/],
  ["fixed", new RegExp(String.raw`\b(?:(?:should be|has been|was|is|now|got|been) )?fixed (?:in|by|with|via|on) ${REF}|^fixed in (?:commit|changeset|revision)s?:?\s+${REF}|^fixed in (?:[\w.-]+ ){1,3}(?:release|version) v?[\w.-]*\d|\bclos(?:ing|ed?) (?:this |it )?as (?:fixed|resolved|completed|done)\b|\bfix(?:ed)? (?:is|has been|was) (?:merged|released|pushed|landed)\b|\b(?:this|it) (?:is|has been|was) (?:now )?(?:fixed|resolved) (?:in|on|by) ${REF}|^(?:version |release )?v?\d+\.\d+(?:\.\d+)? (?:should|will|does) (?:be working|work|fix it|be fixed|include the fix|contain the fix|have the fix)\b|\bshould be fixed now\b|\bv?\d+\.\d+(?:\.\d+)? (?:has|is|was) (?:now )?(?:been )?(?:shipped|released|published|out) with\b|(?<!\b(?:will|would|should|to|might|may|could|can) (?:be |get )?)\b(?:released|shipped|published) (?:in|with|as of|as part of) v?\d+\.\d+|\b(?:has (?:already )?been|was|is) (?:already )?fixed (?:in|by) (?:the |a )?(?:[\w.-]+ ){1,3}\((?:[\w.-]+\/[\w.-]+)?#\d+\)|\b(?:handled|addressed|implemented) (?:in|by|via) (?:§|#\d+|[0-9a-f]{7,40}\b|https?:)|^(?:(?:it|this)(?:'s| is| has been| should be)? )?(?:now )?fixed(?: now)?\b[^a-z0-9]*$`)],
  ["fix-promised", /\b(?:a|the) fix (?:will be|is going to be|should be) (?:included|released|shipped|available|out|in|part of)\b|(?:^|\b(?:so|and|ok|okay|sure|yes|thanks)[,!.]? )(?:i'll|i will|we'll|we will|will) (?:(?:try to|definitely|certainly|get to) )?(?:fix|address|patch) (?:this|it|the (?:issue|problem|bug|crash|regression))\b|(?:^|\b(?:so|and|ok|okay|sure|yes|thanks)[,!.]? )(?:i'll|i will|we'll|we will|will) (?:(?:try to|definitely|certainly) )?(?:fix|address|patch) ?(?=(?:it |this )?(?:soon|asap|today|tomorrow|tonight|later|within|in the next|this week|next week)\b|[.!]*$)|\b(?:i|we)(?:'ll| will| am going to|'m going to| are going to|'re going to) (?:get|push|put|have|ship|send|make|prepare) (?:a|the) fix (?:out|in|up|ready|together)\b/],
  ["not-reproducible", /\bno longer reproducible\b|\b(?:can|could) no longer reproduce\b|\b(?:can't|cannot|can not|couldn't|could not|unable to|not able to) reproduce (?:this |it |the (?:issue|problem|bug|crash|error) )?(?:anymore|any more|any longer|(?:on|with|in) (?:the )?(?:latest|current|newest) (?:version|release|build|master|main|nightly)\b)|\b(?:haven't|have not|hasn't|has not) (?:had (?:this|it) happen|seen (?:this|it)|happened)(?: again)? (?:in|for|since)\b/],
  ["dropped", /\b(?:i(?:'ll| will)|i'm going to|i am going to) (?:just |simply )?(?:create|write|build|make|implement|roll|maintain) (?:my own|it myself|a custom|something myself)\b|\bi (?:no longer|don't|do not) need (?:this|it|that) (?:anymore|any more|any longer)\b|\bi no longer need (?:this|it|that)\b|\bi(?:'ll| will) (?:handle|solve|work around) (?:it|this|that) (?:myself|on my (?:side|end))\b/],
  ["fix-proposed", /\b(?:i|we)(?:'ve| have)? (?:just )?(?:opened|created|submitted|sent|filed|pushed|put up|raised) (?:a |an )?(?:pr|pull request)\b|\b(?:i|we) (?:have|got) (?:a |an )?(?:pr|pull request) (?:pending|open|ready|up)\b|^(?:pr|pull request) (?:§|#\d+) (?:fixes|should fix|addresses|solves|resolves) (?:this|it|the (?:issue|problem|bug))\b/],
  ["pr-welcome", /\b(?:i'?d|i would|we'?d|we would|i'?m|i am|we'?re|we are) (?:be )?(?:happy|glad|willing|open) to (?:accept|review|merge|take) (?:a |any )?(?:pr|prs|pull requests?|patch(?:es)?|contributions?)\b|\b(?:i'?d|i would|we'?d|we would) (?:accept|merge|take|welcome) (?:a |any )?(?:pr|prs|pull requests?|patch(?:es)?)\b|^(?:prs|pull requests|patches|contributions) (?:are )?(?:very )?welcome\b/],
  ["approved", /^\/(?:lgtm|approve)\b|^(?:lgtm|sgtm)\b|^(?:approved|approving)[.!]*$|^(?:looks good to me|ship it)[.!]*$/],
  ["closed", /^(?:i(?:'m| am| will|'ll)? )?clos(?:ing|e) (?:this|it|the (?:issue|pr|pull request|ticket))\b|^closing\b|^closed\b|\b(?:i|we)(?:'m|'re| am| are) (?:going to |moving to |about to )?clos(?:ing|e) (?:this|it)\b|\b(?:so |then )?(?:i'll|i will|we'll|we will|let me|let's) (?:just |now |simply )?close (?:this|it)\b|^(?:this|the) (?:issue|pr|pull request|thread|ticket|conversation) (?:is|has been|was) (?:now )?locked\b/],
];

const CLOSES = PATTERNS.find(([k]) => k === "closed")![1];

/** A sentence that only imagines an outcome ("if this turns out to be a bug, we can reopen"). */
const HYPOTHETICAL = /\bnot (?:the |an? )?(?:expected|intended)\b|\b(?:if|unless|whether|feel free to|free to re-?open|can re-?open|could re-?open|may re-?open|might|should we|shall we|could we|can we|would you|can you|could you|please)\b|\bnot (?:a )?duplicate\b|\bisn't a duplicate\b/;

/** Words that only link to what came before ("anyway", "ok so", "alright then"). */
const LEAD_IN = /^(?:(?:anyway|anyhow|ok|okay|so|well|alright|all right|then|in any case|that said)[,.!]?\s+)+/;
/** An offer after an outcome: ", but feel free to reopen if…", "; feel free to get back to us". */
const OFFER_AFTER = /(?:[,;]\s*|\s+)(?:but\s+)?(?:please\s+)?feel free to\b.*$/;

/** A declining word hedged ("the remaining part may be wontfix") states no outcome yet. */
const HEDGED = /\b(?:may|maybe|might|perhaps|possibly|probably|likely)\b/;
/** "Reverting #123", "this reverts 1a2b3c4": a revert of another change, named, not of this thread's;
 * "we reverted to the original patch in 1.0.x": going back to something else. */
const REVERTS_OTHER = /\brevert(?:ed|ing|s)? (?:the |that |this )?(?:(?:pr|pull request|commit|change|patch) )?(?:#\d+|[0-9a-f]{7,40}\b|https?:)|\breverted (?:back )?to (?:the |an? )?(?:original|old|older|previous|earlier|prior)\b/;

/** A refusal only until the change is ready ("we won't merge this until the tests pass", "can't
 * accept it as is"): a hold, not a decline. */
const HELD = /\b(?:until|till|unless|before|yet|for now|as[ -]is|in (?:its|the) current (?:form|state))\b/;

/** The outcome a sentence states, or null. */
export function outcomeKind(sentence: string): OutcomeKind | null {
  return outcomeKindMemo(sentence);
}
const outcomeKindMemo = memoByText(20_000, readOutcomeKind);

/** Where a project sends what its tracker does not take: a list, a forum, a chat. */
const VENUE = String.raw`(?:[\w.-]+ )?(?:mailing[- ]lists?|(?:users?|dev|developers?) lists?|forums?|discourse|stack ?overflow|stack ?exchange|discussions?(?: (?:tab|forum|board|section))?|gitter|slack|discord|irc|matrix(?: room| channel)?|support (?:channels?|forums?|sites?|tickets?|portal|team|desk)|community (?:forums?|site|channel|chat))\b`;

/**
 * A redirect: the thread is not the place for this ("Questions belong on the users mailing list",
 * "please ask on Stack Overflow", "github issues are only for bugs", "you opened this in the wrong
 * repository"). It declines the report here, whatever its merit; the sentence says where to go.
 */
const REDIRECT = new RegExp(
  [
    String.raw`\b(?:questions?|support(?: requests?| questions?)?|usage questions?|help requests?|requests? for help|(?:this|it|that|your question)) (?:belongs?|should go|goes|(?:is|are|would be) better (?:asked|suited|placed|discussed)) (?:on|in|to|at|for) (?:the |our |a |their )?${VENUE}`,
    String.raw`(?<!\b(?:rather than|instead of|not|never|than) )\b(?:ask|post|raise|take|bring|direct|move) (?:it |this |that |them |your (?:question|questions|request) |such (?:questions|requests) |a (?:question|thread|topic) )?(?:on|in|to|at|over (?:on|at|to|in)) (?:the |our |a |their )?${VENUE}`,
    String.raw`\b(?:github |the |our )?(?:issues?|issue tracker|bug tracker|tracker) (?:here )?(?:is|are) (?:only |just |strictly |reserved |meant |intended )*(?:for|to track) (?:actual |real |confirmed |reproducible |genuine )?(?:bugs?|bug reports|issues (?:in|with)|(?<=(?:actual|real|genuine) )issues|defects)\b`,
    String.raw`\b(?:opened|filed|posted|reported|created) (?:this |it |the issue |your issue )?(?:in|on|to|against) the wrong (?:repo|repository|project|tracker|place)\b|\bwrong (?:repo|repository|issue tracker|tracker)\b`,
    String.raw`\b(?:this|it) (?:isn'?t|is not|doesn'?t|does not) (?:really )?(?:belong|sound like it belongs|seem to belong)(?: as an? \w+)? (?:here|in this (?:repo|repository|tracker|project|issue tracker))\b`,
    // "Not the right place for support questions"; "not the right place for this discussion" only sets a side talk aside.
    String.raw`\bnot the (?:right|correct|appropriate|proper) (?:place|venue|repo|repository|forum|tracker) (?:for|to ask) (?:support|questions?|usage questions?|help|(?:this|such|these|your) (?:questions?|requests?|issues?|reports?|kinds? of (?:questions?|requests?|issues?)))\b`,
  ].join("|"),
);
/** A redirect offered on a condition ("if you have a usage question, ask on the forum") sends nothing anywhere yet. */
const CONDITION = /\b(?:if|unless|whether|in case|otherwise)\b/;

/** True when the sentence sends the thread's matter elsewhere (another venue, another repository). */
export function isRedirect(sentence: string): boolean {
  const s = normalizeForMatch(sentence);
  return REDIRECT.test(s) && !CONDITION.test(s) && !/\?\s*$/.test(s);
}

function readOutcomeKind(sentence: string): OutcomeKind | null {
  const kind = readPatterns(sentence);
  if (kind) return kind;
  return isRedirect(sentence) ? "declined" : null;
}

function readPatterns(sentence: string): OutcomeKind | null {
  // "Anyway, closing here.", "OK so merged": a word that only links to what came before is not part of the outcome.
  const s = normalizeForMatch(sentence).replace(/^\[|\]$/g, "").trim().replace(LEAD_IN, "");
  if (!s || /\?\s*$/.test(s)) return null;
  for (const [found, pattern] of PATTERNS) {
    if (!pattern.test(s)) continue;
    if (found === "declined" && (HEDGED.test(s) || HELD.test(s))) return null;
    // "It's not a bug, it's a feature" is the old joke, not an answer.
    if (found === "not-a-bug" && /\bnot a bug,? (?:it'?s|it is|but) an? feature\b/.test(s)) return null;
    if (found === "reverted" && REVERTS_OTHER.test(s)) return null;
    // "I'm closing this because it is a setup issue", "Closing as resolved": the sentence closes the
    // thread, and its own words carry the reason.
    const kind = !CLOSING_KINDS.has(found) && !REVERSING_KINDS.has(found) && found !== "merged" && CLOSES.test(s) ? "closed" : found;
    // "Feel free to reopen" is an offer; "closing this; feel free to reopen if…" still closes.
    // "…, please update the plugin" after the outcome asks nothing of the outcome itself.
    // "I'll close for lack of response, but feel free to get back to us": the offer after the closing is the only hypothetical part.
    if (HYPOTHETICAL.test(s.replace(/[,;]\s*please\b.*$/, "").replace(OFFER_AFTER, "")) && !(kind !== "reopened" && /^(?:i(?:'m| am) )?clos(?:ing|ed?)\b/.test(s))) return null;
    return kind;
  }
  return null;
}
