// Agreed points: explicit agreement ("agreed", "+1", "LGTM", "makes sense"), approvals, and
// replies that accept what they answer ("yup, that works", "you're right", "ok"), tied to WHAT
// was agreed (the quoted sentence, the named clause, the conceded point, a proposal put up for
// consent, or the main claim of the comment answered), merged when several people agree to the
// same thing. A text that says no point (a plain question, a disclaimer) is no agreed point.
import type { Comment, Thread } from "../thread/model.ts";
import type { Agreement } from "./types.ts";
import type { CommentFeatures } from "./comment-features.ts";
import { clip, keyTerms } from "./text-units.ts";
import { displayText } from "./display-text.ts";
import { asAgreedStatement, firstClauses, statesAgreedPoint } from "./agreed-statement.ts";
import { asksConsent, consentProposal, consents, withoutConsentCondition } from "./consent.ts";
import { answerSentence } from "./answer-sentence.ts";
import { acceptedQuote } from "./answered-quote.ts";
import { isBump, isMeToo } from "./agreement-cues.ts";
import { withoutAddress } from "./own-words.ts";

interface Target {
  text: string;
  /** The comment that made the point. */
  source: Comment;
  /** The comment whose words `text` is, when not the source's (a concession restating the point). */
  wordsOf?: Comment;
  /** `text` is the source's main claim, picked for the reply rather than named by it (differences.ts may narrow it). */
  fromClaim?: boolean;
  /** The change or proposal as a whole (an approval, a bare LGTM): `text` is the thread's title. */
  whole?: boolean;
}

/** Agreement to the change as a whole, when said outside any reply. */
const WHOLE_CHANGE = /\b(?:lgtm|sgtm|ship it|approv\w*)\b/i;

/** A determiner-led phrase with no subject pronoun, auxiliary or modal ("the follow-up issue for the settings page"): it names, it does not state. */
function isNounPhrase(clause: string): boolean {
  return /^(?:the|a|an|this|that|these|those|your|our|their|his|her)\s/i.test(clause.trim()) && !STATES.test(clause);
}
const STATES = /\b(?:i|we|you|they|he|she|it|is|are|was|were|be|been|being|should|will|would|can|could|must|may|might|shall|do|does|did|has|have|had)\b|'(?:ll|s|re|ve|d)\b/i;

/** The sentence of a comment that holds every key term of `clause`, and says more than it. */
function statingSentence(clause: string, f: CommentFeatures): string | undefined {
  const terms = keyTerms(clause);
  if (terms.length === 0) return undefined;
  return f.sentences.find((s) => s.length > clause.length && terms.every((t) => keyTerms(s).includes(t)) && !/\?\s*$/.test(s));
}

/** The nearest earlier comment (by someone else) that contains `text` or most of its key terms, or -1. */
function sourceOf(text: string, comments: Comment[], features: CommentFeatures[], before: number, notBy: string): number {
  const terms = keyTerms(text);
  const probe = text.replace(/\s+/g, " ").trim().slice(0, 50).toLowerCase();
  for (let k = before - 1; k >= 0; k--) {
    if (comments[k].author.login === notBy) continue;
    const prose = features[k].prose.replace(/\s+/g, " ").toLowerCase();
    if (probe && prose.includes(probe)) return k;
    if (terms.length && terms.filter((t) => features[k].terms.includes(t)).length / terms.length >= 0.6) return k;
  }
  return -1;
}

/** The comment this one answers: the latest earlier one by someone else in the same reply chain, else the previous one by someone else. */
function answered(comments: Comment[], j: number): number {
  const c = comments[j];
  const me = c.author.login;
  if (c.replyTo) {
    for (let k = j - 1; k >= 0; k--) {
      const x = comments[k];
      if (x.author.login !== me && (x.id === c.replyTo || x.replyTo === c.replyTo)) return k;
    }
  }
  for (let k = j - 1; k >= 0; k--) if (comments[k].author.login !== me) return k;
  return -1;
}

function claimOf(features: CommentFeatures[], k: number): string | null {
  // A proposal put up for consent ("…keep the old icon. Is that okay?") is what a reply agrees to.
  const proposal = consentProposal(features[k].sentences);
  if (proposal) return proposal;
  // The title names the thread; it states no point to agree to (an approval of the whole change quotes it: wholeChange).
  return features[k].claim;
}

/** What this comment agrees to, besides the change as a whole. */
function targetOf(comments: Comment[], features: CommentFeatures[], j: number): Target | null {
  const c = comments[j];
  const f = features[j];
  const me = c.author.login;
  const cue = f.agreement ?? {};
  // "I agree with @kai - it's time to revisit the default": the point in the agreeing writer's own
  // words, made by the person named (else by the comment answered).
  if (cue.point) {
    const named = cue.with?.toLowerCase();
    let at = -1;
    if (named && named !== me.toLowerCase()) for (let k = j - 1; k >= 0 && at < 0; k--) if (comments[k].author.login.toLowerCase() === named) at = k;
    if (at < 0 && !named) at = answered(comments, j);
    if (at >= 0) return { text: cue.point, source: comments[at], wordsOf: c };
  }
  if (cue.quote) {
    const k = sourceOf(cue.quote, comments, features, j, me);
    if (k >= 0) return { text: cue.quote, source: comments[k] };
  }
  const k = answered(comments, j);
  if (cue.clause) {
    const s = sourceOf(cue.clause, comments, features, j, me);
    const at = s >= 0 ? s : k;
    if (at >= 0) {
      // A short clause ("on the delivery id") names the point; the source's claim states it.
      const claim = claimOf(features, at);
      const short = cue.clause.split(/\s+/).length < 5;
      const covered = claim !== null && keyTerms(cue.clause).every((t) => keyTerms(claim).includes(t));
      if (short && covered && claim) return { text: claim, source: comments[at] };
      // A clause that only names a thing ("+1 to the follow-up issue for the settings page") is
      // not a point: the source's sentence that says it ("I'll open a follow-up issue for…") is.
      const stated = isNounPhrase(cue.clause) ? statingSentence(cue.clause, features[at]) : undefined;
      return { text: stated ? displayText(stated, comments[at].body) : cue.clause, source: comments[at] };
    }
  }
  // An answered comment that states nothing (a bare cc, a ping) passes the agreement on to the
  // latest earlier comment by someone else that does.
  for (let at = k; at >= 0; at--) {
    if (comments[at].author.login === me) continue;
    const claim = claimOf(features, at);
    if (claim) return { text: claim, source: comments[at], fromClaim: true };
    if (features[at].wordCount > 8) return null;
  }
  return null;
}

/** The comment a reply that accepts something answers: the comment of the person its accepting
 * sentence names, else the quoted one, else its reply chain's, else the turn just before it, when
 * that turn is someone else's (a reply after one's own comment answers no one in particular). */
function acceptedSource(comments: Comment[], features: CommentFeatures[], j: number): number {
  const c = comments[j];
  const me = c.author.login.toLowerCase();
  for (const login of features[j].acceptance?.mentions ?? []) {
    const who = login.toLowerCase();
    if (who === me) continue;
    for (let k = j - 1; k >= 0; k--) if (comments[k].author.login.toLowerCase() === who) return k;
  }
  const quote = acceptedQuote(comments[j].body, features[j].quotes);
  if (quote) {
    const k = sourceOf(quote, comments, features, j, c.author.login);
    if (k >= 0) return k;
  }
  if (c.replyTo) return answered(comments, j);
  return j > 0 && comments[j - 1].author.login.toLowerCase() !== me ? j - 1 : -1;
}

/** What a reply that accepts (confirms a fix works, concedes a point, says "ok") agrees to, or null.
 * A confirmation or a bare "ok" that also asks something is still working the problem, and a bare
 * "yes" to a plain question is an answer, not agreement. */
function acceptedTarget(comments: Comment[], features: CommentFeatures[], j: number): Target | null {
  const f = features[j];
  const kind = f.acceptance?.kind;
  if (!kind) return null;
  // "Sure." or "yeah, you're right" in a heated comment is curt or sarcastic, not agreement.
  if (f.tone.hot) return null;
  if (kind !== "concede" && f.candidates.some((x) => x.kind === "question")) return null;
  const k = acceptedSource(comments, features, j);
  if (k < 0) return null;
  if (kind === "accept" && features[k].candidates.some((x) => x.kind === "question" && !asksToAgree(x.text))) return null;
  // "Great, thanks!" for a link or a pointer to the docs thanks for it, and agrees to nothing.
  if (kind === "accept" && POINTER.test(features[k].sentences[0] ?? "")) return null;
  // A concession that restates the point ("An explicit flag is safer, you're right") says best what was agreed.
  const point = f.acceptance?.point;
  if (point) return { text: point, source: comments[k], wordsOf: comments[j] };
  // A reply that quotes one sentence of the comment it accepts agrees to that sentence.
  const quote = acceptedQuote(comments[j].body, f.quotes)?.replace(/\s+/g, " ").trim();
  if (quote && quote.length <= QUOTE_CHARS && !/\n/.test(quote) && sourceOf(quote, comments, features, j, comments[j].author.login) === k) return { text: quote, source: comments[k] };
  const claim = claimOf(features, k);
  return claim ? { text: claim, source: comments[k], fromClaim: true } : null;
}

/** Longest quoted sentence taken as the agreed point itself. */
const QUOTE_CHARS = 200;

/** A reply that consents to a proposal the answered comment put up ("…keep the old icon. Is that
 * okay?" → "It's all good"; "…will send a PR if you agree" → "then sure"), or null. */
function consentTarget(comments: Comment[], features: CommentFeatures[], j: number): Target | null {
  const f = features[j];
  // As for an acceptance: a "sure" in a comment the thread reads hot is curt, not consent.
  if (f.tone.hot) return null;
  const first = f.sentences.find((s) => !isInterjectionOnly(s));
  if (!first || /\?\s*$/.test(first) || !consents(first)) return null;
  const k = acceptedSource(comments, features, j);
  if (k < 0) return null;
  const proposal = consentProposal(features[k].sentences);
  return proposal ? { text: proposal, source: comments[k] } : null;
}

const isInterjectionOnly = (s: string) => /^(?:@[\w-]+[\s,:]*)+$/.test(s.trim());

/** A comment that points somewhere ("See …", "There is a page about …", "Here's the doc"). */
const POINTER = /^(?:@[\w-]+[\s,:]*)*(?:see|cf\.?|check(?: out)?|read|look at|have a look|take a look|there(?:'s| is) (?:a|an|the|some)\b|here(?:'s| is| are)\b|this (?:page|doc|link|article|thread|issue)|relevant|related|docs?:|documentation:|fyi)/i;

/** A question that proposes something to agree to ("Should we…?", "I guess we should…?"). */
function asksToAgree(question: string): boolean {
  return /\b(?:should|shall|could|can) (?:we|i)\b|\b(?:how|what) about\b|\blet'?s\b|\bi guess we\b|\bok(?:ay)? (?:with|if)\b/i.test(question) || asksConsent(question);
}

/** The change as a whole: the thread's title, attributed to its opening post (even a bot's). */
function wholeChange(thread: Thread, comments: Comment[], features: CommentFeatures[]): Target | null {
  const body = thread.comments[0];
  if (!body || body.kind !== "body") return null;
  const text = thread.title || (comments[0] === body ? features[0].claim : null);
  return text ? { text, source: body, whole: true } : null;
}

/** Longest agreed line. */
const AGREED_CHARS = 200;

/** The words of the agreed point, as shown. A main claim picked for the reply that is too long to
 * show whole would be cut before its point: the source's answering sentence, or its first plain
 * statement short enough, says it instead. */
function pointOf(target: Target, f: CommentFeatures | undefined): string {
  const body = (target.wordsOf ?? target.source).body;
  const text = displayText(target.text, body);
  if (!target.fromClaim || !f || text.replace(/\s+/g, " ").length <= AGREED_CHARS) return text;
  const fits = (s: string) => displayText(s, body).replace(/\s+/g, " ").length <= AGREED_CHARS;
  // The claim's own first clause, when it ends at a contrast or a semicolon and still says something.
  const head = firstClauses(text, AGREED_CHARS);
  if (head) return head;
  const answer = answerSentence(f.sentences);
  if (answer && fits(answer)) return displayText(answer, body);
  const plain = f.sentences.find((s) => s !== target.text && fits(s) && s.split(/\s+/).length >= 6 && !/\?\s*$/.test(s) && !agreementLike(s));
  return plain ? displayText(plain, body) : text;
}

const agreementLike = (s: string) => /^(?:thanks?|thank you|hi|hello|hey)\b/i.test(s.trim());

/** Agreements of the thread, merged per agreed point, in order of first agreement. */
export function findAgreements(thread: Thread, comments: Comment[], features: CommentFeatures[]): Agreement[] {
  const merged = new Map<string, Agreement>();
  const featuresOf = new Map(comments.map((c, i) => [c.id, features[i]]));
  const add = (given: Target, c: Comment, confirmed = false): void => {
    let target = given;
    const source = target.source;
    if (source.author.login === c.author.login) return;
    let statement = asAgreedStatement(withoutConsentCondition(pointOf(target, featuresOf.get(source.id))));
    // An agreed line says a point: not a plain question, a disclaimer, a hedge or a wondering (the
    // change as a whole is its title). When what was agreed to only wonders ("I'm wondering if
    // anything else breaks"), the agreeing reply's next sentence may say the point ("That's what I
    // thought. Changing the priorities is risky."): that, when it speaks of the same things; else nothing.
    if (!target.whole && !statesAgreedPoint(statement)) {
      const restated = restatement(c, source);
      if (!restated) return;
      target = { text: restated, source, wordsOf: c };
      statement = asAgreedStatement(displayText(restated, c.body));
    }
    const text = clip(statement, AGREED_CHARS);
    const key = `${source.id}|${keyTerms(target.text).join(" ")}`;
    let a = merged.get(key);
    if (!a) {
      a = { text, author: source.author.login, commentId: source.id, agreedBy: [], agreementCommentIds: [] };
      if (target.fromClaim) a.fromClaim = true;
      if (target.whole) a.whole = true;
      if (source.url) a.url = source.url;
      merged.set(key, a);
    }
    if (confirmed && !a.confirmedBy?.includes(c.author.login)) a.confirmedBy = [...(a.confirmedBy ?? []), c.author.login];
    if (!a.agreedBy.includes(c.author.login)) a.agreedBy.push(c.author.login);
    if (!a.agreementCommentIds.includes(c.id)) a.agreementCommentIds.push(c.id);
  };
  /** The agreeing reply's statement right after its agreement, when it says a point about what `source` said. */
  const restatement = (c: Comment, source: Comment): string | undefined => {
    const f = featuresOf.get(c.id);
    const next = f?.agreement?.next;
    if (!f || !next || !statesAgreedPoint(next) || f.actions.some((a) => a.text === next)) return undefined;
    const terms = new Set(featuresOf.get(source.id)?.terms ?? []);
    return keyTerms(next).some((t) => terms.has(t)) ? next : undefined;
  };
  comments.forEach((c, j) => {
    const f = features[j];
    const approved = c.reviewState === "APPROVED";
    if (f.agreement === null && !approved) {
      // A reply that accepts what it answers ("yup, that works", "you're right", "ok").
      const accepted = acceptedTarget(comments, features, j);
      if (accepted) add(accepted, c, features[j].acceptance?.kind === "confirm");
      // A reply that consents to the proposal it answers ("Sure.", "It's all good").
      const consent = accepted ? null : consentTarget(comments, features, j);
      if (consent) add(consent, c);
      return;
    }
    const cueOnWhole = thread.kind === "pull_request" && !c.replyTo && !f.agreement?.quote && !f.agreement?.clause && WHOLE_CHANGE.test(f.prose);
    // An approval (or a bare "LGTM" on a pull request) agrees to the change as a whole…
    if (approved || cueOnWhole) {
      const whole = wholeChange(thread, comments, features);
      if (whole) add(whole, c);
    }
    // …and any explicit agreement also to the point it answers.
    if (f.agreement !== null && !cueOnWhole) {
      const target = targetOf(comments, features, j);
      // On an issue a short "+1" / "same here" bump says "me too, I have it as well", not "agreed";
      // so does a comment that opens with a me-too, however it goes on (its own report follows).
      const first = withoutAddress(f.sentences[0] ?? "");
      const bump = thread.kind === "issue" && ((f.wordCount <= 12 && isBump(first)) || isMeToo(first));
      if (target && !bump) add(target, c);
    }
  });
  return [...merged.values()];
}
