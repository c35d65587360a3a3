// The ending reader (pure): how likely each of a thread's latest comments is the one that says
// where the thread stands (its outcome, or the answer it settled on), from the comment's sentence
// embedding and what the rules read around it (features.ts). A logistic regression that
// `npm run train:endings` fits on labelled endings of real threads (model.json beside this file;
// scripts/train-endings.ts). It reads only comments that have embeddings, so without the sentence
// model (the fast stage alone) it reads nothing and the rules speak alone.
import type { Comment } from "../../thread/model.ts";
import type { CommentFeatures } from "../comment-features.ts";
import { embeddingKey } from "../heat/embedding/requests.ts";
import { logisticProbability } from "../heat/embedding/logistic.ts";
import type { EmbeddingLogistic } from "../heat/embedding/logistic.ts";
import type { EndingReading } from "../types.ts";
import { displayText } from "../display-text.ts";
import { clip } from "../text-units.ts";
import { ENDING_FEATURES, endingCandidates, endingFeatures, type EndingRulesView } from "./features.ts";
import modelFile from "./model.json" with { type: "json" };

/** The shipped file: the regression's weights (structural features, then the embedding), calibration and cut-off. */
export interface EndingModelFile {
  version: 1;
  features: string[];
  weights: number[];
  bias: number;
  calibration: { a: number; b: number };
  /** Probability at or above which a comment is read as the thread's outcome when the rules state none. */
  cutoff: number;
  meta?: Record<string, unknown>;
}

export interface EndingModel {
  logistic: EmbeddingLogistic;
  cutoff: number;
}

export function decodeEndingModel(file: EndingModelFile): EndingModel {
  if (file.weights.length !== ENDING_FEATURES) throw new Error(`ending reader: ${file.weights.length} weights, expected ${ENDING_FEATURES}`);
  return { logistic: { weights: Float32Array.from(file.weights), bias: file.bias, calibration: file.calibration }, cutoff: file.cutoff };
}

let shipped: EndingModel | undefined;

/** The committed model, decoded once. */
export function shippedEndingModel(): EndingModel {
  shipped ??= decodeEndingModel(modelFile as EndingModelFile);
  return shipped;
}

/** Each latest comment's probability of being the one that says where the thread stands, and the likeliest. */
export function readEnding(
  comments: readonly Comment[],
  features: readonly CommentFeatures[],
  rules: EndingRulesView,
  embeddings: ReadonlyMap<string, ArrayLike<number>> | undefined,
  model: EndingModel = shippedEndingModel(),
): EndingReading | undefined {
  if (!embeddings?.size) return undefined;
  const scores: { commentId: string; probability: number }[] = [];
  for (const i of endingCandidates(comments)) {
    const v = embeddings.get(embeddingKey(comments[i]));
    if (!v) continue;
    scores.push({ commentId: comments[i].id, probability: logisticProbability(model.logistic, endingFeatures(comments, features, rules, i, v)) });
  }
  if (scores.length === 0) return undefined;
  const best = scores.reduce((a, b) => (b.probability > a.probability ? b : a));
  if (best.probability < model.cutoff) return { scores };
  const i = comments.findIndex((c) => c.id === best.commentId);
  const c = comments[i];
  const sentence = outcomeSentence(features[i].sentences, features[i].decisions);
  if (!sentence) return { scores };
  const outcome: NonNullable<EndingReading["outcome"]> = { ...best, text: clip(displayText(sentence, c.body), 200), author: c.author.login, createdAt: c.createdAt };
  if (c.url) outcome.url = c.url;
  return { scores, outcome };
}

/** Thanks, greetings, sign-offs and apologies that carry no outcome of their own ("Thanks!", "Hi @kai,", "Sorry for introducing this regression!"). */
const COURTESY = /^(?:(?:many |big )?thanks?(?: you)?(?: (?:so|very) much| a lot)?|thx|ty|cheers|hi|hello|hey|cc|ping|sorry|great|nice|cool|awesome)\b[^.!]{0,30}[.!]*$|^(?:(?:i'?m |so |very |really )*sorry|(?:my )?apologies|i apologi[sz]e)\b[^.!?]*[.!]*$/i;

/** Words that say what became of the thread ("fixed", "merged", "released", "not supported", "works now"…). */
const OUTCOME = /\b(?:fix(?:e[sd]|ing)?|merg(?:e|ed|ing)|releas(?:e|ed|ing)|resolv(?:e|ed|es|ing)|clos(?:e|ed|ing)|landed|ship(?:ped|s)?|supported|duplicate|revert(?:ed|ing)?|solved|works? (?:now|fine|again)|done|planned|implemented|added|removed|moved)\b/i;

/** The sentence that names what became of the thread ("This is released in 2.1.0"; thanks that say it,
 * "Many thanks for fixing this", after a plain statement), or undefined. */
export function outcomeNamed(sentences: readonly string[]): string | undefined {
  const named = sentences.map((x) => x.trim()).filter((x) => x.length > 0 && !x.endsWith("?") && OUTCOME.test(x));
  return named.find((x) => !COURTESY.test(x)) ?? named[0];
}

/** The sentence that says the outcome: one the rules read as a decision, else the first statement
 * that names an outcome (a plain one before thanks that say it: "Many thanks for fixing this"), else the first statement of three words or
 * more that is neither courtesy nor a question. */
export function outcomeSentence(sentences: readonly string[], decisions: readonly string[] = []): string | undefined {
  const plain = sentences.map((x) => x.trim()).filter((x) => x.length > 0);
  const decided = plain.find((x) => decisions.includes(x));
  if (decided) return decided;
  const statement = (x: string) => !x.endsWith("?") && !COURTESY.test(x);
  const said = outcomeNamed(plain);
  if (said) return said;
  return plain.find((x) => statement(x) && x.split(/\s+/).length >= 3) ?? plain.find(statement) ?? plain.find((x) => !x.endsWith("?"));
}
