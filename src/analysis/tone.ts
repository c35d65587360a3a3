// Per-comment tone. (Stub: replaced by the real model.)
import type { Sensitivity, ToneResult } from "./types.ts";

export interface ToneOptions {
  sensitivity?: Sensitivity;
}

/** How heated one comment reads. Input: the comment's Markdown (cleaned internally). */
export function scoreTone(_markdown: string, _options: ToneOptions = {}): ToneResult {
  return { score: 0, flag: false, evidence: [] };
}
