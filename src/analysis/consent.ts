// A proposal put to the others for their consent: "If nobody objects, we'll tag 3.0 on Friday",
// "I propose we drop the legacy flag", "Until then, keep the old icon. Is that okay?", "…and will
// send a PR if you agree". The proposal sentence is the point a "sure" / "fine by me" / "it's all
// good" in reply agrees to (agreements.ts). Lexical cues only. Pure.
import { normalizeForMatch } from "./questions.ts";
import { withoutAddress } from "./own-words.ts";

/** A sentence that asks for consent to what was just proposed ("Is that okay?", "Any objections?"). */
const CONSENT_QUESTION =
  /^(?:(?:is|would|does|will) (?:that|this|it) (?:be )?(?:ok|okay|alright|all right|fine|acceptable|work for you|good with you|sound (?:ok|okay|good|fine|reasonable))|(?:are you|is everyone|everyone) (?:ok|okay|fine|happy|good) with (?:that|this|it)|(?:any|no) objections?|objections?|(?:ok|okay|fine|good|alright) (?:with you|for you|by you)|sounds? (?:ok|okay|good|reasonable)|what do you (?:think|say)|thoughts)\b[^?]{0,20}\?\s*$/;
/** A sentence that carries its own consent condition ("if nobody objects, …", "… if you agree"). */
const CONDITIONAL_CONSENT = /\bif (?:nobody|no one|no-one|none of you) (?:objects?|disagrees?|minds?)\b|\bif (?:you|everyone|all of you) (?:agree|are (?:ok|okay|fine|happy) with (?:it|that|this))\b|\bunless (?:someone|anyone|somebody|anybody) (?:objects?|disagrees?)\b/;
/** A sentence that proposes in so many words ("I propose we…", "my proposal is to…"). */
const PROPOSES = /^(?:so,? |then,? )?(?:i (?:propose|suggest)(?: that)? we\b|my (?:proposal|suggestion) (?:is|would be)\b|i'd (?:propose|suggest)(?: that)? we\b)/;

/** True when the sentence asks the others to consent to what was just said. */
export function asksConsent(sentence: string): boolean {
  return CONSENT_QUESTION.test(normalizeForMatch(sentence));
}

/** The sentence of a comment that puts a proposal up for consent, or null. */
export function consentProposal(sentences: readonly string[]): string | null {
  for (let i = 0; i < sentences.length; i++) {
    const s = normalizeForMatch(sentences[i]);
    if (/\?\s*$/.test(s)) {
      // The statement right before a consent question is what it asks about.
      const before = sentences[i - 1];
      if (asksConsent(sentences[i]) && before && !/\?\s*$/.test(before) && before.split(/\s+/).length >= 4) return before;
      continue;
    }
    if (CONDITIONAL_CONSENT.test(s) || PROPOSES.test(s)) return sentences[i];
  }
  return null;
}

/** A reply's opening that consents to a proposal put to it ("Sure.", "Fine by me", "It's all good",
 * "If that fixes it for you then sure", "No objections", "Go ahead"). Read only as a reply to a proposal. */
const CONSENTS =
  /^(?:(?:yes|yeah|yep|yup|sure|ok|okay|alright|all right|fine|of course|absolutely|definitely|please do|go (?:for it|ahead)|no objections?(?: from me| here)?|(?:that'?s |it'?s )?(?:all )?(?:good|fine)(?: (?:by|with|for) me)?|fine by me|works for me|sounds (?:good|fine|great|reasonable)(?: to me)?|agreed)\b)|\bthen (?:sure|ok|okay|yes|go ahead|please do)\b/;
const REFUSES = /\b(?:not|n't|no,|nope|rather not|disagree|object to)\b/;

/** True when the sentence consents to a proposal it answers. */
export function consents(sentence: string): boolean {
  const s = withoutAddress(normalizeForMatch(sentence));
  const m = CONSENTS.exec(s);
  return m !== null && !REFUSES.test(s.slice(0, m.index + m[0].length + 10));
}

/** The proposal without its consent condition ("If nobody objects, we'll tag 3.0 on Friday." → "We'll tag 3.0 on Friday."). */
export function withoutConsentCondition(sentence: string): string {
  const out = sentence
    .replace(/^(?:so,? |then,? )?(?:if (?:nobody|no one|no-one|none of you) (?:objects?|disagrees?|minds?)|unless (?:someone|anyone|somebody|anybody) (?:objects?|disagrees?))[,\s]+/i, "")
    .replace(/[,\s]+(?:if (?:you|everyone|all of you) (?:agree|are (?:ok|okay|fine|happy) with (?:it|that|this))|if (?:nobody|no one) (?:objects?|disagrees?|minds?))(?=[.!]*$)/i, "");
  return out === sentence || out.length === 0 ? sentence : out.charAt(0).toUpperCase() + out.slice(1);
}
