// Whole-thread analysis: the ThreadReport. (Stub: replaced by the real implementation.)
import type { Thread } from "../thread/model.ts";
import type { Sensitivity, ThreadReport } from "./types.ts";

export interface AnalyzeOptions {
  /** "Now", for ages of open items. Never read from the clock inside analysis. */
  now: Date;
  sensitivity?: Sensitivity;
  /** Logins whose comments are not analysed. */
  ignoreUsers?: string[];
}

export function analyzeThread(thread: Thread, _options: AnalyzeOptions): ThreadReport {
  return {
    heat: { level: "calm", score: 0, reasons: [], involved: [], perComment: [] },
    openQuestions: [],
    openConcerns: [],
    agreements: [],
    decisions: [],
    actionItems: [],
    scopeGrowth: [],
    participants: [],
    language: { isEnglish: true, confidence: 0 },
    commentCount: thread.comments.length,
  };
}
