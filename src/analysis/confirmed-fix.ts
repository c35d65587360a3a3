// What fixed it, when the outcome itself does not say ("Fixed in abc123", "Closing again", "it
// works"): the key sentence of a suggestion just before it — a change, an instruction or a
// diagnosis ("it should use X instead of Y, as Y ignores…", "the syntax should be used without
// quotes") — that the next person to reply, someone other than its writer, confirmed ("yes,
// right", "and it works!", "that was it"). Only a confirmed suggestion: a guess nobody took up is
// no fix. A question is none either, except the diagnostic one the author then owns up to ("is
// there any chance that X?" — "it is there, my bad"): its X is the cause. Pure.
import type { ItemRef } from "./types.ts";
import type { Comment, Thread } from "../thread/model.ts";
import { acceptanceCue } from "./acceptance-cues.ts";
import { answerScore } from "./answer-sentence.ts";
import { givesReason } from "./outcome-reason.ts";
import { ownSentences, ownText, withoutAddress } from "./own-words.ts";

/** How far back, in human comments before the outcome, a confirmed suggestion is looked for. */
const LOOK_BACK = 4;
const MAX_WORDS = 45;

/** A change or instruction stated as what should be done ("should use X", "X should be used without Y", "instead of"). */
const FIX_CUE =
  /\b(?:should (?:use|be used|be set|be called|be passed|be written|be changed|be replaced|be removed|be added)|(?:has|have|need|needs) to be (?:used|set|called|passed|written|changed|replaced|removed|added|signed|quoted|escaped)|instead of|the (?:fix|solution|workaround) (?:is|was))\b/i;
/** A diagnosis: "the problem is …", "the culprit was …". */
const CAUSE_CUE = /\bthe (?:problem|cause|culprit|issue) (?:is|was)\b/i;
/** A reply that opens by agreeing with the turn before it: "Yes right", "Yup, that's it", "Yes, that confirms it", "Exactly". A bare "yes" may only answer a question. */
const AGREES =
  /^(?:(?:yes|yeah|yep|yup)[\s,!.]+(?:right|exactly|indeed|correct|you'?re right|that'?s (?:it|right|correct|the (?:problem|issue|cause|culprit))|that (?:was|is) it|that confirms)|exactly|indeed)\b(?![\s,.!]*(?:but|however)\b)/i;

/** A question that puts forward a cause: "is there any possibility that X?", "could it be that X?". */
const HYPOTHESIS = /^(?:so,? |but,? )?(?:is there (?:any|a|some) (?:possibility|chance)|is it possible|could it be|might it be|any chance)\b[^?]*?\bthat\s+([^?]{12,})\?\s*$/i;
/** A reply owning up to the cause it was asked about: "my bad", "you're right", "that was it". */
const OWNS_UP = /\b(?:my bad|my mistake|my fault|i was wrong|silly me|you(?:'re| are) (?:right|correct)|that(?:'s| was) it|that was the (?:problem|issue|cause))\b/i;

export interface ConfirmedFix extends ItemRef {
  /** A change or instruction ("fix"), or what caused the problem ("cause"). */
  kind: "fix" | "cause";
  /** The comment that confirmed it. */
  confirmedIn: string;
  /** Who confirmed it. */
  confirmedBy: string;
}

/** A sentence cut of what only introduces code or a link after it ("…, like:", "…: https://…"). */
function trimmed(s: string): string {
  return withoutAddress(s)
    .replace(/[:,]?\s*https?:\/\/\S+\s*$/, "")
    .replace(/,?\s*(?:like|as in|e\.g\.|for example|such as|like this|as follows)?\s*:\s*$/i, ".")
    .trim();
}

/** The cause a diagnostic question of the comment puts forward ("could it be that X?" → X), or undefined. */
export function hypothesis(body: string): string | undefined {
  for (const raw of ownSentences(ownText(body))) {
    const m = HYPOTHESIS.exec(withoutAddress(raw).trim());
    if (m && m[1].split(/\s+/).length <= MAX_WORDS) return m[1].trim();
  }
  return undefined;
}

/** The sentence of a comment that states the change or the diagnosis, or undefined. */
export function fixSentence(body: string): string | undefined {
  let best: string | undefined;
  let bestScore = 1;
  for (const raw of ownSentences(ownText(body))) {
    const s = trimmed(raw);
    if (s.length === 0 || /\?\s*$/.test(s) || s.split(/\s+/).length > MAX_WORDS) continue;
    const score = answerScore(s) + (FIX_CUE.test(s) || CAUSE_CUE.test(s) ? 2 : 0);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/** True when the reply confirms the turn it answers: "it works", "that was it", "yes, right", "you're right". */
function confirms(c: Comment, suggestion: Comment): boolean {
  const sentences = ownSentences(ownText(c.body)).slice(0, 3).map((s) => withoutAddress(s));
  // "Yes, right" after a comment that asked something may answer the question, not confirm the fix.
  const asked = ownSentences(ownText(suggestion.body)).some((s) => /\?\s*$/.test(s));
  if (!asked && sentences[0] !== undefined && AGREES.test(sentences[0]) && !/\?\s*$/.test(sentences[0])) return true;
  return sentences.some((s) => {
    const cue = acceptanceCue(s);
    return cue === "confirm" || cue === "concede";
  });
}

/** True when the reply owns up to what it was asked about ("…it is there. Oops, my bad."). */
function ownsUp(c: Comment): boolean {
  return ownSentences(ownText(c.body)).slice(0, 4).some((s) => OWNS_UP.test(s) && !/\?\s*$/.test(s));
}

/** The confirmed suggestion the outcome at `settlingId` rests on, when one of the few comments before it (or the settling comment's own turn) carries one. */
export function confirmedFix(thread: Pick<Thread, "comments">, settlingId: string): ConfirmedFix | undefined {
  const comments = thread.comments;
  const at = comments.findIndex((c) => c.id === settlingId);
  if (at < 1) return undefined;
  let seen = 0;
  for (let j = at - 1; j >= 1 && seen < LOOK_BACK; j--) {
    const c = comments[j];
    if (c.author.isBot) continue;
    seen++;
    // The next human reply by someone else, up to the outcome, is the one that says whether it worked.
    const reply = comments.slice(j + 1, at + 1).find((x) => !x.author.isBot && x.author.login !== c.author.login);
    if (!reply) continue;
    const sentence = fixSentence(c.body);
    const asked = sentence === undefined ? hypothesis(c.body) : undefined;
    let found: { text: string; kind: "fix" | "cause" } | undefined;
    if (sentence !== undefined && confirms(reply, c)) found = { text: sentence, kind: (givesReason(sentence) || CAUSE_CUE.test(sentence)) && !FIX_CUE.test(sentence) ? "cause" : "fix" };
    else if (asked !== undefined && ownsUp(reply)) found = { text: asked, kind: "cause" };
    if (!found) continue;
    const ref: ConfirmedFix = { ...found, author: c.author.login, commentId: c.id, createdAt: c.createdAt, confirmedIn: reply.id, confirmedBy: reply.author.login };
    if (c.url !== undefined) ref.url = c.url;
    return ref;
  }
  return undefined;
}
