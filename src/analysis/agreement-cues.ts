// Lexical cues of agreement ("agreed", "+1", "LGTM", "makes sense", "good point") and of the
// asker's acknowledgement ("thanks, that answers it"), each on one sentence.
import { normalizeForMatch } from "./questions.ts";

const AGREE_START =
  /^(?:\+1|👍|:\+1:|:thumbsup:|lgtm|sgtm|agreed|agree\b|i (?:fully |completely |totally |strongly |also |too )?agree|(?:that |this |it )?makes (?:a lot of |total |perfect )?sense|good point|great point|fair point|fair enough|sounds (?:good|great|reasonable|fine|like a plan)|same here|exactly this|ship it|works for me|that works|i like (?:this|that|it|the idea|this idea|that idea)|i'?m (?:fine|ok|okay|happy|good) with|i am (?:fine|ok|okay|happy|good) with|i support|i'?m all for|i am all for|i (?:would |'d )?vote (?:for|on)|seconded|strong \+1|big \+1|huge \+1|that'?s (?:exactly )?what i (?:thought|think|figured|suspected|expected|found)|(?:i (?:came to|reached|arrived at|come to) )?(?:the )?same conclusion|my thoughts exactly|i (?:thought|think) (?:so|the same)(?: too| as well)?$)/;
const AGREE_ANYWHERE =
  /\b(?:i (?:fully |completely |totally |strongly |also )?agree|good point|fair point|sounds good|lgtm|sgtm|works for me|\+1|that'?s (?:exactly )?what i (?:thought|figured|suspected)|(?:came to|reached|arrived at) the same conclusion)(?:\b|\s|$)/;
/** "Makes sense" as a verdict on what was said ("Yes, makes sense", "that totally makes sense to me",
 * "it makes sense to keep it"), not said of a thing the writer brings up ("this step probably makes sense to port over"). */
const MAKES_SENSE =
  /(?:^|[,;:!.]\s*|\b(?:that|it|which|this)\s+(?:(?:totally|really|definitely|certainly|absolutely|also|now|all)\s+)?)makes (?:a lot of |total |perfect )?sense\b/;
const NEGATED =
  /\b(?:don't|do not|doesn't|does not|didn't|not|never|hardly|dis)\s*(?:\w+\s+)?(?:agree|make (?:any |much )?sense|makes sense|sound good|a good point)|\bdisagree|\bnot (?:really )?(?:a )?(?:good|fair) point|\bnot lgtm/;
const CLAUSE = /(?:\bagreed?|\+1)\s+(with|that|to|on)\s+(.+)$/;
const ACK =
  /\b(?:thanks|thank you|thx|got it|that answers|answers my question|answered my question|makes sense|fair enough|understood|i see|good to know|that clears|clears (?:it|that|this) up|that explains|ah,? (?:ok|okay|right|i see)|ok(?:ay)?,? (?:that|i see|got it|makes|thanks)|perfect,? thanks|resolved)\b/;

/** A bare "+1" or thumbs-up opening a sentence. */
const PLUS_ONE = /^(?:\+1|👍|:\+1:|:thumbsup:)(?=$|[\s.,!:;)])/;
/** A me-too: the writer has the problem too ("Same here", "Me too", "I'm having the same issue",
 * "Had the same problem", "bump"), after an optional "+1". It adds a witness to a report; it agrees to no point. */
const ME_TOO =
  /^(?:(?:\+1|👍|:\+1:|:thumbsup:)[\s.,!:;]*)?(?:same (?:here|for me|thing)\b|me too\b|same (?:issue|problem|error|bug)\b|(?:bump|ditto)(?=\s*(?:$|[.!,:;…]))|(?:i'?m|i am|we'?re|we are) (?:also |still )?(?:having|seeing|getting|experiencing|facing|running into|hitting) (?:the |this |exactly the )?(?:same|exact same|similar)\b|(?:(?:i|we) (?:also |too )?)?(?:have|had|having|get|got|see|saw|face|faced|experience|experienced|ran into|run into|hit) (?:the |this |exactly the |a |some )?(?:same|exact same|similar) (?:issues?|problems?|errors?|bugs?|behaviou?r|thing|crash(?:es)?)\b|(?:i|we) (?:also|too) (?:have|had|get|got|ran into|hit) (?:some |similar |these |those )?(?:issues|problems|trouble)\b)/;

/** True when the sentence is a "+1" / "same here" bump rather than agreement with a stated point. */
export function isBump(sentence: string): boolean {
  const s = normalizeForMatch(sentence);
  return PLUS_ONE.test(s) || ME_TOO.test(s);
}

/** True when the sentence is a me-too ("Same here", "I have the same problem"), at whatever length the comment goes on. */
export function isMeToo(sentence: string): boolean {
  return ME_TOO.test(normalizeForMatch(sentence));
}

export interface AgreementCue {
  /** The clause naming what was agreed ("agree that we drop Node 16" → "we drop Node 16"), if given. */
  clause?: string;
  /** The point in the agreeing writer's own words, after the agreement and whom it names ("I agree
   * with @kai - it's time to revisit the default", "Agreed: the default is too low"), if given. */
  point?: string;
  /** Whom that sentence names ("@kai" → "kai"). */
  with?: string;
}

/** "I agree with @kai - <point>", "Agree with you: <point>": whom, then the point restated after a dash, colon or semicolon. */
const AGREE_WITH_POINT = /\bagree(?:d|s)?\s+with\s+(@[\w-]+|you|him|her|them)(?:\s+(?:here|on this|there))?\s*(?:\s[-–—]|[:;]|,)\s+(.+)$/i;
/** "Agreed — <point>", "+1: <point>": a bare agreement, then the point restated after a dash, colon or semicolon. */
const AGREE_THEN_POINT = /^(?:i\s+(?:fully\s+|completely\s+|totally\s+)?agree|agreed|\+1)\s*(?:\s[-–—]|[:;])\s+(.+)$/i;
/** A rest that turns against the agreement or only thanks: no point restated. */
const NOT_A_RESTATEMENT = /^(?:but|though|although|however|except|thanks?|thank you)\b/i;

/** Agreement expressed in this sentence, or null. Questions and negated forms are not agreement. */
export function agreementCue(sentence: string): AgreementCue | null {
  const s = normalizeForMatch(sentence);
  if (!s || /\?\s*$/.test(s) || NEGATED.test(s)) return null;
  if (!AGREE_START.test(s) && !AGREE_ANYWHERE.test(s) && !MAKES_SENSE.test(s)) return null;
  const w = AGREE_WITH_POINT.exec(sentence) ?? AGREE_THEN_POINT.exec(sentence.trim());
  if (w) {
    const who = w.length > 2 ? w[1] : undefined;
    const point = w[w.length - 1].replace(/\s+/g, " ").trim();
    if (point.split(/\s+/).length >= 4 && !NOT_A_RESTATEMENT.test(point) && !/\?\s*$/.test(point)) {
      const out: AgreementCue = { point: point.charAt(0).toUpperCase() + point.slice(1) };
      if (who?.startsWith("@")) out.with = who.slice(1);
      return out;
    }
  }
  const m = CLAUSE.exec(s);
  if (m) {
    const tail = sentence.slice(sentence.length - m[2].length).replace(/[.!\s]+$/, "").trim();
    // A clause said inside parentheses loses the closing one with them.
    const clause = tail.includes("(") ? tail : tail.replace(/[)\s.]+$/, "");
    const first = clause.split(/\s+/)[0]?.toLowerCase() ?? "";
    // "agree with you", "agree to that" name whom or what; "agree that you shouldn't have to…" states a point.
    const names = m[1] !== "that" && /^(?:you|him|her|them|this|that|it|everything|all|@)/.test(first);
    if (clause.split(/\s+/).length >= 3 && !names && !/^@/.test(first)) return { clause };
  }
  return {};
}

/** True when the sentence acknowledges an answer ("thanks, that answers it", "got it"). */
export function isAcknowledgement(sentence: string): boolean {
  const s = normalizeForMatch(sentence);
  return Boolean(s) && !/\?\s*$/.test(s) && ACK.test(s);
}
