// Agreed points a maintainer can trust, and where people differ. An agreed point must be a
// point: thanks, greetings and a comment's opening words ("Reviewing from the ops side.") are
// not. When the acceptance answers one part of a multi-part comment ("Good catch on the second
// one"), the point is that part. A point disputed afterwards by someone other than its author
// ("I don't think that's true…") is not agreed: it is a difference (the playbook's positions). Pure.
import type { Comment } from "../thread/model.ts";
import type { CommentFeatures } from "./comment-features.ts";
import { codeAfter } from "./code-after.ts";
import { firstClauses, statesAgreedPoint } from "./agreed-statement.ts";
import { isFirstPerson } from "./answer-sentence.ts";
import { isHeadingLine } from "./thread-decisions.ts";
import { displayText } from "./display-text.ts";
import { normalizeForMatch } from "./questions.ts";
import { clip, keyTerms } from "./text-units.ts";
import type { Agreement, Difference } from "./types.ts";
import { memoByText } from "./text-memo.ts";

/** Thanks, greetings, sign-offs: never a point. */
const COURTESY = /^(?:thanks|thank you|thx|ty|cheers|great|awesome|nice|cool|wonderful|perfect|excellent|hi|hello|hey|welcome|congrat\w*|kudos|good job|great job|well done|much appreciated|appreciate)\b/;
/** A "me too" or a bare confirmation of someone else's report is not a point of its own. */
const ME_TOO = /^(?:i (?:can )?(?:confirm|reproduce)\b(?! (?:that|the fix|it works))|same (?:here|for me|issue|problem)\b|me too\b|\+1\b)/;
/** A comment's opening words that introduce it rather than say something. */
const PREAMBLE = /^(?:(?:reviewing|speaking|writing|commenting|replying|coming|chiming in) (?:from|as|on|in|here)\b|extra credit\b|bonus\b|fyi\b|p\.?s\.?\b|edit\b|update\b|some (?:thoughts|notes|comments)\b|a few (?:thoughts|notes|comments|things)\b|(?:one|two|three|a couple of) (?:things|points|questions|comments|notes)\b|quick (?:question|note|comment)\b)/;
/** A later reply that disputes a point. */
const DISPUTE =
  /\b(?:i (?:still )?disagree|disagree|i (?:still )?don't (?:think|agree|buy|see)|i do not (?:think|agree)|that's not (?:true|right|correct|the case|how)|this is not (?:true|right|correct|the case)|not true|isn't (?:true|the case|right)|is wrong|are wrong|doesn't (?:work|help|fix|solve)|does not (?:work|help|fix|solve)|won't work|not convinced|not the (?:issue|problem|point)|nope|no,)\b|^no\b/;
/** A sentence that offers a fix or a way to do it. */
const SOLUTION = /\b(?:should (?:work|fix|do it)|try (?:to |using |setting |adding |running )?|use |using |set(?:ting)? |you (?:need|have) to|you can|you could|instead of|workaround|the (?:fix|solution|trick) is|fixed (?:by|with)|make sure|run (?:it |the )?)\b/;
/** A sentence that proposes something to do: an imperative, "we could / you should", "this should work". */
const PROPOSAL =
  /^(?:(?:so|then|just|also|instead|alternatively),?\s+)?(?:please )?(?:use|try|set|add|run|copy|remove|delete|install|sort|pass|call|change|replace|move|put|drop|disable|enable|specify|upgrade|downgrade|either)\b|\b(?:we|you) (?:could|should|can|need to|have to|might want to)\b|\b(?:should|would|will) (?:work|fix|do it|solve)\b|\blet'?s\b/;
/** A sentence that takes back what its writer said before it: "Edit: Nevermind, …", "Actually, I was wrong". */
const RETRACTION = /^(?:edit:?\s*|update:?\s*)?(?:never ?mind|nvm|scratch that|ignore (?:that|this|my (?:last|previous)\b)|i was wrong\b|i stand corrected|correction:|actually,? (?:no\b|i was wrong|(?:it|that|this|they|he|she) (?:doesn't|does not|isn't|is not|don't|do not|wasn't|was not)\b))/;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 };

/** True when the text states something: not thanks, a greeting or a comment's opening words. */
export function isPoint(text: string): boolean {
  const s = normalizeForMatch(text);
  const words = s.split(/\s+/).filter(Boolean).length;
  if (words < 4) return false;
  if (COURTESY.test(s) && words < 15) return false;
  if (ME_TOO.test(s) && words < 12) return false;
  return !PREAMBLE.test(s);
}

/** True when a sentence disputes what it answers. */
export function isDispute(sentence: string): boolean {
  return disputeMemo(sentence);
}
const disputeMemo = memoByText(20_000, (sentence) => {
  const s = normalizeForMatch(sentence);
  return Boolean(s) && DISPUTE.test(s);
});

function indexOf(comments: Comment[], id: string): number {
  return comments.findIndex((c) => c.id === id);
}

/** The part of the source comment an acceptance answers: the one it names by ordinal ("the
 * second one") or the sentence sharing most terms with it, when that shares more than the current text. */
function answeredPart(a: Agreement, comments: Comment[], features: CommentFeatures[]): { text: string; at: number; withCode?: boolean; drop?: boolean } | null {
  const k = indexOf(comments, a.commentId);
  if (k < 0 || !a.fromClaim) return null;
  const src = features[k];
  const replies = a.agreementCommentIds.map((id) => indexOf(comments, id)).filter((j) => j > k);
  if (replies.length === 0) return null;
  const opening = features[replies[0]].sentences.slice(0, 2).join(" ").toLowerCase();
  const ord = /\b(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) (?:one|point|question|item|issue|part|suggestion|comment|concern)\b/.exec(opening);
  if (ord) {
    const n = ORDINAL[ord[1]];
    const parts = src.candidates.length >= n ? src.candidates.map((c) => c.text) : src.sentences.filter((s) => isPoint(s));
    if (parts.length >= n) return { text: parts[n - 1], at: k };
  }
  // "Yup, that works!" confirms the fix the answered comment offered: its solution sentence is the point,
  // with the code it introduces; a sentence that is only background ("X is generated by Y") is not.
  // When that comment offers none, the same person's fix a turn or two earlier is what was tried;
  // when none does, nothing states what worked and the line is dropped.
  if (features[replies[0]].acceptance?.kind === "confirm") {
    for (let at = k; at >= Math.max(0, k - 3); at--) {
      if (comments[at].author.login !== a.author) continue;
      const fix = fixSentence(features[at].sentences, comments[at].body);
      if (fix) return fix.text === a.text && at === k ? null : { ...fix, at };
    }
    return { text: "", at: k, drop: true };
  }
  const replyTerms = new Set(replies.flatMap((j) => features[j].terms));
  const shared = (s: string) => keyTerms(s).filter((t) => replyTerms.has(t)).length;
  // The claim stands unless the reply shares nothing with it and plainly answers another sentence.
  if (shared(a.text) > 0) return null;
  let best: string | null = null;
  let bestShared = 1;
  for (const s of src.sentences) {
    const n = shared(s);
    if (n >= 2 && n > bestShared && isPoint(s)) {
      best = s;
      bestShared = n;
    }
  }
  return best === null ? null : { text: best, at: k };
}

/** The sentence of a comment that gives a fix, with the code it introduces: a solution or proposal
 * followed by code first, then a solution or proposal, then any sentence introducing code; never
 * the writer's report of what they ran. */
function fixSentence(sentences: string[], body: string): { text: string; withCode: boolean } | null {
  // The writer's report of their own doings ("I ran it with X instead of Y") offers no fix.
  // A heading or a bare label over code ("### output:") introduces no fix either.
  const fixes = sentences.filter((s) => (isPoint(s) || codeAfter(s, body) !== null) && !isFirstPerson(s) && s.split(/\s+/).length >= 3 && !isHeadingLine(s, body)).map((s) => {
    const n = normalizeForMatch(s);
    return { s, fix: SOLUTION.test(n) || PROPOSAL.test(n), code: codeAfter(s, body) };
  });
  const pick = fixes.find((x) => x.fix && x.code) ?? fixes.find((x) => x.fix && isPoint(x.s)) ?? fixes.find((x) => x.code && /:\s*$/.test(x.s));
  if (!pick) return null;
  return pick.code ? { text: `${displayText(pick.s, body).replace(/[\s:]+$/, "")}: \`${pick.code.replace(/`/g, "'")}\``, withCode: true } : { text: pick.s, withCode: false };
}

/** True when the point's own writer takes it back later in the same comment or in their next one. */
function retracted(a: Agreement, comments: Comment[], features: CommentFeatures[]): boolean {
  const k = indexOf(comments, a.commentId);
  if (k < 0) return false;
  const own = features[k].sentences;
  const at = own.findIndex((s) => keyTerms(s).join(" ") === keyTerms(a.text).join(" "));
  if (own.slice(at < 0 ? 0 : at + 1).some((s) => RETRACTION.test(normalizeForMatch(s)))) return true;
  const next = comments.findIndex((c, j) => j > k && c.author.login === a.author);
  return next > 0 && RETRACTION.test(normalizeForMatch(features[next].sentences[0] ?? ""));
}

/** The agreement on another text, possibly of an earlier comment by the same person (its link follows). */
function moved(a: Agreement, at: Comment, text: string): Agreement {
  const out: Agreement = { ...a, text, commentId: at.id };
  if (at.url) out.url = at.url;
  else delete out.url;
  return out;
}

/** The first later reply, by someone other than the point's author, that disputes it (after its last agreement). */
function disputeOf(a: Agreement, comments: Comment[], features: CommentFeatures[]): number {
  const k = indexOf(comments, a.commentId);
  if (k < 0) return -1;
  const terms = keyTerms(a.text);
  const agreedAt = Math.max(k, ...a.agreementCommentIds.map((id) => indexOf(comments, id)));
  for (let j = k + 1; j < comments.length; j++) {
    if (comments[j].author.login === a.author || a.agreementCommentIds.includes(comments[j].id)) continue;
    const f = features[j];
    const disputes = f.sentences.slice(0, 3).some(isDispute);
    if (!disputes) continue;
    const shared = terms.filter((t) => f.terms.includes(t)).length;
    // The reply right after the point (or after its agreement) answers it; a later one must name it.
    const answersIt = j === k + 1 || j === agreedAt + 1;
    if ((answersIt && shared >= 1) || (terms.length > 0 && shared / terms.length >= 0.5)) return j;
  }
  return -1;
}

/** Agreed points that are points (narrowed to the part answered), and the disputed ones as differences. */
export function separateDisputed(agreements: Agreement[], comments: Comment[], features: CommentFeatures[]): { agreed: Agreement[]; differences: Difference[] } {
  const agreed: Agreement[] = [];
  const differences: Difference[] = [];
  for (const { fromClaim, ...a0 } of agreements) {
    const part = answeredPart({ ...a0, ...(fromClaim ? { fromClaim } : {}) }, comments, features);
    if (part?.drop) continue;
    // A long sentence is cut where a clause ends, not mid-way before its point.
    const shown = (t: string) => firstClauses(t, 200) ?? clip(t, 200);
    const a: Agreement = part ? moved(a0, comments[part.at], part.withCode ? clip(part.text, 200) : shown(displayText(part.text, comments[part.at].body))) : a0;
    // The part a reply answers is held to the same test as any agreed point (a question it answered is no point).
    if (!isPoint(a.text) || (part && !a.whole && !statesAgreedPoint(a.text)) || retracted(a, comments, features)) continue;
    const j = disputeOf(a, comments, features);
    if (j < 0) {
      agreed.push(a);
      continue;
    }
    const by = comments[j];
    const d: Difference = {
      text: a.text,
      author: a.author,
      commentId: a.commentId,
      disputedBy: { text: clip(displayText(features[j].sentences.find(isDispute) ?? features[j].sentences[0] ?? "", by.body), 200), author: by.author.login, commentId: by.id, createdAt: by.createdAt, ...(by.url ? { url: by.url } : {}) },
    };
    if (a.url) d.url = a.url;
    differences.push(d);
  }
  return { agreed, differences };
}
