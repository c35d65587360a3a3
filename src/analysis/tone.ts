// Per-comment tone: how heated one comment reads, a flag at the chosen sensitivity, and
// the phrases that raised or lowered the score. Reads only the writer's own prose (the
// Markdown is cleaned first), scores it with the rule layer plus the trained linear model
// in ./tone/, and returns a calibrated probability.
import { cleanMarkdown } from "../thread/clean.ts";
import { extractFeatures } from "./tone/features.ts";
import { calibrate, decodeModel, linearScore } from "./tone/model.ts";
import type { ModelFile, ToneModel } from "./tone/model.ts";
import { SLOT_CATEGORY } from "./tone/rules.ts";
import { WORD } from "./tone/tokenize.ts";
import modelFile from "./tone/model.json" with { type: "json" };
import type { Sensitivity, ToneEvidence, ToneResult } from "./types.ts";

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
  if (!hasWords(f.tokens.kind, f.tokens.n)) return { score: 0, flag: false, evidence: [] };
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

  // A flag needs a heating phrase to show, and certainty words ("always", "obviously")
  // alone do not make a comment heated: no such evidence, no flag. Frustration at things
  // ("ugh, flaky CI", "this API is awful") is judged at no looser than the default.
  const heating = evidence.filter((e) => e.weight > 0 && e.category !== "absolute");
  const onlyFrustration = heating.every((e) => e.category === "frustration");
  const threshold = onlyFrustration
    ? Math.max(model.thresholds[sensitivity], model.thresholds.medium)
    : model.thresholds[sensitivity];
  const flag = heating.length > 0 && score >= threshold;
  return { score, flag, evidence };
}

/** How heated one comment reads. Input: the comment's Markdown (cleaned internally). */
export function scoreTone(markdown: string, options: ToneOptions = {}): ToneResult {
  return scoreProse(cleanMarkdown(markdown).prose, options);
}

