// Loads the labeled heat/incivility sets from ../shared/data for tone training and
// evaluation, as binary examples (1 = heated/toxic/uncivil) of cleaned prose, each with a
// group key (thread, or the text itself) so that no split puts the same text or thread
// on both sides.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { cleanMarkdown } from "../src/thread/clean.ts";
import { readJsonl } from "./data.ts";
import { toSample } from "../src/analysis/heat/tone/trainer.ts";
import type { Sample } from "../src/analysis/heat/tone/trainer.ts";
import { SLOT } from "../src/analysis/heat/tone/rules.ts";
import { DENSE_COUNT } from "../src/analysis/heat/tone/features.ts";

export interface ToneExample {
  /** Data set name (see SET_NAMES). */
  set: string;
  /** The raw text as in the data set. */
  raw: string;
  /** The writer's prose after cleanMarkdown. */
  prose: string;
  label: 0 | 1;
  /** Split key: examples sharing it always land on the same side. */
  group: string;
  /** locked-issues only: the repository (the unit of its cross-validation) and the TBDF kind. */
  repo?: string;
  kind?: string | null;
}

export const SET_NAMES = [
  "toxicr",
  "strudel",
  "ferreira-gh-comments",
  "ferreira-lkml-comments",
  "ferreira-gh-sentences",
  "ferreira-lkml-sentences",
  "cr-counterproductive",
  "senticr",
  "locked-issues",
] as const;

type Row = Record<string, unknown> & { text: string };

function norm(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

function make(set: string, raw: string, label: 0 | 1, group: string): ToneExample {
  return { set, raw, prose: cleanMarkdown(raw).prose, label, group };
}

/** toxicr with one example per distinct text; texts labeled both ways are dropped. */
function loadToxicr(dir: string): ToneExample[] {
  const byText = new Map<string, { raw: string; pos: number; neg: number }>();
  for (const r of readJsonl<Row>(join(dir, "toxicr", "data.jsonl"))) {
    const k = norm(r.text);
    const e = byText.get(k) ?? { raw: r.text, pos: 0, neg: 0 };
    if (r.label === 1) e.pos++;
    else e.neg++;
    byText.set(k, e);
  }
  const out: ToneExample[] = [];
  for (const [k, e] of byText) {
    if (e.pos && e.neg) continue;
    out.push(make("toxicr", e.raw, e.pos ? 1 : 0, `t:${k}`));
  }
  return out;
}

/** Every set, in SET_NAMES order. Missing files are skipped. */
export function loadToneSets(dir: string): ToneExample[] {
  const out: ToneExample[] = [];
  if (existsSync(join(dir, "toxicr"))) out.push(...loadToxicr(dir));
  const strudel = join(dir, "strudel", "data.jsonl");
  if (existsSync(strudel)) {
    for (const r of readJsonl<Row>(strudel)) out.push(make("strudel", r.text, r.label === 1 ? 1 : 0, `s:${r.thread_id ?? norm(r.text)}`));
  }
  const fc = join(dir, "ferreira-incivility", "comments.jsonl");
  if (existsSync(fc)) {
    for (const r of readJsonl<Row>(fc)) {
      const gh = r.platform === "github_issues";
      out.push(make(gh ? "ferreira-gh-comments" : "ferreira-lkml-comments", r.text, r.label === "uncivil" ? 1 : 0, `f:${r.platform}:${r.thread_id}`));
    }
  }
  const fs = join(dir, "ferreira-incivility", "data.jsonl");
  if (existsSync(fs)) {
    for (const r of readJsonl<Row>(fs)) {
      const gh = r.platform === "github_issues";
      out.push(make(gh ? "ferreira-gh-sentences" : "ferreira-lkml-sentences", r.text, r.label === 1 ? 1 : 0, `f:${r.platform}:${r.thread_id}`));
    }
  }
  const cp = join(dir, "cr-counterproductive", "data.jsonl");
  if (existsSync(cp)) {
    for (const r of readJsonl<Row>(cp)) {
      if (r.suspect_row) continue;
      out.push(make("cr-counterproductive", r.text, r.label === 1 ? 1 : 0, `t:${norm(r.text)}`));
    }
  }
  const sc = join(dir, "senticr", "data.jsonl");
  if (existsSync(sc)) {
    for (const r of readJsonl<Row>(sc)) out.push(make("senticr", r.text, r.label === -1 ? 1 : 0, `c:${norm(r.text)}`));
  }
  out.push(...loadLockedIssues(dir));
  return out;
}

/**
 * locked-issues (Ehsani et al., MSR 2024): comments of GitHub issues locked as too heated,
 * grouped by repository (its README: split by repository, never by comment). Rows without a
 * label are skipped.
 */
export function loadLockedIssues(dir: string): ToneExample[] {
  const file = join(dir, "locked-issues", "comments.jsonl");
  if (!existsSync(file)) return [];
  const out: ToneExample[] = [];
  for (const r of readJsonl<Row>(file)) {
    if (r.label !== 0 && r.label !== 1) continue;
    const repo = String(r.repo);
    out.push({ ...make("locked-issues", r.text, r.label, `repo:${repo}`), repo, kind: (r.tbdf as string | null) ?? null });
  }
  return out;
}

/**
 * Sentiment sets on developer platforms (negative sentiment, not heat), loadable as extra
 * training data for experiments (eval/tone-lodo.ts): label 1 = negative.
 */
export function loadSentimentSets(dir: string): ToneExample[] {
  const out: ToneExample[] = [];
  const files: [string, string][] = [
    ["gh-novielli", join(dir, "gh-sentiment-novielli", "data.jsonl")],
    ["jira-ortu", join(dir, "jira-emotion-ortu", "data.jsonl")],
  ];
  for (const [set, file] of files) {
    if (!existsSync(file)) continue;
    for (const r of readJsonl<Row>(file)) out.push(make(set, r.text, r.label === "negative" ? 1 : 0, `${set}:${norm(r.text)}`));
  }
  return out;
}

/**
 * Leave-one-dataset-out folds: the held-out set, and the sets that must also leave
 * training because they share text or threads with it.
 */
export const LODO_FOLDS: { test: string; alsoExclude: string[] }[] = [
  { test: "strudel", alsoExclude: [] },
  { test: "ferreira-gh-comments", alsoExclude: ["ferreira-gh-sentences"] },
  { test: "ferreira-lkml-comments", alsoExclude: ["ferreira-lkml-sentences"] },
  { test: "cr-counterproductive", alsoExclude: [] },
  { test: "toxicr", alsoExclude: ["cr-counterproductive"] },
];

/** Sets the shipped model trains on (senticr is negative sentiment, not heat: evaluation only). */
export const TRAIN_SETS: readonly string[] = SET_NAMES.filter((s) => s !== "senticr");

/**
 * Share of the total training weight each set gets (the rest of the recipe is in
 * DEFAULT_TRAIN_OPTIONS). toxicr is halved: its label counts any profanity, even
 * self-directed, and it would otherwise outweigh every incivility set. ferreira's
 * sentence-level sets count double: a coded sentence says which words were uncivil, which
 * transfers to other sets' comments better than a whole comment's label does
 * (leave-one-dataset-out AUROC on ferreira GitHub comments 0.772 → 0.781, docs/tone-model.md).
 * locked-issues, the app's own domain, weighs three sets' worth (LOCKED_SHARE overrides it for experiments).
 */
export const SET_SHARE: Readonly<Record<string, number>> = {
  toxicr: 0.5,
  "ferreira-gh-sentences": 2,
  "ferreira-lkml-sentences": 2,
  // the app's home domain: GitHub issues locked as too heated (issue 18; share chosen by repository CV, eval/locked-eval.ts)
  "locked-issues": Number(process.env.LOCKED_SHARE ?? 3),
};

/**
 * toxicr counts any profanity as toxic, even self-directed ("ah, crap, will fix"); our
 * definition of heat does not. Its positives whose only heat is profanity at no one
 * (no insult, no profanity near "you", no blame, no threat) are left out of training.
 */
function isUntargetedProfanityOnly(set: string, label: number, s: Sample): boolean {
  if (set !== "toxicr" || label !== 1) return false;
  const any = (slot: number) => {
    for (let g = 0; g < s.segCount; g++) if (s.segDense[g * DENSE_COUNT + slot]) return true;
    return false;
  };
  return any(SLOT.profanityOther) && !any(SLOT.insult) && !any(SLOT.profanityPerson) && !any(SLOT.blame) && !any(SLOT.threat);
}

/**
 * How far each set's two classes are weighted toward equal halves (0: by count, 1: balanced).
 * The sets' base rates run from 6% (strudel) to 69% (ferreira GitHub); weighted by count, the
 * model learns each set's base rate along with what heat looks like, and its scores mean different
 * things on sets with other base rates. Balanced, one calibrated cut-off transfers better
 * (leave-one-dataset-out, docs/tone-model.md "Fifth pass").
 */
export const SET_BALANCE = 1;

/** Training samples with per-set weights: each set's examples share the set's weight. */
export function buildSamples(
  examples: ToneExample[],
  samplesByIndex?: Sample[],
  shares: Readonly<Record<string, number>> = SET_SHARE,
  balance = SET_BALANCE,
): Sample[] {
  const all = examples.map((e, i) => samplesByIndex?.[i] ?? toSample(e.prose, e.label, 1, e.group, e.set));
  const keep = examples.map((e, i) => !isUntargetedProfanityOnly(e.set, e.label, all[i]));
  const counts = new Map<string, number>();
  const classCounts = new Map<string, number>();
  examples.forEach((e, i) => {
    if (!keep[i]) return;
    counts.set(e.set, (counts.get(e.set) ?? 0) + 1);
    classCounts.set(`${e.set}:${e.label}`, (classCounts.get(`${e.set}:${e.label}`) ?? 0) + 1);
  });
  const out: Sample[] = [];
  examples.forEach((e, i) => {
    if (!keep[i]) return;
    const perText = (1 - balance) / (counts.get(e.set) ?? 1) + balance / (2 * (classCounts.get(`${e.set}:${e.label}`) ?? 1));
    const share = shares[e.set] ?? 1;
    const weight = share * 1000 * perText;
    // a set weighted up for training (share > 1) counts once in the calibration
    out.push(share > 1 ? { ...all[i], weight, calibrationWeight: weight / share } : { ...all[i], weight });
  });
  return out;
}
