// Thread-level escalation: reads the dynamics that precede blow-ups, relative to the thread's
// own earlier turns (so a signal means the same in a 3-comment and a 300-comment thread):
// heat of recent turns against the thread's baseline, heat rising over consecutive turns, two
// people answering each other back and forth, replies speeding up or shrinking, the same point
// repeated, second-person blame, rhetorical questions, politeness dropping away. The level reaches
// "heated" only through the pause rule (heat/pause.ts: one of the last three turns scores at the
// pause cut-off). Otherwise the score stays below "heated", and below "warming" too unless the gate
// in heat/gate.ts is open or a recent turn is flagged at the high sensitivity, asks rhetorical
// questions, or two recent turns read warm.
import type { Comment } from "../../thread/model.ts";
import type { HeatLevel, HeatReport, Sensitivity } from "../types.ts";
import type { CommentFeatures } from "../comment-features.ts";
import { jaccard } from "../text-units.ts";
import { relativeHeat } from "./scale.ts";
import { BASELINE_WINDOW, heatGate, type HeatGate } from "./gate.ts";
import { isHotTurn } from "./tone/decision.ts";
import { pauseTurn } from "./pause.ts";

/** Turns that make up "the latest stretch" of a thread. */
const WINDOW = 4;

/** Score thresholds per sensitivity: [warming, heated]. */
export const heatThresholds: Readonly<Record<Sensitivity, readonly [number, number]>> = Object.freeze({
  low: [0.25, 0.35] as const,
  medium: [0.15, 0.2] as const,
  high: [0.1, 0.15] as const,
});

/** One named signal, its strength in 0..1 and the sentence a maintainer reads. */
export interface EscalationSignal {
  name: string;
  strength: number;
  reason: string;
}

/** How much each signal alone says "this is heading for trouble" (noisy-or weights). */
const WEIGHT: Record<string, number> = {
  hotTurn: 0.9,
  sustained: 0.4,
  edge: 0.3,
  rise: 0.5,
  climb: 0.35,
  blame: 0.45,
  rhetorical: 0.3,
  pointedYou: 0.3,
  dismissal: 0.3,
  pingPong: 0.2,
  faster: 0.15,
  shorter: 0.1,
  longer: 0.1,
  personalRise: 0.3,
  repeated: 0.2,
  politenessDrop: 0.2,
};

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
function quantile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
}
/** Means of every run of `size` consecutive values. */
function rollingMeans(xs: number[], size: number): number[] {
  if (xs.length <= size) return [mean(xs)];
  const out: number[] = [];
  let sum = 0;
  for (let i = 0; i < xs.length; i++) {
    sum += xs[i];
    if (i >= size) sum -= xs[i - size];
    if (i >= size - 1) out.push(sum / size);
  }
  return out;
}
function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Turn heat (see heat/scale.ts) from which a turn counts as warm: above an ordinary comment's upper range. */
const WARM = 0.6;
/** Weight of a single warm, unflagged turn that nothing else in the latest stretch corroborates. */
const LONE_TURN = 0.5;

/** A count of cues as if the comment were at most 50 words long: a long technical email that says
 * "you" ten times is not ten times as pointed as a one-line reply that says it once. */
function perFiftyWords(count: number, words: number): number {
  return (count * 50) / Math.max(50, words);
}

/** The signals read at the end of the thread. */
export function escalationSignals(comments: Comment[], features: CommentFeatures[]): EscalationSignal[] {
  const n = comments.length;
  if (!n) return [];
  const start = Math.max(0, n - WINDOW);
  const recent = features.slice(start);
  const earlier = features.slice(0, start);
  const heat = relativeHeat(features);
  // The thread's recent baseline: the turns just before the latest stretch, so old heat decays out of it.
  const before = heat.slice(Math.max(0, start - BASELINE_WINDOW), start);
  const recentHeat = heat.slice(start);
  const out: EscalationSignal[] = [];
  const push = (name: string, strength: number, reason: string): void => {
    if (strength > 0.01) out.push({ name, strength: clamp01(strength), reason });
  };

  // Heat of the hottest recent turn: nothing up to an ordinary comment's upper range, full at the flag.
  // One warm but unflagged turn among calm ones counts half: over a long thread, single-turn tone
  // noise would otherwise raise an alarm somewhere sooner or later.
  const peak = Math.max(...recentHeat);
  // In a long thread, "warm" is measured against the thread's own warmer turns so far: a long calm
  // thread has its share of sharp sentences, and only a turn beyond them (or a flagged one) stands out.
  const long = earlier.length >= 2 * WINDOW;
  const floor = long ? Math.max(0.5, quantile(before, 0.9)) : 0.5;
  const warmCut = long ? Math.max(WARM, floor + 0.05) : WARM;
  const warmTurns = recentHeat.filter((h) => h >= warmCut).length;
  const corroborated = peak >= 1 || warmTurns >= 2;
  const hot = peak >= 1 ? (peak - 0.5) / 0.5 : floor < 1 ? (peak - floor) / (1 - floor) : 0;
  push("hotTurn", hot * (corroborated ? 1 : LONE_TURN), "A recent reply reads heated.");

  // More than one warm turn in the latest stretch: the heat is not a one-off.
  if (warmTurns >= 2) push("sustained", (warmTurns - 1) / 2, "Several of the latest replies read warm, not just one.");

  // Edge in the wording of the latest stretch: absolutes, dismissals, impatience, sarcasm.
  const edge = recent.reduce((a, f) => a + perFiftyWords(f.tone.evidence.filter((e) => e.weight > 0).length, f.wordCount), 0);
  push("edge", (edge - 1) / 4, "Absolutes, dismissive or impatient phrasing in recent replies.");

  // Rise against the thread's own earlier turns (only with at least two to compare against): in a
  // short thread against their median; in a long one against its warmer stretches so far (the 90th
  // percentile of its earlier windows), so a long calm thread's usual ups and downs are no rise.
  if (earlier.length >= 2) {
    const reference = long ? quantile(rollingMeans(before, WINDOW), 0.9) : median(before);
    const rise = mean(recentHeat) - reference;
    push("rise", (rise - 0.1) / 0.4, "The latest replies read hotter than the thread's earlier turns.");
  }

  // Dynamics that amplify heat but mean little in a calm exchange (two people working through an
  // issue also alternate): scaled by how warm the latest stretch is.
  const warmth = clamp01((peak - 0.45) / 0.3);
  const amplify = (name: string, strength: number, reason: string): void => push(name, strength * warmth, reason);

  // Heat climbing over consecutive turns.
  let climb = 0;
  for (let i = n - 1; i > 0 && heat[i] > heat[i - 1] + 0.05; i--) climb++;
  if (climb >= 2 && heat[n - 1] >= WARM) push("climb", (climb - 1) / 3, `Heat rose over ${climb + 1} consecutive replies.`);

  // Second-person blame and rhetorical questions in the latest stretch.
  const blame = recent.reduce((a, f) => a + f.blame, 0);
  push("blame", blame / 3, "Second-person phrasing that assigns blame appears in recent replies.");
  const rhetorical = recent.reduce((a, f) => a + f.rhetorical, 0);
  push("rhetorical", rhetorical / 2, "A rhetorical question in a heated reply: read as heat, not listed as an open question.");

  const pointed = recent.reduce((a, f) => a + perFiftyWords(f.pointedYou, f.wordCount), 0);
  push("pointedYou", (pointed - 1) / 2, "Recent replies address the other person directly (\"you just…\", \"you should have…\").");
  const dismissals = recent.reduce((a, f) => a + f.dismissals, 0);
  push("dismissal", dismissals / 2, "Points are being brushed off (\"not a bug\", \"as I already said\").");

  // Two people answering each other back and forth.
  const lastAuthors = comments.slice(Math.max(0, n - 5)).map((c) => c.author.login);
  const pair = new Set(lastAuthors);
  if (lastAuthors.length >= 4 && pair.size === 2 && lastAuthors.every((a, i) => i === 0 || a !== lastAuthors[i - 1])) {
    amplify("pingPong", lastAuthors.length >= 5 ? 1 : 0.7, "Two people have been replying to each other back and forth.");
  }

  // Replies arriving faster, and getting shorter, than earlier in the thread.
  if (n >= WINDOW + 3) {
    const times = comments.map((c) => Date.parse(c.createdAt));
    const gaps = times.slice(1).map((t, i) => Math.max(0, t - times[i]));
    const early = median(gaps.slice(0, start - 1));
    const late = median(gaps.slice(start - 1));
    if (early > 0 && late < early / 4) amplify("faster", 1, "Replies are arriving much faster than earlier in the thread.");
    const earlyLen = median(earlier.map((f) => f.wordCount));
    const lateLen = median(recent.map((f) => f.wordCount));
    if (earlyLen >= 20 && lateLen < earlyLen / 3) amplify("shorter", 1, "Replies have become much shorter.");
    if (lateLen >= 150 && lateLen > earlyLen * 3) amplify("longer", 1, "Replies have grown into long walls of text.");
  }

  // One person's latest turn much sharper than their own earlier turns.
  let personal = 0;
  const seenAuthors = new Set<string>();
  for (let i = n - 1; i >= start; i--) {
    const who = comments[i].author.login;
    if (seenAuthors.has(who)) continue;
    seenAuthors.add(who);
    const own: number[] = [];
    for (let k = 0; k < start; k++) if (comments[k].author.login === who) own.push(heat[k]);
    // Against their usual tone: the mean of a few turns, or the warmer end of a longer history.
    if (own.length >= 2) personal = Math.max(personal, heat[i] - (own.length >= 6 ? quantile(own, 0.9) : mean(own)));
  }
  push("personalRise", (personal - 0.25) / 0.35, "A participant's latest reply reads much sharper than their own earlier ones.");

  // The same point repeated by its own author.
  let repeated = 0;
  for (let i = start; i < n; i++) {
    for (let k = i - 1; k >= 0; k--) {
      if (comments[k].author.login !== comments[i].author.login) continue;
      if (features[i].terms.length >= 5 && jaccard(features[i].terms, features[k].terms) >= 0.5) repeated++;
      break;
    }
  }
  amplify("repeated", repeated / 2, "The same point is being repeated.");

  // Politeness (thanks, hedges, apologies) present earlier and gone now.
  if (earlier.length >= 2) {
    const before = mean(earlier.map((f) => (f.polite ? 1 : 0)));
    const now = mean(recent.map((f) => (f.polite ? 1 : 0)));
    if (before >= 0.5 && now === 0) amplify("politenessDrop", 1, "Thanks, hedges and apologies have dropped away.");
  }
  return out;
}

/** Combines signals into a 0..1 score (noisy-or: each signal is an independent piece of evidence). */
export function combineSignals(signals: EscalationSignal[]): number {
  let calm = 1;
  for (const s of signals) calm *= 1 - (WEIGHT[s.name] ?? 0) * s.strength;
  return 1 - calm;
}

/** Highest score a thread reaches while the gate is closed: below "heated" at the default sensitivity and "low". */
export const GATE_CAP = 0.19;
/**
 * Highest score while the gate is closed and the latest stretch holds no flagged turn and at most one warm one: below
 * "warming" at the default sensitivity. Cues alone (a brush-off, "you" phrasing, replies speeding
 * up) in turns that read calm do not make a thread warm: on the thread panel they called 25 of 68
 * calm threads warming or heated.
 */
export const CALM_CAP = 0.14;

/** The thread's escalation score at its end, and the gate that lets it read heated. */
export function escalationScore(comments: Comment[], features: CommentFeatures[]): { score: number; signals: EscalationSignal[]; gate: HeatGate } {
  const signals = escalationSignals(comments, features);
  const heat = relativeHeat(features);
  const gate = heatGate(comments, features, heat);
  const raw = combineSignals(signals);
  if (gate.open) return { score: raw, signals, gate };
  // Warming needs a turn of the latest stretch that the comment decision flags at the "high"
  // sensitivity, a turn made of rhetorical questions (two or more: criticism dressed as questions),
  // or two warm turns: one warm turn or one stray cue among calm ones is single-comment noise over
  // a long thread.
  let flagged = false;
  let warmTurns = 0;
  for (let i = Math.max(0, comments.length - WINDOW); i < comments.length; i++) {
    const tone = features[i].tone;
    if (tone.hot || features[i].rhetorical >= 2 || isHotTurn(tone.score, { sensitivity: "high", addressed: tone.addressed === true })) flagged = true;
    if (heat[i] >= gate.warmCut) warmTurns++;
  }
  return { score: Math.min(raw, flagged || warmTurns >= 2 ? GATE_CAP : CALM_CAP), signals, gate };
}

function levelOf(score: number, sensitivity: Sensitivity): HeatLevel {
  const [warm, hot] = heatThresholds[sensitivity];
  return score >= hot ? "heated" : score >= warm ? "warming" : "calm";
}

/** The thread's heat report. `comments` are the people's comments only, in order. */
export function assessEscalation(comments: Comment[], features: CommentFeatures[], sensitivity: Sensitivity = "medium"): HeatReport {
  const perComment: HeatReport["perComment"] = comments.map((c, i) => {
    const t = features[i].tone;
    const row = { commentId: c.id, score: Math.round(t.score * 1000) / 1000, flag: t.flag, hot: t.hot };
    return t.fastScore === undefined ? row : { ...row, fastScore: Math.round(t.fastScore * 1000) / 1000 };
  });
  const { score: gated, signals } = escalationScore(comments, features);
  // "heated" comes from the pause rule alone (heat/pause.ts); the escalation signals and the gate
  // decide between calm and warming.
  const hotAt = heatThresholds[sensitivity][1];
  const pause = pauseTurn(features, sensitivity);
  const raw = pause !== null ? Math.max(gated, hotAt) : Math.min(gated, hotAt - 0.001);
  const score = Math.round(raw * 1000) / 1000;
  const level = levelOf(score, sensitivity);
  const report: HeatReport = { level, score, reasons: [], involved: [], perComment };
  if (level === "calm") return report;

  // Where the rise began: the earliest of the latest turns that reads warm or carries a cue (blame,
  // a rhetorical question, a brush-off), walking back until two calm turns in a row.
  const n = comments.length;
  const heat = relativeHeat(features);
  const start = Math.max(0, n - WINDOW);
  const baseline = start > 0 ? median(heat.slice(0, start)) : Math.min(...heat);
  const marked = (i: number): boolean =>
    heat[i] >= WARM || heat[i] > baseline + 0.15 || features[i].blame > 0 || features[i].rhetorical > 0 || features[i].dismissals > 0;
  let since = n - 1;
  let calmRun = 0;
  for (let i = n - 1; i >= Math.max(0, n - 2 * WINDOW) && calmRun < 2; i--) {
    if (marked(i)) {
      since = i;
      calmRun = 0;
    } else calmRun++;
  }
  const hottest = heat.indexOf(Math.max(...heat.slice(start)), start);
  since = Math.min(since, hottest, pause ?? n);
  report.since = { commentId: comments[since].id, index: since };
  report.reasons = signals.sort((a, b) => (WEIGHT[b.name] ?? 0) * b.strength - (WEIGHT[a.name] ?? 0) * a.strength).map((s) => s.reason);
  report.involved = [...new Set(comments.slice(since).map((c) => c.author.login))];
  return report;
}
