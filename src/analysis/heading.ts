// Where an unsettled thread is heading, from its own later turns: a pull request or issue a
// reply points to as the fix or the new home ("I opened #10903", "moved to #8550", "see #1256"),
// a pull request someone offers to send, a standing request of someone other than the author
// (reproduction steps, a recording, logs, a rebase, more information) that no later turn has answered, a pull
// request invited ("feel free to submit a PR", "PRs welcome"), a reporter taking back their own
// report ("I was wrong, my filter was bad"), and a proposal the thread's last turn makes ("perhaps
// it's time to revisit the default"; only from the last turn: a proposal answered since is no
// longer where the thread is), and the author putting their own request back to rethink it ("let me
// reconsider the design and circle back"; only from the last turn). Only what the thread says; of each kind the latest turn wins. The opening post is never a heading (its "Fixes #12"
// says what it is about, not where it went). Quoted lines and code are not the writer's words.
// Pure.
import type { Comment, Thread } from "../thread/model.ts";
import { withoutQuotedLines } from "../thread/quoted-lines.ts";
import { ownSentences, ownText, withoutAddress } from "./own-words.ts";

export type HeadingKind = "pull-request" | "issue" | "offered-pr" | "invited-pr" | "request" | "withdrawn" | "proposal" | "rethinking";
export type Asked = "reproduction steps" | "a recording" | "logs" | "a rebase" | "more information";

export interface Heading {
  kind: HeadingKind;
  commentId: string;
  author: string;
  /** The writer's sentence that says it. */
  text: string;
  url?: string;
  createdAt?: string;
  /** The reference as written ("#10903", "owner/repo#12"), for a pointer. */
  ref?: string;
  /** What a standing request asks for. */
  asked?: Asked;
}

const REF = /(?:\b[\w.-]+\/[\w.-]+)?#\d+\b|https?:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(?:issues|pull)\/\d+/;
/** A reply that moves the work somewhere: a new issue or PR, a revert or fix PR, a duplicate. */
const POINTS = /\b(?:opened|created|filed|submitted|made|sent|put up|raised|mov(?:ed|ing)|continu\w*|track(?:ed|ing)|duplicate of|same as|see|known issue|fixed (?:in|by)|(?:revert|fix) (?:PR|pull request)|(?:PR|pull request) (?:is )?(?:up|open))\b/i;
/** "didn't quite have the issue fixed in #36789" looks back, it points nowhere. */
const NEGATED = /\b(?:not|never|no longer)\b|n't\b/i;
const PULL = /\b(?:PR|pull request|pull\/\d+)\b|\/pull\//i;
const OFFER = /\b(?:I(?:'ll| will| can| could| would| am going to|'m going to)|will|happy to) (?:\w+ )?(?:submit|open|send|make|create|file|prepare|put up) (?:a |the |my )?(?:PR|pull request)\b/i;
/** A pull request invited, by anyone (the author too: "feel free to submit a PR, I'd close mine then"). */
const INVITES =
  /\b(?:feel free to|you(?:'re| are) (?:very )?welcome to|go ahead and) (?:submit|open|send|make|create|file|put up|raise) (?:a |an |the )?(?:PR|pull request|patch)\b|\b(?:PRs|pull requests|patches|contributions|a (?:PR|pull request|patch)) (?:are |is |would be )?(?:very |always |more than )?welcome\b|\b(?:I'?d|I would|we'?d|we would|I'?m|I am|we'?re|we are) (?:be )?(?:happy|glad|willing|open) to (?:accept|review|merge|take|look at) (?:a |any |your )?(?:PR|PRs|pull requests?|patch(?:es)?)\b|\b(?:would you|do you want to|could you|can you|want to) (?:like to |please )?(?:submit|open|send|make|create) (?:a |an )?(?:PR|pull request)\b/i;
/** A proposal of a change in plain words: "perhaps it's time to revisit the default", "I'd suggest we drop it", "we should reconsider this". */
const PROPOSES =
  /\b(?:(?:perhaps|maybe) (?:it'?s|it is) time to|it'?s (?:about |high )?time (?:we |to )|I(?:'d| would)? (?:propose|suggest) (?:that |we |to )|I(?:'d| would) (?:propose|suggest) |we (?:should|could|might want to|ought to) (?:probably |maybe |perhaps |just )?(?:revisit|reconsider|rethink|change|switch|drop|remove|deprecate|rename|document|make|move|add))\b/i;
const ASKING = /\b(?:I need|we need|needs?|please|pls|can you|could you|would you|provide|share|post|send|attach)\b/i;
const ASKS: [Asked, RegExp][] = [
  ["reproduction steps", /\b(?:steps to reproduce|reproduction steps|reproducer|reproduc\w+ (?:case|example|repo\w*|project|script)|repro(?: case| repo\w*| project| steps))\b/i],
  ["a recording", /\b(?:recording|screen ?cast|screen ?record\w*|video)\b/i],
  ["a rebase", /\b(?:rebase|merge (?:master|main) into)\b/i],
  ["logs", /\b(?:logs?|stack ?trace|traceback)\b/i],
  ["more information", /\b(?:more (?:info(?:rmation)?|details|context)|(?:your|the full) (?:config(?:uration)?|setup|environment)|answer the questions?)\b/i],
];
/** What answers each request: a later turn of someone else that carries the thing asked for. */
const ANSWERS: Record<Asked, RegExp> = {
  "reproduction steps": /```|^\s*\d+[.)]\s|\bsteps\b|\breproduc\w*\b|github\.com\/[\w.-]+\/[\w.-]+(?:\s|$)/im,
  "a recording": /\.(?:mp4|mov|webm|gif)\b|youtube\.com\/watch|youtu\.be\/|\/assets\/|\brecord(?:ed|ing)\b/i,
  "a rebase": /\brebased\b|\bmerged (?:master|main)\b|\bresolved the conflicts\b/i,
  logs: /```|\blogs?\b|\.log\b|\btrace\b/i,
  // Any reply of some length (or with code) gives more information.
  "more information": /```|(?:\S+\s+){11,}\S/,
};
/** The author putting their own request back to think it over: "let me reconsider the design", "I'll take another look and circle back". */
const RETHINKS = /\b(?:let me|I'?ll|I will|I need to|I should|I'?m going to) (?:reconsider|rethink|re-think|think (?:it|this) (?:over|through)|take another look|go back to the drawing board)\b/i;
const WITHDRAWN = /\b(?:I was wrong|my (?:bad|mistake|fault)|(?:it|this|that) was my (?:own )?(?:mistake|fault|error)|false alarm|user error|please (?:disregard|ignore) (?:this|my)|not a bug after all)\b/i;

/** Sentences of the writer's own words; a line that is only a reference stands as its own sentence. */
function sentencesOf(body: string): string[] {
  const bareLine = new RegExp(`^\\s*(?:${REF.source})\\s*$`, "gm");
  return ownSentences(ownText(body).replace(bareLine, (line) => `\n\n${line.trim()}\n\n`));
}

function heading(c: Comment, kind: HeadingKind, text: string, extra: Partial<Heading> = {}): Heading {
  // Leading "@ana" addresses the reply; a summary never mentions anyone.
  const h: Heading = { kind, commentId: c.id, author: c.author.login, text: withoutAddress(text), ...extra };
  if (c.url !== undefined) h.url = c.url;
  h.createdAt = c.createdAt;
  return h;
}

/** A reference the sentence points to, when it is a bare reference or says it moved the work there. */
function pointer(c: Comment, s: string): Heading | undefined {
  const ref = REF.exec(s)?.[0];
  if (ref === undefined) return undefined;
  const bare = s.replace(REF, "").replace(/^\W*(?:see|cf\.?)?\W*$/i, "") === "";
  if (!bare && (!POINTS.test(s) || NEGATED.test(s))) return undefined;
  const shown = /^https?:/.test(ref) ? `#${/\d+$/.exec(ref)?.[0] ?? ""}` : ref;
  return heading(c, PULL.test(s) ? "pull-request" : "issue", s, { ref: shown });
}

/** The proposing clause, without a lead-in set off before it ("I agree with kim - perhaps it's time to…" → "perhaps it's time to…"). */
function proposalClause(s: string): string {
  const at = PROPOSES.exec(s)?.index ?? 0;
  const lead = s.slice(0, at);
  return at > 0 && /(?:\s[-–—]|[,;:])\s*$/.test(lead) ? s.slice(at) : s;
}

/** Where the thread is heading, latest of each kind: a pointer (or an offered PR), a standing request, a withdrawal. */
export function threadHeading(thread: Pick<Thread, "comments">): Heading[] {
  const people = thread.comments.filter((c) => !c.author.isBot);
  const opener = people[0]?.author.login;
  let pointTo: Heading | undefined;
  let request: Heading | undefined;
  let withdrawn: Heading | undefined;
  let proposal: Heading | undefined;
  let rethinking: Heading | undefined;
  const last = people.length > 1 ? people[people.length - 1] : undefined;
  for (const c of people.slice(1)) {
    // Quoted lines are someone else's words; fenced code stays (a code block may be the answer).
    const own = withoutQuotedLines(c.body);
    // A later turn of someone else that carries what was asked for answers the request.
    if (request?.asked !== undefined && c.author.login !== request.author && ANSWERS[request.asked].test(own)) request = undefined;
    const sentences = sentencesOf(c.body);
    for (const [i, s] of sentences.entries()) {
      const p = pointer(c, s);
      if (p) pointTo = p;
      else if (OFFER.test(s)) pointTo = heading(c, "offered-pr", s);
      else if (INVITES.test(s)) pointTo = heading(c, "invited-pr", s);
      // The last turn's proposal (a statement, not a question): where the thread was left.
      if (c === last && proposal === undefined && PROPOSES.test(s) && !/\?\s*$/.test(s)) proposal = heading(c, "proposal", proposalClause(s));
      // The last turn, by the author: their request put back to think it over.
      if (c === last && c.author.login === opener && rethinking === undefined && RETHINKS.test(s) && !/\?\s*$/.test(s)) rethinking = heading(c, "rethinking", s);
      // "I was wrong." says little alone: the sentence after it says what the mistake was, or,
      // when that is only an apology or thanks ("Sorry!"), the one before it.
      const next = sentences[i + 1];
      const prev = sentences[i - 1];
      const says = (x: string | undefined) => x !== undefined && !/^(?:sorry|thanks?|thank you|oops)\b/i.test(x) && x.split(/\s+/).length >= 3;
      const short = s.split(/\s+/).length < 6;
      if (WITHDRAWN.test(s) && !/\?\s*$/.test(s)) withdrawn = heading(c, "withdrawn", short && says(next) ? `${s} ${next}` : short && says(prev) ? `${prev} ${s}` : s);
      if (c.author.login !== opener && ASKING.test(s) && !/\b(?:I|we) (?:will|'ll) (?:post|send|share)\b/i.test(s)) {
        const asked = ASKS.find(([, re]) => re.test(s))?.[0];
        if (asked !== undefined) request = heading(c, "request", s, { asked });
      }
    }
  }
  return [pointTo, request, withdrawn, proposal, rethinking].filter((h): h is Heading => h !== undefined);
}
