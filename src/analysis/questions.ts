// Which sentences ask a genuine question (with or without "?"), and which are rhetorical or
// criticism dressed as a question ("Why would anyone do this?"): those are heat, not open items.
import { anyOf } from "./any-of.ts";
import { memoByText } from "./text-memo.ts";

export type QuestionClass = "question" | "rhetorical";

const RHETORICAL: RegExp[] = [
  /\bwhy (?:on earth|the hell|the heck|in the world|in god's name)\b/,
  /\bwhy would (?:anyone|anybody|someone|somebody|you ever|any sane)\b/,
  /\bwho (?:on earth|in their right mind|the hell|the heck|would ever|thought this was)\b/,
  /^(?:seriously|really|are you (?:serious|kidding|joking)|is this a joke|wtf|what the (?:hell|heck|fuck))\b/,
  /\b(?:did|do|have|has) (?:you|they|he|she|anyone) (?:even|actually|ever) (?:read|test|tested|try|tried|look|looked|bother|bothered|run|check|checked|think|thought|compile|compiled)\b/,
  /\bwhat (?:were|are) you (?:thinking|smoking|doing)\b/,
  /\bhow (?:hard|difficult) (?:is|can) (?:it|this|that) (?:be|to)\b/,
  /\bhow many (?:more )?times\b/,
  /\bwhy (?:do|does|did|must|should) (?:you|they|he|she|people) (?:keep|always|never|insist)\b/,
  /\bwhat(?:'s| is) the point\b/,
  /\bwhy (?:can't|cannot|don't|won't|couldn't|didn't) you (?:just|ever|simply)\b/,
  /\bcan't you (?:just )?(?:read|see|understand|follow)\b/,
  /\bare you (?:even|actually|really) (?:reading|listening|serious|a)\b/,
  /\bwhy bother\b/,
  /\bam i the only one\b/,
  /\bis it (?:really )?too much to ask\b/,
  /\b(?:isn't|is not) (?:it|that) obvious\b/,
  /\bwhat did you expect\b/,
  /\bdo i (?:really )?(?:have|need) to (?:explain|repeat|say)\b/,
  /^(?:what gives|what's all this|what is all this)\b/,
  /\bis there really no (?:better|other|simpler|saner)\b/,
  /\bdo you (?:really|seriously|honestly) (?:want|need|think|expect|believe)\b/,
];
const RHETORICAL_ANY = anyOf(RHETORICAL);

const AUX_START =
  /^(?:is|are|was|were|do|does|did|can|could|should|would|will|shall|has|have|had|may|might|must|isn't|aren't|doesn't|don't|didn't|can't|couldn't|shouldn't|wouldn't|won't)\s+(?:it|this|that|there|we|you|i|they|he|she|these|those|the|a|an|any|anyone|anybody|someone|somebody|one|our|your|its)\b/;
const WH_START = /^(?:(?:what|why|how|when|where|which|who|whom|whose)\s+(?:is|are|was|were|do|does|did|can|could|should|would|will|happens|happened|about|if|exactly|else|kind|sort|not)\b|how come\b|(?:general |quick |side |one )?question[,:-]?\s+(?:why|what|how|is|are|do|does|can|should|would))/;
// Hedges and musings ("not sure if…", "I wonder whether…", "I'm curious…") are not asks: without a
// question mark they stay statements.
const INDIRECT =
  /\b(?:any (?:idea|ideas|thoughts|reason|pointers)|can (?:you|someone|somebody|anyone) (?:explain|clarify|confirm|elaborate)|could (?:you|someone|somebody|anyone) (?:explain|clarify|confirm|elaborate)|please (?:explain|clarify|confirm|elaborate)|do you know (?:if|whether|why|how|what)|i'd like to (?:know|understand)|i don't understand (?:why|how|what))\b/;
/** One- or two-word questions that carry no content of their own ("Right?", "Ok?"). */
const TRIVIAL = /^(?:right|ok|okay|no|yes|eh|huh|what|hmm|sure|again|thoughts|anyone|ping|why not|or not|see|correct|agreed|really|seriously)\W*$/;

const HEDGE_MARK = /[(,\s](?:i guess|i think|i suppose|maybe|perhaps|probably|i believe)\s*\?[\s)"'*_]*$/;


/** Lower-cases and strips leading Markdown/label noise so patterns can anchor at the start.
 * (Remembered per sentence: every cue matcher normalises the same sentences on every event.) */
export function normalizeForMatch(sentence: string): string {
  return normalizedMemo(sentence);
}
const normalizedMemo = memoByText(20_000, normalizeUncached);

function normalizeUncached(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^(?:[\s>*_#`"'([]|-(?!1\b))+/, "")
    .replace(/^(?:also|and|but|so|ok|okay|hmm|well|sorry|hi|hey|then|btw|one more thing)[,:]?\s+/, "")
    .trim();
}

/** True when a sentence reads as a question only by its question mark: no asking word opens it
 * ("Someone self-hosting it behind a proxy?"), the elliptical form writers use to pose a case. */
export function asksOnlyByMark(sentence: string): boolean {
  const s = normalizeForMatch(sentence);
  return /\?/.test(s) && !AUX_START.test(s) && !WH_START.test(s) && !INDIRECT.test(s);
}

/** True for rhetorical questions and criticism phrased as one. */
export function isRhetorical(sentence: string): boolean {
  const s = normalizeForMatch(sentence);
  return RHETORICAL_ANY.test(s);
}

/**
 * Classifies one sentence: a genuine "question", a "rhetorical" one, or null (not a question).
 * Cheap: only regular expressions.
 */
export function classifyQuestion(sentence: string): QuestionClass | null {
  const s = normalizeForMatch(sentence);
  if (!s) return null;
  const hasMark = /\?\s*[)"'*_]*\s*$/.test(s) || /\?\s/.test(s);
  const asks = hasMark || AUX_START.test(s) || (WH_START.test(s) && s.split(/\s+/).length <= 25) || INDIRECT.test(s);
  if (!asks) return null;
  // "Had the same thing happen to me today", "Has an option to add it to the path": a narrative with
  // the subject left out, not an ask.
  if (!hasMark && /^(?:had\s|(?:has|have)\s+(?:a|an|the|some|its|their|our|your|this|that)\s)/.test(s)) return null;
  if (RHETORICAL_ANY.test(s)) return "rhetorical";
  if (TRIVIAL.test(s.replace(/\?/g, "").trim())) return null;
  // A question mark that only hedges ("…hotkeys (I guess?", "…the cache, maybe?") asks nothing.
  if (HEDGE_MARK.test(s) && !/\?\s*\S/.test(s.replace(HEDGE_MARK, ""))) return null;
  // A sentence with "?" only inside a URL-like token or a code identifier is not a question.
  if (hasMark && !/[a-z]/.test(s.replace(/\S*\?\S+/g, ""))) return null;
  return "question";
}
