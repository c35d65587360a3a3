// The answer the thread gave to its opening question or report: a reply by someone other than
// the opener that explains, diagnoses, gives a workaround or says what to do, in its key
// sentence (answer-sentence.ts). The answer the opener accepted ("that works, thanks") comes
// first, unless answers came after the acceptance; otherwise the latest such reply by a maintainer (owner, member, collaborator), or, when
// the thread carries no roles, by anyone but the opener. A reply disputed afterwards (a
// difference, the opener saying it still fails or that it missed what they asked) is no answer, and a pull request's reviews
// answer no question; nor does a reply that reports the problem still there ("the build still
// fails because…"). The opener's own fix that someone else confirms works (opener-answer.ts) is
// the answer when it comes after the others'. A reply that opens by addressing a third person
// ("@kai try the other flag") answers that person, not the opener; a reply a later participant
// refutes by addressing its writer ("@ana that doesn't work either") is no answer; a reply neither
// accepted nor a maintainer's counts only when it engages the opener's problem (follows the opener's
// turn, names the opener, or shares a key term with what the opener wrote). Pure.
import { isMaintainer, type Comment, type ThreadKind } from "../thread/model.ts";
import type { CommentFeatures } from "./comment-features.ts";
import { answerSentence, followingFix, isFirstPerson } from "./answer-sentence.ts";
import { displayText } from "./display-text.ts";
import { openerAnswer } from "./opener-answer.ts";
import { addressesOnlyOthers, firstOwnLine, openingAddressees } from "./own-words.ts";
import { normalizeForMatch } from "./questions.ts";
import { clip, keyTermsOf } from "./text-units.ts";
import type { Difference, ThreadAnswer } from "./types.ts";
import { isClosingNotice } from "./closing-notice.ts";


/** The opener says the answer did not help ("still fails", "doesn't work", "same error"). */
const REJECTS =
  /\b(?:(?:still|also) (?:fails|failing|crash\w*|broken|happens|the same|not working|doesn't work|does not work|getting)|(?:doesn't|does not|didn't|did not|won't) (?:work|help|fix|solve|change)|not working|same (?:error|problem|issue|result)|no luck|no difference)\b/;

/** A report that the problem is still there: a failure, not an answer. */
const STILL_FAILS = /\bstill (?:fails|failing|crash\w*|broken|happens|(?:doesn't|does not) work|not working)\b/;

/** Heat at which a reply is not offered as the thread's answer (the summary would not quote it: coach/items.ts QUOTE_MAX_HEAT). */
const MAX_HEAT = 0.6;

/** A reply the thread reads hot, or more likely heated than not, is not offered as the answer. */
function tooHeated(f: CommentFeatures): boolean {
  return f.tone.hot || f.tone.score >= MAX_HEAT;
}

/** The opener says the reply missed what they asked ("I meant…", "I'm focusing more on X, not Y"). */
const MISREAD =
  /\b(?:i(?:'m| am) (?:focusing|asking|talking) (?:more |mostly |rather )?(?:on|about)|i (?:meant|was asking about|was talking about)\b|what i mean(?:t)? (?:is|was)\b|(?:that'?s|that is) not what i (?:meant|asked|mean)|not what i (?:meant|asked for)|you misunderstood|(?:i think )?you misread)/;

function rejects(f: CommentFeatures): boolean {
  return f.sentences.slice(0, 4).some((s) => REJECTS.test(normalizeForMatch(s)) || MISREAD.test(normalizeForMatch(s))) && !f.resolvesOwn;
}

function accepts(f: CommentFeatures): boolean {
  return f.acceptance?.kind === "confirm" || f.acknowledges;
}

/** A linking word that only ties the sentence to the one before ("However, that will not work…"): left out of the quote. */
function withoutLead(sentence: string): string {
  const rest = sentence.replace(/^(?:however|but|so|also|and|actually|well|anyway)\b[,\s]+/i, "");
  return rest === sentence || rest.length === 0 ? sentence : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** True when a reply opens by addressing only people other than the opener: a reply to a third person. */
function addressesThirdPerson(body: string, opener: string): boolean {
  if (!addressesOnlyOthers(body, opener)) return false;
  // "@kai is right: …" endorses the other's answer to the opener; it is no side remark.
  const first = firstOwnLine(body);
  return !/^\s*(?:@[\w-]+[\s,:]*)+(?:is |was |are )?(?:(?:absolutely |exactly |quite )?(?:correct|right)|yes|yep|agreed?|exactly)\b/i.test(first);
}

/** For each login, the places of later comments that open by addressing them and say it did not help (with their writers). */
function refutations(comments: Comment[], features: CommentFeatures[]): Map<string, { j: number; by: string }[]> {
  const out = new Map<string, { j: number; by: string }[]>();
  comments.forEach((x, j) => {
    const named = openingAddressees(x.body);
    if (named.length === 0 || !rejects(features[j])) return;
    for (const name of named) out.set(name, [...(out.get(name) ?? []), { j, by: x.author.login.toLowerCase() }]);
  });
  return out;
}

/** True when someone other than the writer of comment i later opens by addressing the writer and says it did not help. */
function refutedLater(comments: Comment[], refuted: Map<string, { j: number; by: string }[]>, i: number): boolean {
  const writer = comments[i].author.login.toLowerCase();
  return (refuted.get(writer) ?? []).some((r) => r.j > i && r.by !== writer);
}

/** True when a reply engages the opener's problem: it replies to the opener's turn right before it or
 * to the opener by name, or shares a key term with what the opener wrote. */
function engagesOpener(comments: Comment[], i: number, openerTerms: OpenerTerms): boolean {
  const opener = comments[0].author.login;
  if (comments[i - 1]?.author.login === opener) return true;
  if (openingAddressees(comments[i].body).includes(opener.toLowerCase())) return true;
  const theirs = openerTerms.before(i);
  return keyTermsOf(comments[i].body).some((t) => theirs.has(t));
}

/** The key terms of the opener's comments before a given index, gathered once as the scan moves forward (asked in order). */
interface OpenerTerms {
  before(i: number): ReadonlySet<string>;
}

function openerTermsOf(comments: Comment[]): OpenerTerms {
  const opener = comments[0]?.author.login;
  const terms = new Set<string>();
  let upTo = 0;
  return {
    before(i) {
      if (i < upTo) {
        terms.clear();
        upTo = 0;
      }
      for (; upTo < i; upTo++) if (comments[upTo].author.login === opener) for (const t of keyTermsOf(comments[upTo].body)) terms.add(t);
      return terms;
    },
  };
}

/** The thread's answer to its opening post, or undefined when no reply answers in words. */
export function threadAnswer(kind: ThreadKind, comments: Comment[], features: CommentFeatures[], differences: Difference[]): ThreadAnswer | undefined {
  // A pull request's replies review a change: they do not answer a question.
  if (kind === "pull_request") return undefined;
  const opener = comments[0];
  if (!opener || opener.kind !== "body" || opener.author.isBot) return undefined;
  const disputed = new Set(differences.map((d) => d.commentId));
  const candidates: { i: number; sentence: string; acceptedIn?: string }[] = [];
  const refuted = refutations(comments, features);
  const openerTerms = openerTermsOf(comments);
  // The opener's next comment after each index.
  const nextOpener: number[] = new Array(comments.length).fill(-1);
  for (let j = comments.length - 2; j >= 0; j--) nextOpener[j] = comments[j + 1].author.login === opener.author.login ? j + 1 : nextOpener[j + 1];
  for (let i = 1; i < comments.length; i++) {
    const c = comments[i];
    const f = features[i];
    if (c.author.login === opener.author.login || c.author.isBot || disputed.has(c.id)) continue;
    if (tooHeated(f)) continue;
    // A reply to a third person ("@kai try the other flag") answers them, not the opening post.
    if (addressesThirdPerson(c.body, opener.author.login)) continue;
    // A reply someone later tells its writer did not work is a refuted tip.
    if (refutedLater(comments, refuted, i)) continue;
    // A comment mostly about the writer's own attempts is a report (a second reporter's), not an answer.
    if (f.sentences.filter(isFirstPerson).length * 2 >= f.sentences.length) continue;
    const sentence = answerSentence(f.sentences);
    if (!sentence) continue;
    // "The build still fails because X isn't used" reports a failure (a tester's), it answers nothing.
    if (STILL_FAILS.test(normalizeForMatch(sentence))) continue;
    // The opener's next comment after it says whether it helped.
    const next = nextOpener[i];
    if (next >= 0 && rejects(features[next])) continue;
    // Accepted: the opener's next comment accepts, and nobody else answered in between.
    const between = next >= 0 ? comments.slice(i + 1, next).some((x, k) => x.author.login !== opener.author.login && answerSentence(features[i + 1 + k].sentences)) : true;
    const accepted = next >= 0 && !between && accepts(features[next]);
    // A notice that closes or locks the thread (a lock bot posting as a user, "closing this for now")
    // is the thread's answer only when the opener then accepts what it says.
    if (!accepted && isClosingNotice(c)) continue;
    // Neither accepted nor a maintainer's: an answer only when it engages the opener's problem.
    if (!accepted && !isMaintainer(c.author.association) && !engagesOpener(comments, i, openerTerms)) continue;
    candidates.push(accepted ? { i, sentence, acceptedIn: comments[next].id } : { i, sentence });
  }
  const maintainers = candidates.filter((x) => isMaintainer(comments[x.i].author.association));
  const rolesKnown = comments.some((c) => c.author.association !== "NONE");
  // The accepted answer, unless answers came after its acceptance (the asker asked on, the thread went further).
  const accepted = candidates.filter((x) => x.acceptedIn).at(-1);
  const acceptedAt = accepted ? comments.findIndex((c) => c.id === accepted.acceptedIn) : -1;
  const later = (rolesKnown ? maintainers : candidates).filter((x) => x.i > acceptedAt).at(-1);
  const chosen = later ?? accepted;
  // The opener's own fix, confirmed by someone else, after any other answer: the thread's answer.
  const own = openerAnswer(comments, features);
  if (own && (!chosen || own.index > chosen.i) && !tooHeated(features[own.index])) {
    const c = comments[own.index];
    const said = withoutLead(displayText(own.sentence, c.body)).replace(/[\s:.]+$/, "");
    const text = own.code ? `${said}: \`${own.code.replace(/`/g, "'")}\`` : said;
    const answer: ThreadAnswer = { text: clip(text, 200), author: c.author.login, commentId: c.id, createdAt: c.createdAt, byOpener: true, confirmedIn: comments[own.confirmedIn].id };
    if (c.url) answer.url = c.url;
    return answer;
  }
  if (!chosen) return undefined;
  const c = comments[chosen.i];
  // An answer that explains, then says what to do about it, is both sentences.
  const then = followingFix(features[chosen.i].sentences, chosen.sentence);
  const said = withoutLead(displayText(chosen.sentence, c.body)) + (then ? ` ${displayText(then, c.body)}` : "");
  const answer: ThreadAnswer = { text: clip(said, 200), author: c.author.login, commentId: c.id, createdAt: c.createdAt };
  if (c.url) answer.url = c.url;
  if (chosen.acceptedIn) answer.acceptedIn = chosen.acceptedIn;
  if (isMaintainer(c.author.association)) answer.role = "maintainer";
  return answer;
}
