// The rule layer: finds lexicon phrases, shouting, rhetorical and genuine questions in
// tokenized prose, and decides for each whether it counts, given negation ("this isn't
// stupid") and its target ("you're an idiot" vs "I'm an idiot, fixed" vs "damn flaky CI").
import type { ToneCategory } from "../../types.ts";
import { ACRONYMS, FIRST_PERSON, LEXICON_BY_FIRST, NEGATORS, QUESTION_STARTS, RHETORICAL, SECOND_PERSON } from "./lexicon.ts";
import type { LexEntry } from "./lexicon.ts";
import { BANG as BANG_KIND, CLAUSE as CLAUSE_KIND, QMARK as QMARK_KIND, WORD as WORD_KIND } from "./tokenize.ts";
import type { Tokens } from "./tokenize.ts";

// Local copies of imported bindings: under tsx they can compile to getters, which the
// per-token loops below would call millions of times.
const WORD: number = WORD_KIND;
const BANG: number = BANG_KIND;
const CLAUSE: number = CLAUSE_KIND;
const QMARK: number = QMARK_KIND;
const LEX = LEXICON_BY_FIRST;
const NEG = NEGATORS;
const YOU = SECOND_PERSON;
const ME = FIRST_PERSON;

/** Rule features: one slot per (category, target) the model weighs separately. */
export const RULE_SLOTS = [
  "insult", // name-calling, or a harsh judgement aimed at "you"
  "judgeThing", // a harsh judgement about a thing ("this is stupid")
  "mockery",
  "impatience",
  "frustration",
  "profanityPerson", // profanity near "you"
  "profanityOther", // profanity about a thing or the writer ("damn flaky CI")
  "threat",
  "absolute",
  "dismissal",
  "blame",
  "shouting",
  "rhetorical", // a rhetorical or hostile question
  "thanks",
  "apology",
  "hedge",
  "question", // a genuine question
  "praise",
] as const;
export type RuleSlot = (typeof RULE_SLOTS)[number];
export const SLOT: Record<RuleSlot, number> = Object.fromEntries(RULE_SLOTS.map((s, i) => [s, i])) as Record<RuleSlot, number>;

/** The playbook category each slot is shown as. */
export const SLOT_CATEGORY: readonly ToneCategory[] = [
  "insult", "frustration", "mockery", "impatience", "frustration", "profanity", "frustration", "threat", "absolute",
  "dismissal", "blame", "shouting", "dismissal", "thanks", "apology", "hedge", "question", "praise",
];

export interface RuleHit {
  slot: number;
  /** Token range [first, last] (inclusive). */
  first: number;
  last: number;
  strength: number;
}

export interface RuleScan {
  hits: RuleHit[];
  /** Heat phrases cancelled by a negation ("isn't stupid"). */
  negated: number;
  /** Token index of each negated heat phrase. */
  negatedAt: number[];
  /**
   * Token index of the word that negated each of them ("nothing" in "you broke nothing", "not" in
   * "this is not stupid"). The scan may also read that word as a cue of its own (an absolute); it is
   * the negation, not a second heat cue (tone/negation.ts). Not a model feature.
   */
  negatorAt: number[];
  /** The category of each negated heat phrase ("absolute" for "not always", "blame" for "you broke nothing"). Not a model feature. */
  negatedCategory: ToneCategory[];
  /** Token index of each self-directed judgement or name. */
  selfAt: number[];
  /** Judgements or names the writer aimed at themselves ("I'm an idiot"). */
  selfDirected: number;
  /** Second-person words. */
  secondPerson: number;
  /** Words. */
  words: number;
}

const SLOT_THANKS = SLOT.thanks;
const HEAT_CATEGORIES: ReadonlySet<ToneCategory> = new Set([
  "insult", "mockery", "impatience", "frustration", "profanity", "threat", "absolute", "dismissal", "blame", "shouting",
]);

function isNegator(w: string): boolean {
  return NEG.has(w) || w.endsWith("n't");
}

/** Token index of a negator within 4 words before `i`, in the same clause, or −1. */
function negatedBefore(t: Tokens, i: number): number {
  for (let j = i - 1, seen = 0; j >= 0 && seen < 4; j--) {
    if (t.kind[j] !== WORD) return -1;
    const w = t.text[j];
    if (w === "but") return -1;
    if (isNegator(w)) return j;
    seen++;
  }
  return -1;
}

/** "you broke nothing", "blame no one": a negating object right after the phrase; its token index, or −1. */
function negatedAfter(t: Tokens, last: number): number {
  const j = last + 1;
  if (j >= t.n || t.kind[j] !== WORD) return -1;
  const w = t.text[j];
  return w === "nothing" || w === "nobody" || (w === "no" && j + 1 < t.n && t.text[j + 1] === "one") ? j : -1;
}

/** Who a phrase at [first, last] is aimed at: the reader, the writer, or a thing. */
function targetOf(t: Tokens, first: number, last: number): "you" | "self" | "thing" {
  for (let j = first - 1, seen = 0; j >= 0 && seen < 6; j--) {
    if (t.kind[j] !== WORD) break;
    const w = t.text[j];
    if (YOU.has(w)) return "you";
    if (ME.has(w)) return "self";
    seen++;
  }
  for (let j = last + 1, seen = 0; j < t.n && seen < 2; j++) {
    if (t.kind[j] !== WORD) break;
    const w = t.text[j];
    if (YOU.has(w)) return "you";
    if (ME.has(w)) return "self";
    seen++;
  }
  return "thing";
}

function matchAt(t: Tokens, i: number, e: LexEntry): boolean {
  const k = e.tokens.length;
  if (i + k > t.n) return false;
  for (let m = 1; m < k; m++) {
    const want = e.tokens[m];
    if (want === ",") {
      if (t.kind[i + m] !== CLAUSE) return false;
    } else if (t.kind[i + m] !== WORD || t.text[i + m] !== want) return false;
  }
  return true;
}

function slotFor(e: LexEntry, target: "you" | "self" | "thing"): { slot: number; strength: number } | null {
  switch (e.rule) {
    case "plain":
      if (e.category === "insult") return { slot: SLOT.insult, strength: e.strength };
      if (e.category === "profanity") return { slot: SLOT.profanityOther, strength: e.strength };
      return { slot: SLOT[e.category as RuleSlot] ?? SLOT.frustration, strength: e.strength };
    case "name":
      return target === "self" ? null : { slot: SLOT.insult, strength: e.strength };
    case "judge":
      if (target === "self") return null;
      if (target === "you") return { slot: SLOT.insult, strength: e.strength };
      return { slot: SLOT.judgeThing, strength: e.strength };
    case "swear":
      return target === "you" ? { slot: SLOT.profanityPerson, strength: e.strength } : { slot: SLOT.profanityOther, strength: e.strength };
  }
}

function startsWith(t: Tokens, i: number, seq: string[]): boolean {
  for (let m = 0; m < seq.length; m++) if (i + m >= t.n || t.kind[i + m] !== WORD || t.text[i + m] !== seq[m]) return false;
  return true;
}

/** Shouting: a run of at least 3 capitalised words (not acronyms) with 10+ letters. */
function scanShouting(t: Tokens, hits: RuleHit[]): void {
  let runStart = -1;
  let runWords = 0;
  let runLetters = 0;
  let runLast = -1;
  for (let i = 0; i <= t.n; i++) {
    const k = i < t.n ? t.kind[i] : -1;
    if (k === WORD && t.caps[i] && !ACRONYMS.has(t.text[i])) {
      if (runStart < 0) runStart = i;
      runWords++;
      runLetters += t.end[i] - t.start[i];
      runLast = i;
      continue;
    }
    // punctuation inside a shouted run does not end it
    if (k === BANG || k === CLAUSE) continue;
    if (runStart >= 0) {
      if (runWords >= 3 && runLetters >= 10) hits.push({ slot: SLOT.shouting, first: runStart, last: runLast, strength: 1 });
      runStart = -1;
      runWords = 0;
      runLetters = 0;
    }
  }
}

/** Questions: each sentence ending in "?" is rhetorical (hostile opener) or genuine. */
function scanQuestions(t: Tokens, hits: RuleHit[]): void {
  let sentStart = 0;
  for (let i = 0; i < t.n; i++) {
    const k = t.kind[i];
    if (k === WORD || k === CLAUSE) continue;
    if (k === QMARK) {
      let first = sentStart;
      while (first < i && t.kind[first] !== WORD) first++;
      if (first < i) {
        let rhetorical = false;
        for (const seq of RHETORICAL) if (startsWith(t, first, seq)) rhetorical = true;
        // a question carrying heat ("are you fucking idiots?") is not a genuine one
        let heated = false;
        for (const h of hits) if (h.slot < SLOT_THANKS && h.first >= first && h.last <= i) heated = true;
        if (rhetorical) hits.push({ slot: SLOT.rhetorical, first, last: i, strength: 1 });
        else if (!heated && (QUESTION_STARTS.has(t.text[first]) || t.text[first] === "why")) {
          hits.push({ slot: SLOT.question, first, last: i, strength: 1 });
        }
      }
    }
    sentStart = i + 1;
  }
}

/** Runs every rule over the tokens. */
export function scanRules(t: Tokens): RuleScan {
  const hits: RuleHit[] = [];
  let negated = 0;
  let selfDirected = 0;
  const negatedAt: number[] = [];
  const negatorAt: number[] = [];
  const negatedCategory: ToneCategory[] = [];
  const selfAt: number[] = [];
  let secondPerson = 0;
  let words = 0;
  for (let i = 0; i < t.n; i++) {
    if (t.kind[i] !== WORD) {
      if (t.kind[i] === BANG && t.end[i] - t.start[i] >= 2) hits.push({ slot: SLOT.shouting, first: i, last: i, strength: 0.5 });
      continue;
    }
    words++;
    const w = t.text[i];
    if (YOU.has(w)) secondPerson++;
    const entries = LEX.get(w);
    if (!entries) continue;
    for (const e of entries) {
      if (!matchAt(t, i, e)) continue;
      const last = i + e.tokens.length - 1;
      const negator = Math.max(negatedBefore(t, i), negatedAfter(t, last));
      if (negator >= 0) {
        if (HEAT_CATEGORIES.has(e.category)) {
          negated++;
          negatedAt.push(i);
          negatorAt.push(negator);
          negatedCategory.push(e.category);
        }
      } else {
        const target = e.rule === "plain" ? "thing" : targetOf(t, i, last);
        const s = slotFor(e, target);
        if (s) hits.push({ slot: s.slot, first: i, last, strength: s.strength });
        else {
          selfDirected++;
          selfAt.push(i);
        }
      }
      // longest match wins; continue after it
      for (let m = i + 1; m <= last; m++) {
        if (t.kind[m] !== WORD) continue;
        words++;
        if (YOU.has(t.text[m])) secondPerson++;
      }
      i = last;
      break;
    }
  }
  scanShouting(t, hits);
  scanQuestions(t, hits);
  return { hits, negated, negatedAt, negatorAt, negatedCategory, selfDirected, selfAt, secondPerson, words };
}
