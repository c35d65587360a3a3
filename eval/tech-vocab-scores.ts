// The technical-vocabulary suite (eval/fixtures/tech-vocab.txt) through the committed full model:
// each line's combined score on the fast scale, whether it is addressed to a person, and its cleaned
// prose with the fast stage's features, for the flag evaluations to read their rules from. A check
// beside the held-out figures, never a fitting set.
import { readFileSync } from "node:fs";
import { scoreTone } from "../src/analysis/heat/tone.ts";
import { refineTone } from "../src/analysis/heat/embedding/second-stage.ts";
import { embeddingInput } from "../src/analysis/heat/embedding/input.ts";
import { extractFeatures, type Features } from "../src/analysis/heat/tone/features.ts";
import { cleanMarkdown } from "../src/thread/clean.ts";
import { embedInputs } from "./heat-threads.ts";

export interface TechVocabScore {
  line: string;
  score: number;
  addressed: boolean;
  prose: string;
  features: Features;
}

export async function techVocabScores(): Promise<TechVocabScore[]> {
  const lines = readFileSync(new URL("./fixtures/tech-vocab.txt", import.meta.url), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  const inputs = lines.map((l) => embeddingInput(cleanMarkdown(l).prose));
  const vectors = await embedInputs(inputs);
  return lines.map((line, i) => {
    const t = refineTone(scoreTone(line), vectors.get(inputs[i])!);
    const prose = cleanMarkdown(line).prose;
    return { line, score: t.score, addressed: t.addressed === true, prose, features: extractFeatures(prose) };
  });
}
