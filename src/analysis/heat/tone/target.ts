// Who a comment's heat can be aimed at: people, or only things. A comment that names no person (no
// first person, no third-person pronoun or word for people such as "maintainers", "devs", "anyone",
// no "you" outside a sentence of courtesy) and whose only heat is a judgement of something ("the old
// build system was horrible to debug", "the dumb terminal does not support colors") is criticism of
// code, tools or docs: the full model's per-comment flag leaves it alone (tone/decision.ts) unless it
// also carries heat in its manner (impatience, shouting, mockery, a threat, a rhetorical question, an
// insult, blame, a brush-off). Reads the tokens and the rule hits only (no learned weights), so it is
// the same for every trained model. Chosen on held-out locked-issues repositories
// (eval/flag-point-eval.ts, docs/tone-model.md "Issue 18, round 3").
import { RULE_SLOTS } from "./rules.ts";
import type { RuleScan } from "./rules.ts";
import { FIRST_PERSON, SECOND_PERSON } from "./lexicon.ts";
import { BANG, QMARK, SENTENCE, WORD } from "./tokenize.ts";
import type { Tokens } from "./tokenize.ts";

/** Words that name or stand for a person or people, besides "you" and "I". */
export const PEOPLE_WORDS: ReadonlySet<string> = new Set([
  "we", "we're", "we've", "us", "our", "ours", "he", "he's", "him", "his", "she", "she's", "her", "hers",
  "people", "person", "persons", "folks", "guys", "guy", "dude", "man", "team", "anyone", "anybody", "someone", "somebody",
  "nobody", "noone", "everyone", "everybody", "maintainer", "maintainers", "dev", "devs", "developer", "developers",
  "author", "authors", "contributor", "contributors", "owner", "owners", "user", "users", "admin", "admins", "mods",
  "moderator", "moderators", "staff", "whoever",
]);

/** Rule slots that carry heat in the manner of saying, not in a judgement of the thing said about. */
const MANNER_SLOTS: ReadonlySet<number> = new Set(
  (["impatience", "shouting", "mockery", "threat", "rhetorical", "insult", "profanityPerson", "blame", "dismissal"] as const).map((s) =>
    RULE_SLOTS.indexOf(s),
  ),
);

/** Rule slots that make a sentence a courtesy (a polite question or request, thanks, praise, a hedge). */
const COURTESY_SLOTS: ReadonlySet<number> = new Set((["thanks", "hedge", "question", "praise"] as const).map((s) => RULE_SLOTS.indexOf(s)));

/**
 * True when the comment names no person: no first person, no third-person pronoun or word for
 * people, and no "you" outside a sentence of courtesy (a "you" in "could you split them out?" or
 * "your change looks good" aims no heat at the person; one in "you broke it" does). Per sentence.
 */
export function namesNoOne(t: Tokens, rules: RuleScan): boolean {
  const sentenceOf = new Int32Array(t.n);
  let sentence = 0;
  for (let i = 0; i < t.n; i++) {
    sentenceOf[i] = sentence;
    if (t.kind[i] === SENTENCE || t.kind[i] === QMARK || t.kind[i] === BANG) sentence++;
  }
  const courteous = new Set<number>();
  for (const h of rules.hits) if (COURTESY_SLOTS.has(h.slot)) courteous.add(sentenceOf[h.first]);
  for (let i = 0; i < t.n; i++) {
    if (t.kind[i] !== WORD) continue;
    const w = t.text[i];
    if (FIRST_PERSON.has(w) || PEOPLE_WORDS.has(w)) return false;
    if (SECOND_PERSON.has(w) && !courteous.has(sentenceOf[i])) return false;
  }
  return true;
}

/** True when the comment names no one and its rule hits hold no heat of manner: criticism of a thing at most. */
export function aboutThingsOnly(t: Tokens, rules: RuleScan): boolean {
  return namesNoOne(t, rules) && !rules.hits.some((h) => MANNER_SLOTS.has(h.slot));
}
