// An agreed point read as what was agreed: a proposal asked as a question ("Should we send a
// delivery id?") that others then agreed to is stated as one ("We should send a delivery id.").
// Only the plain "should / shall / could / can we …?" form of a single sentence is rewritten;
// anything else is kept word for word.

const PROPOSAL_QUESTION = /^(should|shall|could|can)\s+we\s+([^?!]+?)\s*\?+$/i;

/** The statement a one-sentence proposal question stands for, or the text unchanged. */
export function asAgreedStatement(text: string): string {
  // A label before the proposal ("Question: shall we…?", Conventional Comments style) is not part of it.
  const trimmed = text.trim().replace(/^(?:question|suggestion|proposal|idea|thought)\s*(?:\([^)]*\))?\s*:\s*(?=(?:should|shall|could|can)\s+we\b)/i, "");
  const m = PROPOSAL_QUESTION.exec(trimmed);
  if (!m || /[.;:]\s/.test(m[2])) return text;
  const modal = m[1].toLowerCase() === "shall" ? "should" : m[1].toLowerCase();
  return `We ${modal} ${m[2]}.`;
}
