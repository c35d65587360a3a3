// Per-comment tone: how heated one comment reads, a flag at the chosen sensitivity, and
// the phrases that raised or lowered the score. Reads only the writer's own prose (the
// Markdown is cleaned first), scores it with the rule layer plus the trained linear model
// in ./tone/, and returns a calibrated probability; the flag is the decision of ./tone/decision.ts
// on that score and the comment's context (addressed to a person or not).
import { cleanMarkdown } from "../../thread/clean.ts";
import { extractFeatures } from "./tone/features.ts";
import { calibrate, decodeModel, hottestSegment, linearScore } from "./tone/model.ts";
import { decideFlag, isHotTurn, UNCERTAIN_BAND } from "./tone/decision.ts";
import type { ModelFile, ToneModel } from "./tone/model.ts";
import { SLOT_CATEGORY } from "./tone/rules.ts";
import { WORD } from "./tone/tokenize.ts";
import { aboutThingsOnly } from "./tone/target.ts";
import { onlyNegatedHeat } from "./tone/negation.ts";
import modelFile from "./tone/model.json" with { type: "json" };
import type { Sensitivity, ToneCategory, ToneEvidence, ToneResult } from "../types.ts";

export interface ToneOptions {
  sensitivity?: Sensitivity;
  /** Use other weights than the committed ones (training and evaluation). */
  model?: ToneModel;
}

const defaultModel: ToneModel = decodeModel(modelFile as ModelFile);

/** Calibrated-score thresholds of the committed model: "low" is the strictest. */
export const toneThresholds: Readonly<Record<Sensitivity, number>> = Object.freeze({ ...defaultModel.thresholds });

/** Longest evidence phrase, in words; longer spans (questions, shouting) are cut. */
const MAX_PHRASE_TOKENS = 12;
const MAX_EVIDENCE = 8;
const slotTotalBuf = new Float32Array(64);

/** True when the tokens hold at least one word (not only punctuation). */
function hasWords(kind: Uint8Array, n: number): boolean {
  for (let i = 0; i < n; i++) if (kind[i] === WORD) return true;
  return false;
}

/** Tone of already-cleaned prose (no Markdown handling). */
export function scoreProse(prose: string, options: ToneOptions = {}): ToneResult {
  const model = options.model ?? defaultModel;
  const sensitivity = options.sensitivity ?? "medium";
  const f = extractFeatures(prose);
  // No words of the writer's own (blank, or only code, quotes, links): nothing reads heated. The
  // model's bias alone would otherwise give such text the base rate of the training sets.
  if (!hasWords(f.tokens.kind, f.tokens.n)) return { score: 0, flag: false, hot: false, evidence: [], addressed: false };
  const score = calibrate(model, linearScore(model, f));

  // Evidence: each rule hit, with its share of its slot's contribution to the raw score.
  const slotTotal = slotTotalBuf.fill(0);
  for (const h of f.rules.hits) slotTotal[h.slot] += h.strength;
  const evidence: ToneEvidence[] = [];
  const seen = new Set<string>();
  const t = f.tokens;
  for (const h of f.rules.hits) {
    const weight = (model.dense[h.slot] * f.dense[h.slot] * h.strength) / slotTotal[h.slot];
    if (Math.abs(weight) < 0.05) continue;
    const last = Math.min(h.last, h.first + MAX_PHRASE_TOKENS - 1);
    const phrase = prose.slice(t.start[h.first], t.end[last]);
    const category = SLOT_CATEGORY[h.slot];
    const key = `${category}\u0000${phrase.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push({ phrase, category, weight: Math.round(weight * 100) / 100 });
  }
  evidence.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  evidence.length = Math.min(evidence.length, MAX_EVIDENCE);

  // What the model weighed when no phrase of the lexicon explains a warm score: the word pair of
  // the hottest segment with the largest learned weight ("what kind of heat the model saw").
  if (score >= UNCERTAIN_BAND.from && !evidence.some((e) => e.weight > 0 && e.category !== "absolute")) {
    const w = wordingEvidence(model, f, prose);
    if (w) evidence.push(w);
  }

  // The decision (tone/decision.ts): the calibrated score against the cut-off for the comment's
  // context. A comment addressed to no one (code, docs, tools) needs a higher score; so does a
  // "you" inside a polite request or thanks ("could you split them out?") with nothing aimed at
  // the person.
  const aimed = evidence.some((e) => e.weight > 0 && AT_A_PERSON.has(e.category));
  const courteous = evidence.some((e) => e.weight < 0);
  const addressed = aimed || (f.rules.secondPerson > 0 && !courteous);
  // The fast stage's flag is the thread's reading of the turn (tone/decision.ts); the full model's flag,
  // decided again when the sentence model refines the score, also leaves alone a comment that names
  // no one and only judges a thing (tone/target.ts).
  const aboutThings = !addressed && aboutThingsOnly(f.tokens, f.rules);
  // Negated heat is not heat (tone/negation.ts): the full model's flag leaves alone a comment whose
  // only heat cues are negated.
  const negatedOnly = onlyNegatedHeat(f.rules);
  const flag = decideFlag(score, { sensitivity, addressed, aboutThings, negatedOnly, stage: "fast" });
  const hot = isHotTurn(score, { sensitivity, addressed });
  return { score, flag, hot, evidence, addressed, aboutThings, negatedOnly };
}

/** Categories of evidence that aim at a person rather than at a thing. */
export const AT_A_PERSON: ReadonlySet<ToneCategory> = new Set<ToneCategory>(["insult", "mockery", "profanity", "threat", "blame", "dismissal"]);

/** Smallest learned weight (raw-score units) of a word pair worth showing as evidence. */
const MIN_WORDING_WEIGHT = 0.15;

/** The word pair of the hottest segment that the n-gram weights push up the most, if any. */
function wordingEvidence(model: ToneModel, f: ReturnType<typeof extractFeatures>, prose: string): ToneEvidence | null {
  const seg = hottestSegment(model, f);
  const from = f.segStart[seg];
  const to = f.segStart[seg + 1];
  if (to <= from) return null;
  const norm = 1 / Math.sqrt(to - from);
  const t = f.tokens;
  const w = model.hashed;
  const uni = (i: number): number => (f.uniAt[i] >= 0 ? w[f.hashes[f.uniAt[i]]] : 0);
  let best = 0;
  let at = -1;
  for (let i = 1; i < t.n; i++) {
    if (t.kind[i] !== WORD || t.kind[i - 1] !== WORD || f.uniAt[i] < from || f.uniAt[i] >= to) continue;
    const v = (uni(i - 1) + uni(i) + (f.biAt[i] >= 0 ? w[f.hashes[f.biAt[i]]] : 0)) * norm;
    if (v > best) {
      best = v;
      at = i;
    }
  }
  if (at < 0 || best < MIN_WORDING_WEIGHT) return null;
  return { phrase: prose.slice(t.start[at - 1], t.end[at]), category: "wording", weight: Math.round(best * 100) / 100 };
}

/** How heated one comment reads. Input: the comment's Markdown (cleaned internally). */
export function scoreTone(markdown: string, options: ToneOptions = {}): ToneResult {
  return scoreProse(cleanMarkdown(markdown).prose, options);
}

