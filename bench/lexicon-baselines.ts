// The plain lexicon tools people reach for, run over the same comment bodies as our analysis:
// AFINN (`sentiment`) and VADER (`vader-sentiment`). Each returns how many comments read negative.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Sentiment = require("sentiment") as new () => { analyze(text: string): { score: number } };
const vader = require("vader-sentiment") as {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
};

const afinn = new Sentiment();

export interface LexiconBaseline {
  name: string;
  /** Negative comments among `bodies` by the tool's usual cut-off. */
  run(bodies: readonly string[]): number;
}

export const lexiconBaselines: readonly LexiconBaseline[] = [
  { name: "AFINN (sentiment)", run: (bodies) => bodies.filter((b) => afinn.analyze(b).score < 0).length },
  { name: "VADER (vader-sentiment)", run: (bodies) => bodies.filter((b) => vader.SentimentIntensityAnalyzer.polarity_scores(b).compound <= -0.05).length },
];
