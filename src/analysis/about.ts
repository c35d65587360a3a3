// What a thread is about, for every summary: the opening post's sentence that
// states the problem or the proposal in the writer's own words. Not a heading or template line
// ("## Description", "- [x] New feature", "Ensure all linting tests pass"), not an environment
// line ("Symfony version(s) affected: 4.4.9", "elementary OS Juno (Ubuntu 18.04)."), not a
// reproduction step ("Install FreeRADIUS on Ubuntu 20.04…"), not a sentence cut mid-way, not a
// remark about the post itself ("not sure where else to ask, so I'm posting it here", "I'm new to Rust, so
// forgive me…") or one that
// only announces a problem ("I have a strange problem here."), an aside in
// parentheses, or a sentence that leans on the one before ("Didn't work this way either."); a
// template label or a greeting before the words ("Describe the bug …", "Hello all, …") is dropped,
// and a sentence that states the problem and then wonders ("I can't load X, and I was wondering
// if…?") keeps its statement. Among the rest, one that names a problem or a request ("…is not
// displayed anymore", "I want a function that…") comes first, the one sharing most words with the
// title before the others (it states the title's problem in full); then a statement under the post's
// "Description", "Problem" or "Motivation" heading; what the writer expected (an "Expected behavior"
// section) after both, and a statement before a question. A sentence that
// only repeats the title's words is no About. Pure.
import type { Comment } from "../thread/model.ts";
import type { CommentFeatures } from "./comment-features.ts";
import { isPoint } from "./differences.ts";
import { displayText } from "./display-text.ts";
import { clip, keyTerms } from "./text-units.ts";
import { isHeadingLine } from "./thread-decisions.ts";
import type { ItemRef } from "./types.ts";

/** Issue-template labels that open a sentence ("Describe the bug", "Description"). */
const LABEL =
  /^(?:describe the bug|bug (?:report|summary|description)|description|summary|expected (?:behaviou?r|result|outcome)|actual (?:behaviou?r|result|outcome)|result|steps to reproduce|how to reproduce(?: the issue)?|problem|issue|defect)\b\s*:?\s*/i;
/** Template and checklist lines of pull-request and issue forms, and bot commands ("/assign @kai", "/kind bug"). */
const TEMPLATE = /^(?:\/[a-z][\w-]*\b|ensure (?:all|that|you)|make sure (?:all|that|you)|tests? added|closes? #|fixes #|resolves #|- ?\[[ x]\]|whatsnew entry|passes? (?:black|flake8|lint))/i;
/** Environment lines: versions, operating systems, "key: value" facts. */
const ENVIRONMENT =
  /\bversions?(?:\(s\))?\s+affected\b|^(?:os|platform|environment|system|device|architecture|browser|version|node|python|php)\s*(?:version)?\s*:|^(?:elementary os|ubuntu|debian|fedora|windows|macos|mac os|os x|arch linux|centos)\b[^.]{0,40}\d/i;
/** A numbered or imperative reproduction step. */
const STEP = /^(?:\d+[-.)]\s*|step \d+:?\s*)|^(?:install|open|press|click|run|go to|navigate to|create|type|launch|start|download|clone)\b/i;
/** A sentence cut mid-way (the form's text ran on into the next field): it ends in a function word. */
const CUT = /\b(?:to|the|a|an|and|or|of|with|for|in|on|that|would|be)$/i;
/** The tail of a sentence cut by code or a quote before it: it starts in lower case with a function word ("to my struct def, which makes it compile."). */
const TAIL = /^(?:to|and|or|of|with|for|which|in|on|at|by|from|than|as)\b/;
/** Words that name a problem, what should happen instead, or a request. */
const PROBLEM =
  /\b(?:not|no longer|fails?|failed|failing|error|errors|crash\w*|wrong|broken|weird|strange|glitch\w*|breaks|missing|instead|unable|cannot|hangs?|freezes?|refuses?|should|proposal|propose|add support|panics?|regress\w*|stuck|infinite|unusable|distracting|(?:is|are|gets?|got|be|been) (?:deleted|lost|overwritten|ignored|corrupted)|i want (?:a|an|to)|i'?d like (?:a|an|to be able)|it would be (?:great|nice|good|useful|helpful)|would be nice|please (?:add|support|allow|make)|feature request)\b|n't\b/i;
/** A remark about the post itself, not about the problem ("I didn't know where else to ask, so I'm posting it here", "Sorry if this is the wrong place"). */
const META =
  /\b(?:post(?:ing|ed)? (?:it|this) (?:as an? |here|in)|(?:right|wrong|correct|proper|best) place (?:to|for)|where (?:else )?to (?:ask|post|report)|anywhere (?:else )?to ask|sorry (?:if|for)|thanks? (?:you )?(?:in advance|for (?:looking|reading|your|any|the help))|any help (?:is|would be) (?:appreciated|welcome)|forgive me|(?:i'?m|i am) (?:pretty |quite |fairly |very |really |still )?new (?:to|at|with))/i;
/** A sentence that only announces a problem ("I have a strange problem here.", "I noticed an issue with the example."): the problem is said elsewhere. */
const ANNOUNCES = /^(?:i|we) (?:have|had|found|noticed|get|got|am having|'m having|are having|ran into|encountered|hit|see) (?:a|an|the|this|some) (?:[\w-]+ ){0,2}(?:problem|issue|bug)s?\b(?: (?:here|with [^,;]{1,40}|in [^,;]{1,40}|when [^,;]{1,40}))?[\s.!:]*$/i;
/** A sentence that leans on the one before: it has no subject ("Didn't work this way either."), ends in
 * "either", or opens with a word that links it to what came before ("But that is not supported.", "As a
 * result, running it raises.", "The point is that…", "This is because…"). */
const LEANS =
  /^(?:didn'?t|doesn'?t|don'?t|did not|does not|won'?t|wasn'?t|isn'?t|also|same)\b|\beither[.!]*$|^(?:but|however|as a result|so|thus|therefore|hence|this is because|that'?s (?:why|because)|the point is|that said|in that case|otherwise|which)\b/i;
/** A greeting or an opener's filler before the words ("Hello guys,", "Hi all!", "First of all,"). */
const GREETING = /^(?:(?:hello|hi|hey|dear)(?: (?:guys|all|everyone|there|team|folks|devs|maintainers))?[,!.]?\s+|first of all,?\s+)/i;
/** A statement turned into a wondering at its end ("…, and I was wondering if…?"): the statement before it. */
const WONDERING = /,\s*(?:and|so|but)\s+(?:i\s+(?:was|am)\s+wondering|i'?m\s+wondering|i\s+wonder|how|what|why|is there|can|could|does|do)\b/i;

function cleaned(sentence: string): string {
  return sentence.replace(LABEL, "").trim().replace(GREETING, "").trim();
}

/** A heading line of an issue or pull-request form ("### Expected Behavior", "**Expected behavior**", "Expected result:"). */
const HEADING = /^\s*(?:#{1,6}\s+(.+?)\s*#*|\*\*([^*]+?)\*\*:?|_([^_]+?)_:?|([A-Z][\w ]{2,30}):)\s*$/;
/** A section that says what should happen, not what goes wrong. */
const EXPECTED = /^(?:expected|desired|what (?:you |i )?expected|intended)\b/i;
/** A section that says what the post is about: the bug, the problem, the motivation, the change. */
const LEAD =
  /^(?:describe the (?:bug|problem|issue)|(?:bug |problem |issue )?(?:description|summary)|bug report|problem(?: statement)?|the problem|motivation(?: and context)?|what (?:happened|is the problem|does this (?:pr|change) do)|current behaviou?r|actual (?:behaviou?r|results?|outcome)|context|changes|proposal|feature request)\b/i;

/** Which kind of section of the post the sentence sits in: under an "Expected …" heading (or
 * opening with that label), under a heading that states the bug, problem or motivation, or other. */
function sectionOf(sentence: string, body: string): "expected" | "lead" | "other" {
  if (EXPECTED.test(sentence.trim())) return "expected";
  // Find the sentence in the Markdown by its first run of plain words, then the heading above it.
  const probe = sentence
    .split("§")
    .map((p) => p.trim())
    .find((p) => p.split(/\s+/).length >= 3)
    ?.slice(0, 30);
  if (!probe) return "other";
  const lines = body.split("\n");
  const norm = (x: string) => x.replace(/[`*_]/g, "").replace(/\s+/g, " ");
  const at = lines.findIndex((l) => norm(l).includes(probe.replace(/\s+/g, " ")));
  for (let i = at - 1; i >= 0; i--) {
    const m = HEADING.exec(lines[i]);
    if (!m) continue;
    const heading = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").replace(/^[\W_]+/, "").trim();
    return EXPECTED.test(heading) ? "expected" : LEAD.test(heading) ? "lead" : "other";
  }
  return "other";
}

/** A sentence that names a problem and then shows it ("…the shader shows weird things:"), ended
 * there; undefined for any other. Mostly such a sentence introduces ("we have the following
 * scenario:"): it is taken only when the post states nothing else. */
function shownProblem(sentence: string): string | undefined {
  return /\s*:\s*$/.test(sentence) && PROBLEM.test(sentence) && sentence.split(/\s+/).length >= 8 ? `${sentence.replace(/\s*:\s*$/, "")}.` : undefined;
}

/** A question that opens with a statement of the problem: that statement, as a sentence. */
function statedHead(sentence: string): string {
  const m = /\?\s*$/.test(sentence) ? WONDERING.exec(sentence) : null;
  return m ? `${sentence.slice(0, m.index).trim()}.` : sentence;
}

function says(sentence: string, body: string): boolean {
  const s = cleaned(sentence);
  return (
    s.split(/\s+/).length >= 6 &&
    !/:\s*$/.test(s) &&
    isPoint(s) &&
    !isHeadingLine(sentence, body) &&
    !TEMPLATE.test(s) &&
    !TEMPLATE.test(displayText(s, body)) &&
    !ENVIRONMENT.test(s) &&
    !STEP.test(s) &&
    !CUT.test(s.replace(/[\s.…]+$/, "")) &&
    !TAIL.test(s) &&
    !META.test(s) &&
    !LEANS.test(s) &&
    !ANNOUNCES.test(s) &&
    !/^\(.*\)[.!]?$/s.test(s)
  );
}

/** Longest About line: the one line that says what the thread is about may run longer than a listed item (render/summary.ts shows as much). */
export const ABOUT_CHARS = 220;

/** The opening post's main point in its own words (what the thread is about), when it states one. */
export function aboutOf(comments: Comment[], features: CommentFeatures[], title = ""): ItemRef | undefined {
  const c = comments[0];
  if (!c || c.kind !== "body") return undefined;
  const f = features[0];
  const candidates = f.sentences
    .slice(0, 12)
    .map(statedHead)
    .filter((s) => says(s, c.body));
  const statements = candidates.filter((s) => !/\?\s*$/.test(s));
  // Of the sentences that name a problem, the one that shares most words with the title (the first of those).
  const titleTerms = new Set(keyTerms(title));
  const shared = (s: string) => keyTerms(s).filter((t) => titleTerms.has(t)).length;
  // A problem named only past what the line can show would be cut before its point: it comes after those shown.
  const seen = (s: string) => (PROBLEM.exec(cleaned(s))?.index ?? Infinity) < ABOUT_CHARS - 20;
  const best = (xs: string[]) => {
    const shownFirst = xs.some(seen) ? xs.filter(seen) : xs;
    return shownFirst.reduce<string | undefined>((b, s) => (b === undefined || shared(s) > shared(b) ? s : b), undefined);
  };
  const named = statements.filter((s) => PROBLEM.test(s));
  const section = new Map(statements.map((s) => [s, sectionOf(s, c.body)]));
  // What goes wrong first; then what the post's bug, problem or motivation section says; what the
  // writer expected after both.
  const problem =
    best(named.filter((s) => section.get(s) !== "expected")) ?? statements.find((s) => section.get(s) === "lead") ?? best(named.filter((s) => section.get(s) === "expected"));
  const shown = () =>
    f.sentences
      .slice(0, 12)
      .map(shownProblem)
      .find((s) => s !== undefined && says(s, c.body));
  const text = problem ?? statements[0] ?? candidates[0] ?? (f.claim && says(f.claim, c.body) ? f.claim : undefined) ?? shown();
  // A sentence that only repeats the title tells a reader nothing the title did not.
  if (!text || (titleTerms.size > 0 && keyTerms(text).every((t) => titleTerms.has(t)))) return undefined;
  const r: ItemRef = { text: clip(displayText(cleaned(text), c.body), ABOUT_CHARS), author: c.author.login, commentId: c.id, createdAt: c.createdAt };
  if (c.url) r.url = c.url;
  return r;
}
