// What the ending reader knows about one of a thread's latest comments (pure): where it sits
// (how far from the end), who wrote it (the opener, a maintainer), what the rules already read in
// it (a decision and its kind, the thread's answer, an acceptance, a "works now"), and what came
// after it (the opener speaking again, how many turns) — beside its sentence embedding, the same
// vector the second tone stage reads. `npm run train:endings` fits the regression on these
// (scripts/train-endings.ts); src/analysis/ending/reader.ts scores them in the app.
import { isMaintainer, type Comment } from "../../thread/model.ts";
import type { CommentFeatures } from "../comment-features.ts";
import { EMBEDDING_DIM } from "../heat/embedding/input.ts";
import { SECOND_STAGE_WINDOW } from "../heat/embedding/second-stage.ts";
import type { Decision, ThreadAnswer, ThreadStatus } from "../types.ts";

/** The comments the reader weighs: the latest people's comments that have embeddings (never the opening post). */
export const ENDING_WINDOW = SECOND_STAGE_WINDOW;


/** Decision kinds by what they did to the thread. */
const DONE = new Set(["fixed", "merged", "resolved", "not-reproducible"]);
const NO_CHANGE = new Set(["not-a-bug", "unsupported", "declined", "dropped", "duplicate", "moved", "stale", "closed"]);
const STEP = new Set(["will-merge", "approved", "fix-proposed", "fix-promised", "pr-welcome", "decided"]);

/** What the rules read, as the reader needs it. */
export interface EndingRulesView {
  decisions: readonly Decision[];
  status: ThreadStatus;
  answer?: ThreadAnswer;
}

/** Names of the structural features, in vector order (after them: the embedding). */
export const STRUCTURE = [
  "last",
  "second-last",
  "third-last",
  "earlier",
  "by-opener",
  "by-maintainer",
  "roles-known",
  "decision-done",
  "decision-no-change",
  "decision-step",
  "status-why",
  "status-closing",
  "thread-answer",
  "answer-accepted",
  "accepts",
  "works-now",
  "asks",
  "words",
  "opener-after",
  "turns-after",
  "polite",
  "references",
] as const;

export const ENDING_FEATURES = STRUCTURE.length + EMBEDDING_DIM;

/** Indices (into `comments`) of the comments the reader weighs. */
export function endingCandidates(comments: readonly Comment[]): number[] {
  const out: number[] = [];
  for (let i = Math.max(1, comments.length - ENDING_WINDOW); i < comments.length; i++) out.push(i);
  return out;
}

/** The reader's input for comment i: the structural features, then the embedding. */
export function endingFeatures(
  comments: readonly Comment[],
  features: readonly CommentFeatures[],
  rules: EndingRulesView,
  i: number,
  embedding: ArrayLike<number>,
): Float64Array {
  const c = comments[i];
  const f = features[i];
  const opener = comments[0]?.author.login;
  const fromEnd = comments.length - 1 - i;
  const kinds = rules.decisions.filter((d) => d.commentId === c.id).map((d) => d.kind ?? "decided");
  const why = rules.status.why;
  if (why?.commentId === c.id) kinds.push(why.kind ?? "decided");
  const after = comments.slice(i + 1);
  const asks = f.candidates.some((q) => q.kind === "question");
  const s: number[] = [
    fromEnd === 0 ? 1 : 0,
    fromEnd === 1 ? 1 : 0,
    fromEnd === 2 ? 1 : 0,
    fromEnd >= 3 ? 1 : 0,
    c.author.login === opener ? 1 : 0,
    isMaintainer(c.author.association) ? 1 : 0,
    comments.some((x) => x.author.association !== "NONE") ? 1 : 0,
    kinds.some((k) => DONE.has(k)) ? 1 : 0,
    kinds.some((k) => NO_CHANGE.has(k)) ? 1 : 0,
    kinds.some((k) => STEP.has(k)) ? 1 : 0,
    why?.commentId === c.id ? 1 : 0,
    rules.status.settledBy?.commentId === c.id ? 1 : 0,
    rules.answer?.commentId === c.id ? 1 : 0,
    rules.answer?.commentId === c.id && rules.answer.acceptedIn ? 1 : 0,
    f.acceptance ? 1 : 0,
    f.resolvesOwn ? 1 : 0,
    asks ? 1 : 0,
    Math.min(1, Math.log1p(f.wordCount) / 6),
    after.some((x) => x.author.login === opener) ? 1 : 0,
    Math.min(after.length, 5) / 5,
    f.polite ? 1 : 0,
    f.references.length > 0 ? 1 : 0,
  ];
  const out = new Float64Array(ENDING_FEATURES);
  out.set(s, 0);
  for (let k = 0; k < EMBEDDING_DIM; k++) out[STRUCTURE.length + k] = embedding[k] ?? 0;
  return out;
}
