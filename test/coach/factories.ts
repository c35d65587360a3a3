// Test factories: a ThreadReport and a Thread with sensible calm defaults, overridable per test.
import type { OpenItem, ThreadReport } from "../../src/analysis/types.ts";
import type { Comment, Thread } from "../../src/thread/model.ts";
import { configSchema, type Config, type ConfigInput } from "../../src/config/schema.ts";

export const T0 = new Date("2026-03-02T12:00:00Z");
export const hoursLater = (h: number, from: Date = T0) => new Date(from.getTime() + h * 3_600_000);

export function config(input: ConfigInput = {}): Config {
  return configSchema.parse(input);
}

export function report(overrides: Partial<ThreadReport> = {}): ThreadReport {
  return {
    heat: { level: "calm", score: 0.05, reasons: [], involved: [], perComment: [] },
    openQuestions: [],
    openConcerns: [],
    agreements: [],
    decisions: [],
    status: { state: "unknown", source: "words", locked: false },
    differences: [],
    actionItems: [],
    scopeGrowth: [],
    participants: [],
    language: { isEnglish: true, confidence: 0.9 },
    commentCount: 6,
    ...overrides,
  };
}

export function heated(commentCount = 8): ThreadReport["heat"] {
  const perComment = Array.from({ length: commentCount }, (_, i) => ({
    commentId: `c${i + 1}`,
    score: i >= commentCount - 3 ? 0.85 : 0.1,
    flag: i >= commentCount - 3,
    hot: i >= commentCount - 3,
  }));
  return {
    level: "heated",
    score: 0.8,
    since: { commentId: `c${commentCount - 2}`, index: commentCount - 3 },
    reasons: ["Rising heat over 3 consecutive replies.", "Second-person phrasing in the latest turns."],
    involved: ["alice", "bob"],
    perComment,
  };
}

export function openItem(overrides: Partial<OpenItem> = {}): OpenItem {
  return {
    kind: "question",
    text: "How do existing sessions migrate?",
    author: "carol",
    commentId: "c2",
    url: "https://github.com/o/r/issues/1#issuecomment-2",
    createdAt: T0.toISOString(),
    ageMs: 30 * 3_600_000,
    laterComments: 4,
    suggestedQuestions: ["What would a migration path for existing sessions need to cover?"],
    ...overrides,
  };
}

export function comment(i: number, overrides: Partial<Comment> = {}): Comment {
  return {
    id: `c${i}`,
    databaseId: 1000 + i,
    kind: i === 1 ? "body" : "comment",
    author: { login: i === 1 ? "author" : `user${i}`, isBot: false, association: "NONE" },
    body: `comment ${i}`,
    createdAt: new Date(T0.getTime() + i * 60_000).toISOString(),
    url: `https://github.com/o/r/issues/1#issuecomment-${1000 + i}`,
    ...overrides,
  };
}

export function thread(n = 6, overrides: Partial<Thread> = {}): Thread {
  return {
    kind: "issue",
    repo: { owner: "o", name: "r" },
    number: 1,
    title: "Session storage",
    labels: [],
    comments: Array.from({ length: n }, (_, i) => comment(i + 1)),
    reviewThreads: [],
    ...overrides,
  };
}
