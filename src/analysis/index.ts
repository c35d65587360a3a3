// Public surface of the analysis: what the app, the CLI, the eval and the bench import.
export { analyzeThread, humanComments, type AnalyzeOptions } from "./report.ts";
export { analyzeComment, commentCacheKey, type CommentFeatures, type OpenCandidate } from "./comment-features.ts";
export { assessEscalation, escalationSignals, heatThresholds, type EscalationSignal } from "./heat/escalation.ts";
export { classifyQuestion, isRhetorical } from "./questions.ts";
export { isConcern } from "./concerns.ts";
export { suggestQuestions } from "./open-ended.ts";
export { scoreTone } from "./heat/tone.ts";
export type * from "./types.ts";
export { outcomeKind, type OutcomeKind } from "./outcome-cues.ts";
export { threadStatus } from "./thread-status.ts";
