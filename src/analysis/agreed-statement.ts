// An agreed point read as what was agreed: a proposal asked as a question ("Should we send a
// delivery id?") that others then agreed to is stated as one ("We should send a delivery id.").
// Only the plain "should / shall / could / can we …?" form of a single sentence is rewritten
// (also after "I guess / I think / maybe" and a leading @mention); anything else is kept word for
// word. A text that says no point (a plain question, a disclaimer, a hedge or a wondering, a
// thank-you, a sentence cut before its point) is not an agreed point.
import { withoutAddress } from "./own-words.ts";
import { isBump } from "./agreement-cues.ts";

const PROPOSAL_QUESTION = /^(should|shall|could|can)\s+we\s+([^?!]+?)\s*\?+$/i;

/** The statement a one-sentence proposal question stands for, or the text unchanged. */
/** A courtesy that opens a sentence before its point ("Thanks for the patch, …", "I'm sorry, I was wrong about…"). */
const COURTESY_LEAD = /^(?:(?:many )?thanks?(?: you)?(?: (?:for|to) [^,.!;]{1,60})?|(?:i'?m |i am )?(?:so |very )?sorry(?: (?:for|about) [^,.!;]{1,60})?)[,!]\s+(?!but\b|though\b)(?=\S)/i;

export function asAgreedStatement(text: string): string {
  // A courtesy before the point is not part of it ("Thanks for the patch, the cache should…" → "The cache should…").
  const courtesy = COURTESY_LEAD.exec(text.trim());
  if (courtesy) {
    const rest = text.trim().slice(courtesy[0].length);
    if (rest.split(/\s+/).length >= 5) text = rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  // A quoted fragment that starts mid-sentence ("though right now I wonder if…", "But the cache…") loses its linking word.
  const fragment = /^(?:though|although|but|and|so|also|however|which)[,\s]+(?=[A-Za-z])/i.exec(text.trim());
  if (fragment) {
    const rest = text.trim().slice(fragment[0].length);
    text = rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  // A label before the proposal ("Question: shall we…?", Conventional Comments style) is not part of it.
  const trimmed = withoutAddress(text.trim()).replace(/^(?:i (?:guess|think|suppose)|maybe|perhaps)[,\s]+(?=we (?:should|could|can)\b)/i, "").replace(/^we (should|could|can)\b\s*(.+?\?+)$/i, "$1 we $2").replace(/^(?:question|suggestion|proposal|idea|thought)\s*(?:\([^)]*\))?\s*:\s*(?=(?:should|shall|could|can)\s+we\b)/i, "");
  const m = PROPOSAL_QUESTION.exec(trimmed);
  if (!m || /[.;:]\s/.test(m[2])) return text;
  const modal = m[1].toLowerCase() === "shall" ? "should" : m[1].toLowerCase();
  return `We ${modal} ${m[2]}.`;
}

/** A personal disclaimer or hedge that frames a point without making one ("Disclaimer: I'm not a
 * maintainer", "I may be wrong here", "Just my two cents"). */
const DISCLAIMER =
  /^(?:disclaimer\b|full disclosure\b|(?:i'?m|i am) (?:not|no) (?:a |an |the )?(?:maintainer|expert|lawyer|member|developer|contributor|dev|specialist)\b|i (?:may|might|could) be (?:wrong|mistaken)\b|(?:just )?my (?:two|2) cents\b|just my (?:opinion|view)\b|(?:i'?m )?not (?:sure|certain) (?:if|whether)\b)/i;

/** A question that proposes ("How about a flag for it?", "What if we cache per path?", "Why not
 * make it the default?", "Should the flag default to on?"): agreeing to it agrees to the proposal,
 * so it says a point. A question for information ("Is the hiding used currently?") proposes nothing. */
const PROPOSAL_QUESTION_ANY = /^(?:should|shall) (?!i\b)\w+|\b(?:(?:should|shall|could|can) we|(?:how|what) about|what if we|why not|would it make sense to|wouldn't it be (?:better|easier))\b/i;

/** A sentence that wonders, remembers or hedges instead of saying ("I wonder if…", "Right now I'm
 * wondering whether…", "I vaguely remember…", "Not sure if…", "Maybe we could…"): what it floats
 * is not yet a point anyone can agree to. */
const HEDGE =
  /^(?:(?:though|although|and|but|so),? )?(?:(?:right |just )?now,? |currently,? |also,? )?(?:i (?:just |also |still |was |am |'m )?wonder(?:ing)?\b|i'?m (?:just |also |still )?wondering\b|(?:just )?wondering\b|i (?:vaguely |faintly |kind of |sort of )?(?:remember|recall)\b|if i (?:remember|recall)\b|iirc\b|afaik\b|(?:i'?m |i am )?not (?:(?:so|too|really|entirely|100%|quite) )?(?:sure|certain)\b|i (?:don'?t|do not) know (?:if|whether|why|how)\b|no idea (?:if|whether|why)\b|i'?m curious (?:if|whether)\b|(?:maybe|perhaps) (?:we|you|i) (?:could|can|might)\b|i (?:guess|suppose) (?:maybe|we could)\b)/i;

/** An offer to do the work ("I'd love to take on some of this", "Happy to help with the docs",
 * "Putting my hand up for the parser", "I would be interested in helping implement this"), or a report
 * of one's own work done ("I've finally managed to get the refactor done"): welcoming it is a plan for
 * who does what, or praise, not agreement to a point. */
const OFFER =
  /^(?:i'?d (?:love|like|be (?:happy|glad)) to (?:help|take|work|contribute|pick|give it a)|i(?:'d| would) be (?:interested|happy|glad) (?:in|to) (?:help|work|contribut|implement|tak)|i(?:'ve| have)? (?:finally |just |now )?(?:managed to (?:get|finish|do|make)|finished|completed) (?:the |this |my |it\b)|i (?:can|could|will|'ll) (?:take (?:this|it|that) on\b|take on\b|pick (?:this|it|that) up\b)|(?:happy|glad) to help\b|putting my hand up|count me in\b)/i;

/** A bare reaction to something tried ("That's working much better!", "This looks great.", "It
 * works now!"): it says that something worked, not what. */
const REACTION =
  /^(?:that|this|it|everything|all)(?:'s| is| was| now| seems to be| looks)?(?: (?:now|all|really|much|so|way|definitely))* (?:working|works?|looks?|looking|is|seems)?(?: (?:now|all|really|much|so|way|fine|good|great|better|perfect|awesome|nice|well|again))*[.!]*$/i;

/** A thank-you or a greeting: a courtesy, not a point. */
const COURTESY = /^(?:thanks?|thank you|thx|many thanks|cheers|hi|hello|hey)\b/i;

/** A sentence that stops before its point: it ends in a function word or a colon (the point was in
 * the code or the quote that followed). */
const CUT_SHORT = /(?:\b(?:to|the|a|an|and|or|of|for|would|be)|[:,(])$/i;

/** True when an agreed text states a point: not a plain question (a proposal question is one),
 * not a disclaimer, a hedge, a wondering or a memory, not a thank-you, an offer to do the work or a
 * bare reaction ("That's working much better!"), and not cut before its point. */
export function statesAgreedPoint(text: string): boolean {
  const t = withoutAddress(text.trim());
  return (
    (!/\?\s*$/.test(t) || PROPOSAL_QUESTION_ANY.test(t)) && !DISCLAIMER.test(t) && !HEDGE.test(t) && !COURTESY.test(t) && !OFFER.test(t) && !REACTION.test(t) && !isBump(t) && !CUT_SHORT.test(t.replace(/[\s.…]+$/, ""))
  );
}

/** The leading clauses of a sentence too long to show whole, cut where a contrast or a semicolon
 * begins ("X should have worked in version 4, but I ran my test…" → "X should have worked in
 * version 4."), when they fit in `max` characters and say something (8 words or more); else null. */
export function firstClauses(text: string, max: number): string | null {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return null;
  const clauses = t.split(/(?:,\s+(?=(?:but|though|although|however|whereas|while|so)\b)|;\s+|\s+[—–]\s+)/);
  let head = "";
  for (const c of clauses) {
    const next = head ? `${head}, ${c}` : c;
    if (next.length > max - 1) break;
    head = next;
  }
  return head && head.split(/\s+/).length >= 8 ? `${head.replace(/[,;:\s]+$/, "")}.` : null;
}
