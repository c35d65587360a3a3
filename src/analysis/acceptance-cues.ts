// Lexical cues of a reply that accepts what the previous speaker said, on one sentence:
// a confirmation that a suggested fix works ("yup, that works", "that was it"), a concession
// ("you're right", "valid point", "good idea"), or a bare acceptance ("ok", "sure", "yes").
// Whether the reply really answers someone is decided from the thread's turns (agreements.ts).
import { normalizeForMatch } from "./questions.ts";
import { withoutAddress } from "./own-words.ts";

export type AcceptanceKind = "confirm" | "concede" | "accept";

/** Leading interjections a confirmation may start with ("yup, that works"). */
const LEAD = String.raw`(?:(?:yes|yup|yep|yeah|ok|okay|great|perfect|awesome|wonderful|excellent|nice|confirmed|thanks|thank you|wow)\b[\s,.!:;)(-]*)*`;
const CONFIRM: RegExp[] = [
  // "that works", "it works now", "this fixed it", "that did the trick", "which solves it"
  new RegExp(
    String.raw`^${LEAD}(?:it|that|this|which|the (?:fix|patch|workaround|change|build|snippet|suggestion|config|setting|solution|trick|new version|test build))(?:'s| is| does| has)? (?:now |indeed |really |definitely |actually )?(?:works?|worked|working|(?:did|was) (?:it|the trick)|fix(?:es|ed) (?:it|the (?:problem|issue|bug))|solve[sd] (?:it|the (?:problem|issue))|helped)\b`,
  ),
  // "I tried X and it worked", "X works for me now", "I can confirm X works"
  /\b(?:and|now) (?:it|that|everything) (?:works|worked|is working|goes well|is (?:well|fine|good))\b/,
  /\bi can confirm\b.*\b(?:works?|worked|working|fixe[sd]|solve[sd])\b/,
  new RegExp(String.raw`^${LEAD}(?:works?|worked) (?:for me )?(?:now|again)\b|\bworked for me\b`),
  // "yes, plain console solves it"
  // (a verb: "your work is appreciated" confirms nothing)
  new RegExp(String.raw`^(?:yes|yup|yep|yeah|confirmed)\b[\s,.!:;-]+.*\b(?<!\b(?:your|my|our|their|his|her|the|this|that|good|great|nice|hard|of) )(?:works?|worked|solves?|solved|fix(?:es)?|fixed)\b`),
  /\bnow everything (?:is|goes|works) (?:well|fine|good)\b/,
];
/** Words that turn a "works" sentence into a hope or a condition. */
const CONDITIONAL = /\b(?:if|hope|whether|should|would|might|could|maybe|perhaps|unless|until)\b/;
/** Words that, before the confirming words, turn them into a report of failure ("it still doesn't work"). */
const NEGATION = /\b(?:not|no longer|never|nothing|cannot|cant|fail\w*|still (?:broken|fails|crash\w*))\b|n't\b/;
/** Sarcasm markers ("oh great, that fixed it", "/s"). */
const SARCASM = /^(?:oh|just|yeah,? right)\b[\s,]*(?:great|perfect|wonderful)\b|\/s\b|\bthanks for nothing\b|\byeah,? right\b/;

/** "That works on Linux, but not on Windows": a contrast that takes the confirmation back. */
const TAKEN_BACK = /\b(?:but|except)\b\s+(?:(?:it|that|this)\s+)?(?:not\b|(?:still\s+)?(?:fails|crashes|breaks|is broken|doesn't|does not|isn't|is not|won't)\b|only\b)/;

function confirms(s: string): boolean {
  if (CONDITIONAL.test(s) || TAKEN_BACK.test(s)) return false;
  return CONFIRM.some((re) => {
    const m = re.exec(s);
    return m !== null && !NEGATION.test(s.slice(0, m.index + m[0].length));
  });
}

const CONCEDE =
  /(?:^|\b)(?:you'?re (?:right|correct)|you are (?:right|correct)|@\S+ is (?:right|correct)|i (?:can )?confirm @[\w-]+'s? (?:observation|finding|analysis|diagnosis|explanation|point|theory)|(?:valid|fair|good|great) point|(?:good|great|nice|neat) (?:idea|catch|call|suggestion)|that'?s (?:a )?(?:good|great|nice) (?:idea|call|suggestion)|exactly what i|well[- ]?(?:said|stated|put)|(?:an )?interesting way|(?:great|awesome|good) news|makes sense to me)\b|^(?:indeed|exactly|absolutely|true|correct)\b/;
const NOT_CONCEDE = /\b(?:not|n't|never|hardly|dis\w+)\s+(?:\w+\s+)?(?:right|correct|(?:a )?(?:good|great|nice|valid|fair)|what i)|^if\b/;
/** A contrast after the concession ("…, but") keeps only what comes before it, and only a stated point. */
const CONTRAST = /\b(?:but|however|although|though)\b/;
/** "I see that X, but Y" concedes X; "I see that X" alone only observes it. */
const SEE_BUT = /^i see that\b.*\b(?:but|however)\b/;

/** A sentence that is only an acceptance, maybe after one interjection: "ok", "sure.", "Bluh, yes I suppose so",
 * "perfect, thanks!", "I see." */
const ACCEPT = /^(?:(?!no\b|nope\b|not\b)\w+[,!]+\s+)?(?:yes|yeah|yep|yup|ok|okay|sure|alright|all right|absolutely|of course|will do|sounds fair|(?:perfect|awesome|excellent|great|wonderful|cool)[,!.]*\s*(?:thanks|thank you)(?: (?:a lot|so much|very much))?|i see|got it|understood)(?:\b[\s,.!:;)(-]*(?:i suppose so|i think so|of course|will do|thanks?|thank you)?)?[\s.!:;)(-]*$/;

/** A short opening that leaves the acceptance to the next sentence ("Wonderful!! It works!!"). */
const INTERJECTION = /^(?:@[\w-]+[\s,:]*)*(?:wonderful|great|awesome|perfect|excellent|nice|cool|amazing|brilliant|wow|yes|yup|yeah|yep|ok|okay|thanks|thank you|hi|hello|hey|confirmed)\b[^a-z]*$/i;

/** True when the sentence is only an interjection, thanks or greeting. */
export function isInterjection(sentence: string): boolean {
  return INTERJECTION.test(sentence.trim());
}

/** The kind of acceptance this sentence expresses, or null. Questions are never acceptance. */
export function acceptanceCue(sentence: string): AcceptanceKind | null {
  const plain = withoutAddress(sentence.trim());
  const s = normalizeForMatch(plain);
  if (!s || /\?/.test(s) || SARCASM.test(s)) return null;
  if (confirms(s)) return "confirm";
  // "@lineus is correct." names whom it concedes to: the mention is stripped above, the verb stays.
  const named = plain !== sentence.trim() && /^(?:is|was) (?:right|correct|spot on)\b/.test(s);
  if ((CONCEDE.test(s) || SEE_BUT.test(s) || named) && !NOT_CONCEDE.test(s) && (!CONTRAST.test(s) || concededPoint(plain) !== null)) return "concede";
  if (ACCEPT.test(plain.toLowerCase().replace(/[’‘]/g, "'"))) return "accept";
  return null;
}

/** The point a concession restates beside its cue, before it ("An explicit flag is safer, you're right.")
 * or as its that-clause ("You are correct that the cache is per name"), or null when it says no point
 * of four words or more. */
export function concededPoint(sentence: string): string | null {
  const plain = withoutAddress(sentence.trim());
  const m = /^(?:ok(?:ay)?,? )?i see\b|\b(?:i think |yes,? |yeah,? )?(?:you'?re|you are) (?:right|correct)\b|\b(?:valid|fair|good|great) point\b|\bi (?:can )?confirm @[\w-]+'s? \w+\b/i.exec(plain);
  if (!m) return null;
  const before = plain.slice(0, m.index);
  const after = plain.slice(m.index + m[0].length);
  const that = /^\s*(?:about|that|on)\s+(.+)$/i.exec(after);
  const rest = (before.trim() ? before : that ? that[1] : "")
    .split(/[,;]?\s+\b(?:but|however|although|though)\b/i)[0].replace(/^[\s,.;:!?()—–-]+|[\s,.;:!—–-]+$/g, "");
  return rest.split(/\s+/).filter(Boolean).length >= 4 ? rest : null;
}
