// What fixed it, when the outcome itself does not say ("Fixed in abc123", "Closing again", "it
// works"): the key sentence of a suggestion just before it — a change, an instruction or a
// diagnosis ("it should use X instead of Y, as Y ignores…", "the syntax should be used without
// quotes") — that the next person to reply, someone other than its writer, confirmed ("yes,
// right", "and it works!", "that was it"). Only a confirmed suggestion: a guess nobody took up is
// no fix. A suggestion phrased as a question is none either. Pure.
import type { ItemRef } from "./types.ts";
import type { Comment, Thread } from "../thread/model.ts";
import { acceptanceCue } from "./acceptance-cues.ts";
import { answerScore } from "./answer-sentence.ts";
import { ownSentences, ownText, withoutAddress } from "./own-words.ts";

/** How far back, in human comments before the outcome, a confirmed suggestion is looked for. */
const LOOK_BACK = 4;
const MAX_WORDS = 45;

/** A change or instruction stated as what should be done ("should use X", "X should be used without Y", "instead of"). */
const FIX_CUE =
  /\b(?:should (?:use|be used|be set|be called|be passed|be written|be changed|be replaced|be removed|be added)|(?:has|have|need|needs) to be (?:used|set|called|passed|written|changed|replaced|removed|added|signed|quoted|escaped)|instead of|the (?:fix|solution|workaround) (?:is|was)|the (?:problem|cause|culprit|issue) (?:is|was))\b/i;
/** A reply that opens by agreeing with the turn before it: "Yes right", "Yup, that's it", "Yes, that confirms it", "Exactly". A bare "yes" may only answer a question. */
const AGREES =
  /^(?:(?:yes|yeah|yep|yup)[\s,!.]+(?:right|exactly|indeed|correct|you'?re right|that'?s (?:it|right|correct|the (?:problem|issue|cause|culprit))|that (?:was|is) it|that confirms)|exactly|indeed)\b(?![\s,.!]*(?:but|however)\b)/i;

export interface ConfirmedFix extends ItemRef {
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

/** The sentence of a comment that states the change or the diagnosis, or undefined. */
export function fixSentence(body: string): string | undefined {
  let best: string | undefined;
  let bestScore = 1;
  for (const raw of ownSentences(ownText(body))) {
    const s = trimmed(raw);
    if (s.length === 0 || /\?\s*$/.test(s) || s.split(/\s+/).length > MAX_WORDS) continue;
    const score = answerScore(s) + (FIX_CUE.test(s) ? 2 : 0);
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
    const sentence = fixSentence(c.body);
    if (sentence === undefined) continue;
    // The next human reply by someone else, up to the outcome, is the one that says whether it worked.
    const reply = comments.slice(j + 1, at + 1).find((x) => !x.author.isBot && x.author.login !== c.author.login);
    if (!reply || !confirms(reply, c)) continue;
    const ref: ConfirmedFix = { text: sentence, author: c.author.login, commentId: c.id, createdAt: c.createdAt, confirmedIn: reply.id, confirmedBy: reply.author.login };
    if (c.url !== undefined) ref.url = c.url;
    return ref;
  }
  return undefined;
}
