// The tools people reach for today, as scorers on the same prose as our model: AFINN
// (`sentiment`), VADER (`vader-sentiment`) and the `bad-words` profanity list. Each gives
// a score (higher = more negative/heated, for AUROC) and a flag at its usual cut-off.
import { createRequire } from "node:module";
import { Filter } from "bad-words";

const require = createRequire(import.meta.url);
const Sentiment = require("sentiment") as new () => { analyze(text: string): { score: number; comparative: number } };
const vader = require("vader-sentiment") as {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number } };
};

export interface Baseline {
  name: string;
  /** score: higher = more negative / heated (for AUROC); flag: the tool's usual decision. */
  evaluate(text: string): { score: number; flag: boolean };
}

const afinn = new Sentiment();
const profanity = new Filter();

export const BASELINES: Baseline[] = [
  {
    name: "AFINN",
    evaluate(t) {
      const s = afinn.analyze(t).score;
      return { score: -s, flag: s < 0 };
    },
  },
  {
    name: "VADER",
    evaluate(t) {
      // VADER's documented cut-off for "negative": compound ≤ -0.05
      const c = vader.SentimentIntensityAnalyzer.polarity_scores(t).compound;
      return { score: -c, flag: c <= -0.05 };
    },
  },
  {
    name: "bad-words",
    evaluate(t) {
      const p = profanity.isProfane(t);
      return { score: p ? 1 : 0, flag: p };
    },
  },
];
