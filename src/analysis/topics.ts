// Topics of an open item: the noun phrases that really name what it is about ("retry policy",
// "session cache"), for facilitator questions and for describing an item without quoting it.
// Noun phrases are cleaned ("is there a way" → nothing, "tinymce Does" → "tinymce") and the ones
// that name no topic are rejected: generic nouns (question, thing, issue, way…), pronouns and
// contractions, chat words, the app's own words, words the tone lexicon counts as heat, people
// (@logins) and references (#123), very short or numeric tokens, single words that are not
// nouns on their own (the tagger's slips: "write", "fix"), and word stems that are not words of
// the text. Pure.
import { nounPhrases, readsAsNoun } from "./noun-phrases.ts";
import { stem, words } from "./text-units.ts";
import { LEXICON } from "./heat/tone/lexicon.ts";

/** Single words the tone lexicon counts as heat ("ridiculous", "idiot"): a topic never repeats them. */
const HEAT_WORD: ReadonlySet<string> = new Set(
  LEXICON.filter((e) => e.tokens.length === 1 && !["thanks", "apology", "hedge", "praise"].includes(e.category)).map((e) => e.tokens[0]),
);

/** Nouns that never name a topic on their own ("What would need to be true for questions to work?"). */
const GENERIC = new Set(
  `question questions ask asks answer answers thing things stuff something anything everything nothing
  issue issues problem problems way ways people person persons user users someone anyone everyone guy guys folks
  reason reasons option options idea ideas suggestion suggestions plan plans point points case cases part parts
  lot lots bit bits kind sort type matter fact detail details example examples help hope news moment moments time
  times today tomorrow yesterday day days week weeks year years fix fixes change changes work need needs
  happen put instead all side sides look looks try tries sure note notes info information update updates
  feedback result results error errors file files line lines step steps version versions feature features
  solution solutions approach approaches concern concerns worry worries risk risks comment comments thread threads
  discussion discussions conversation reply replies message messages post posts ticket tickets pr prs pull request
  requests review reviews reviewer reviewers maintainer maintainers contributor contributors author authors team
  before after during here there now then thanks thank please sorry yes no not maybe
  common ground coach coaching nudge nudges summary summarize bot bots app`.split(/\s+/),
);

/** Words that only qualify a generic noun ("same thing", "other reason", "valid issue"). */
const MODIFIER = new Set(
  `same other another valid separate related great exact clean old new big small little good bad different whole
  first last next previous current latest only real actual main simple proper correct wrong nice better best worse
  possible additional similar certain general specific particular various several many much more most few less
  any some each every such own open closed ol' quick short long full`.split(/\s+/),
);

/** Pronouns and contractions: never a topic, and "there a way" starts with one. */
const PRONOUN = /^(?:i|i'm|i've|i'd|i'll|me|my|mine|we|we're|we've|us|our|you|you're|you've|your|he|he's|him|his|she|she's|her|it|it's|its|they|they're|them|their|this|that|that's|these|those|there|there's|here|what|what's|which|who|whom|whose|one)$/i;

/** Chat words that can surface as a key term ("…for lol to feel safe"). */
const CHAT_WORD = /^(?:lol|lmao|rofl|ha(?:ha)+|he(?:he)+|omg|wtf|btw|imo|imho|afaik|tbh|fwiw|ok|okay|yeah|yep|nope|thx|pls|plz|cheers|hi|hello|hey)$/i;

/** Words left hanging at the end of a phrase by the tagger ("tinymce Does", "anyone of"). */
const TRAILING = /\s+(?:does|do|did|is|are|was|were|be|been|has|have|had|can|could|would|should|will|shall|may|might|must|maybe|weird|of|for|to|in|on|at|with|by|from|and|or|the|a|an)$/i;
/** "is there a way", "there any maintainer", "there a code execution path" → what follows. */
const EXISTENTIAL = /^(?:is\s+|are\s+)?(?:there|here)(?:\s+(?:is|are|was|were|'s))?\s+(?:(?:a|an|any|some|no)\s+)?/i;

const MENTION_OR_REF = /(?:^|\s)@[\w-]|#\d|\b[\w.-]+\/[\w.-]+#\d|\bGH-\d/i;

/** A noun phrase made fit to name: leading "there is a", trailing auxiliaries and "and …" cut off. */
export function cleanTopic(phrase: string): string {
  let p = phrase.replace(/[`*~]+/g, "").replace(/(^|\s)_+|_+(?=\s|$)/g, "$1").replace(/\s+/g, " ").trim();
  p = p.replace(/[([{<]+$/, "").replace(/^[)\]}>]+/, "").trim();
  p = p.split(/\s+(?:and|or|but|&)\s+/i)[0];
  p = p.replace(EXISTENTIAL, "").replace(/^(?:not|no|also|just|only|even|still)\s+/i, "");
  let before: string;
  do {
    before = p;
    p = p.replace(TRAILING, "").trim();
  } while (p !== before);
  return p.replace(/^(?:the|a|an)\s+/i, "").trim();
}

/** Link or image markup, or a URL scheme, anywhere in a phrase ("![x](javascript:…", "see https://…"): a topic is words, never a link. */
const LINK_OR_MARKUP = /\]\(|!\[|\b(?:https?|javascript|vbscript|data|file):/i;

/** True when the (cleaned) phrase names a topic: see the file comment for what it rejects. */
export function isTopic(phrase: string, text?: string): boolean {
  const p = phrase.trim();
  if (p.length < 3 || MENTION_OR_REF.test(p) || /^(?:https?|www)\b/i.test(p) || LINK_OR_MARKUP.test(p)) return false;
  if ((p.match(/\p{L}/gu) ?? []).length < 3) return false; // "5>6", "v2", "4.1"
  const ws = words(p);
  if (ws.length === 0 || ws.length > 6) return false;
  if (PRONOUN.test(ws[0]) || ws.some((w) => CHAT_WORD.test(w) || HEAT_WORD.has(w))) return false;
  // At least one word that is neither generic nor a mere qualifier ("same thing", "other reason").
  if (ws.every((w) => GENERIC.has(w) || MODIFIER.has(w) || PRONOUN.test(w) || /^\d/.test(w))) return false;
  // One plain lower-case word must read as a noun on its own: "write", "put", "fix", "dynamic" are
  // the tagger's slips in context ("Why would anyone write it…"), not topics.
  if (ws.length === 1 && /^[a-z]+$/.test(p) && !readsAsNoun(p)) return false;
  // Every word must be a word of the text: no stems ("possib") and no words the tagger invented.
  if (text !== undefined) {
    const own = new Set(words(text));
    if (!ws.every((w) => own.has(w))) return false;
  }
  return true;
}

/** The word of the text a key-term stem came from ("possib" → "possible"), or the stem itself. */
function wordOf(term: string, text: string): string {
  return words(text).find((w) => w === term || stem(w) === term) ?? term;
}

/**
 * The `max` phrases nounPhrases(text, max) would pick (multi-word ones preferred, in text order),
 * then the others in case those are rejected: one tagger pass serves both.
 */
function ranked(phrases: string[], max: number): string[] {
  const weight = (p: string) => Math.min(words(p).length, 3);
  const top = new Set(phrases.map((p, i) => ({ p, i, w: weight(p) })).sort((a, b) => b.w - a.w || a.i - b.i).slice(0, max).map((x) => x.p));
  return [...phrases.filter((p) => top.has(p)), ...phrases.filter((p) => !top.has(p))];
}

/**
 * Up to `max` topics of an item's text, in order, distinct; [] when it names none. `candidates`
 * replaces the noun phrases (the cheap lexical variant passes key terms, which may be stems).
 */
export function topicsOf(text: string, max = 3, candidates?: string[]): string[] {
  const raw = candidates ? candidates.map((c) => wordOf(c, text)) : ranked(nounPhrases(text, max + 3), max);
  const out: string[] = [];
  for (const r of raw) {
    const p = cleanTopic(r);
    if (!isTopic(p, text) || out.some((o) => o.toLowerCase() === p.toLowerCase())) continue;
    out.push(p);
    if (out.length === max) break;
  }
  return out;
}
