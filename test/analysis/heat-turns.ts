// Hand-built turns for escalation tests: per-comment features with a chosen heat, author, timing and cues.
import type { Comment } from "../../src/thread/model.ts";
import type { CommentFeatures } from "../../src/analysis/comment-features.ts";
import type { ToneEvidence } from "../../src/analysis/types.ts";
import { toneThresholds } from "../../src/analysis/heat/tone.ts";

export const FLAG = toneThresholds.medium;

export interface Turn {
  who: string;
  /** Heat relative to the tone flag threshold (1 = flagged). */
  heat?: number;
  minute?: number;
  words?: number;
  polite?: boolean;
  blame?: number;
  rhetorical?: number;
  terms?: string[];
  dismissals?: number;
  /** The comment speaks to a person (tone.addressed; unset by default). */
  addressed?: boolean;
  /** Tone evidence of the comment (none by default). */
  evidence?: ToneEvidence[];
}

export function build(turns: Turn[]): { comments: Comment[]; features: CommentFeatures[] } {
  const comments = turns.map((t, i) => ({
    id: `c${i + 1}`,
    kind: i === 0 ? ("body" as const) : ("comment" as const),
    author: { login: t.who, isBot: false, association: "NONE" as const },
    body: "",
    createdAt: new Date(Date.UTC(2024, 0, 1) + (t.minute ?? i * 60) * 60_000).toISOString(),
  }));
  const features = turns.map((t, i) => {
    const score = Math.min(0.999, (t.heat ?? 0.2) * FLAG);
    return {
      wordCount: t.words ?? 60,
      prose: "",
      sentences: [],
      quotes: [],
      mentions: [],
      references: [],
      terms: t.terms ?? [`topic${i}a`, `topic${i}b`, `topic${i}c`, `topic${i}d`, `topic${i}e`],
      candidates: [],
      rhetorical: t.rhetorical ?? 0,
      agreement: null,
      acceptance: null,
      acknowledges: false,
      resolvesOwn: false,
      decisions: [],
      actions: [],
      scopeGrowth: [],
      claim: null,
      polite: t.polite ?? true,
      blame: t.blame ?? 0,
      pointedYou: 0,
      dismissals: t.dismissals ?? 0,
      tone: { score, flag: score >= FLAG, hot: score >= FLAG, evidence: t.evidence ?? [], ...(t.addressed === undefined ? {} : { addressed: t.addressed }) },
    } satisfies CommentFeatures;
  });
  return { comments, features };
}

