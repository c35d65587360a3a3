// Bench threads: deterministic issue threads of any length, built from realistic comment text.
// With ../shared/data present the bodies are sampled at run time from real GitHub comments
// (never copied into the repo); without it, from a small built-in composer of review-style
// sentences, code blocks, quotes and links. Also loads the longest real threads when present.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { findDataDir, readJsonl } from "../eval/data.ts";
import { rng } from "../src/analysis/heat/tone/trainer.ts";
import type { Comment, Thread } from "../src/thread/model.ts";

/** A small seeded PRNG (mulberry32, the trainer's): the same seed gives the same thread in every process. */
export const seededRandom = rng;

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

/** Words as the bench counts them everywhere: runs of non-space characters of the raw body. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

export function threadWords(thread: Thread): number {
  let n = 0;
  for (const c of thread.comments) n += countWords(c.body);
  return n;
}

// --- the built-in composer (used when no data folder is present) --------------------------

const SUBJECTS = ["the cache layer", "this migration", "the retry loop", "the new config option", "the parser change", "the public API", "the release branch", "the lock file", "this test", "the docs page"];
const VERBS = ["breaks", "slows down", "changes", "duplicates", "hides", "simplifies", "fixes", "touches", "renames", "removes"];
const OBJECTS = ["startup on Windows", "the error path", "backwards compatibility", "the default timeout", "our CI matrix", "the plugin loader", "existing user configs", "the benchmark numbers", "memory use on large inputs", "the logging format"];
const OPENERS = [
  "I think {s} {v} {o}.",
  "Could we split {s} into a separate PR?",
  "Why does {s} need to change {o}?",
  "I'm worried that {s} {v} {o}, which would be a regression for people upgrading.",
  "Thanks for the quick turnaround, this looks much better now.",
  "LGTM once the tests pass.",
  "I agree with the proposal above, let's go with option B.",
  "Not sure this is the right place for it; {s} already {v} {o}.",
  "Have you measured how {s} {v} {o}?",
  "This is the third time I've asked: please rebase before requesting review.",
  "Honestly this is a mess and I don't see why we keep merging half-finished work.",
  "nit: the name of {s} is a bit confusing.",
  "Let's decide on Friday; until then I'll keep {s} behind a flag.",
  "I can take care of {o} tomorrow.",
  "What happens to {o} if {s} fails halfway?",
  "We should also document how {s} {v} {o}.",
];
const FOLLOWS = [
  "In my experience {s} {v} {o} more often than we expect.",
  "The numbers on my machine look fine, but I only tried the small fixture.",
  "See the linked issue for the background.",
  "If nobody objects I'll update the PR later today.",
  "That said, I don't feel strongly about it.",
  "Is there a reason we can't reuse the helper we already have?",
  "This seems to contradict what was decided in the last meeting.",
  "I'd rather not block on this, but it needs a follow-up issue.",
];
const CODE = ["```ts\nconst cache = new Map<string, Entry>();\nfor (const item of items) cache.set(item.id, item);\n```", "```\n$ npm test\n  12 passed, 1 failed\n```", "`retry({ attempts: 3 })`"];

function composedBody(rand: () => number): string {
  const fill = (t: string) => t.replace("{s}", pick(rand, SUBJECTS)).replace("{v}", pick(rand, VERBS)).replace("{o}", pick(rand, OBJECTS));
  const parts: string[] = [];
  if (rand() < 0.15) parts.push(`> ${fill(pick(rand, OPENERS))}`);
  const sentences = 1 + Math.floor(rand() * 7);
  const prose = [fill(pick(rand, OPENERS))];
  for (let i = 1; i < sentences; i++) prose.push(fill(pick(rand, FOLLOWS)));
  parts.push(prose.join(" "));
  if (rand() < 0.2) parts.push(pick(rand, CODE));
  if (rand() < 0.1) parts.push(`See https://example.com/docs/${Math.floor(rand() * 100)} and #${Math.floor(rand() * 900) + 100}.`);
  return parts.join("\n\n");
}

// --- real comment text, read at run time --------------------------------------------------

let realPool: string[] | null | undefined;

/** Real GitHub issue comments from ../shared/data (strudel: 1,512 comments, about 75 words each,
 * near the ~80 of an RFC thread), or null when absent. */
export function realCommentPool(): string[] | null {
  if (realPool !== undefined) return realPool;
  const dir = findDataDir();
  realPool = null;
  if (!dir) return null;
  const file = join(dir, "strudel", "data.jsonl");
  if (!existsSync(file)) return null;
  const pool = readJsonl<{ text?: string }>(file)
    .map((r) => String(r.text ?? "").trim())
    .filter((t) => countWords(t) >= 3 && t.length <= 20_000);
  realPool = pool.length >= 100 ? pool : null;
  return realPool;
}

let otherPool: string[] | null | undefined;

/** Other real developer text (GitHub PR and commit comments, gh-sentiment-novielli), for warming a
 * process up on real text that the measured threads never contain; null when absent. */
export function otherCommentPool(): string[] | null {
  if (otherPool !== undefined) return otherPool;
  const dir = findDataDir();
  const file = dir ? join(dir, "gh-sentiment-novielli", "data.jsonl") : null;
  otherPool = file && existsSync(file) ? readJsonl<{ text?: string }>(file).map((r) => String(r.text ?? "").trim()).filter((t) => countWords(t) >= 3) : null;
  if (otherPool && otherPool.length < 100) otherPool = null;
  return otherPool;
}

export type TextSource = "real" | "composed";

export interface GenerateOptions {
  seed?: number;
  /** "real" samples the strudel comments when ../shared/data is present, "other" the warm-up
   * set (gh-sentiment-novielli); both fall back to "composed". Default "real". */
  source?: TextSource | "other";
}

export interface GeneratedThread {
  thread: Thread;
  source: TextSource;
  words: number;
}

const BASE_TIME = Date.UTC(2026, 0, 5, 9, 0, 0);

/** One comment of a generated thread; `index` 0 is the opening post. */
export function benchComment(index: number, body: string, login: string, minute: number): Comment {
  const at = new Date(BASE_TIME + minute * 60_000).toISOString();
  return {
    id: `IC_bench_${index}`,
    databaseId: 1_000_000 + index,
    kind: index === 0 ? "body" : "comment",
    author: { login, isBot: false, association: index === 0 ? "OWNER" : "CONTRIBUTOR" },
    body,
    createdAt: at,
    updatedAt: at,
  };
}

/** Comment bodies for a seed (the same in every process). Real text is drawn as a seeded
 * shuffle of the pool, so no body repeats until the pool (1,512 comments) is used up; that
 * keeps text-keyed memos in the analysis from flattering the figures. */
export function bodyStream(options: GenerateOptions = {}): { next: () => string; source: TextSource } {
  const rand = seededRandom(options.seed ?? 1);
  const source = options.source ?? "real";
  const pool = source === "real" ? realCommentPool() : source === "other" ? otherCommentPool() : null;
  if (!pool) return { next: () => composedBody(rand), source: "composed" };
  let order: number[] = [];
  const reshuffle = () => {
    order = pool.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
  };
  let at = 0;
  return {
    next: () => {
      if (at % pool.length === 0) reshuffle();
      return pool[order[at++ % pool.length]];
    },
    source: "real",
  };
}

/** An issue thread of `count` comments (opening post included), deterministic for a seed. */
export function generateThread(count: number, options: GenerateOptions = {}): GeneratedThread {
  const seed = options.seed ?? 1;
  const rand = seededRandom(seed ^ 0x5bd1e995);
  const bodies = bodyStream(options);
  const people = Array.from({ length: Math.max(2, Math.min(60, Math.ceil(count / 8))) }, (_, i) => `dev-${i}`);
  const comments: Comment[] = [];
  let minute = 0;
  for (let i = 0; i < count; i++) {
    comments.push(benchComment(i, bodies.next(), i === 0 ? people[0] : pick(rand, people), minute));
    minute += 1 + Math.floor(rand() * 90);
  }
  const thread: Thread = { kind: "issue", repo: { owner: "acme", name: "widgets" }, number: 77, title: `Bench thread of ${count} comments`, labels: ["rfc"], comments, reviewThreads: [] };
  return { thread, source: bodies.source, words: threadWords(thread) };
}

/** The latest time in a thread, plus a day: a "now" for analysis. */
export function nowAfter(thread: Thread): Date {
  const last = thread.comments[thread.comments.length - 1];
  return new Date(Date.parse(last?.createdAt ?? new Date(BASE_TIME).toISOString()) + 86_400_000);
}

export interface RealThread {
  name: string;
  thread: Thread;
  words: number;
}

interface RealThreadRow {
  thread_id: string;
  title?: string;
  comments: { author?: string | null; text?: string }[];
}

/** The longest real thread (by items) of each thread set in ../shared/data, longest first; [] when absent. Read, never copied. */
export function longestRealThreads(limit = 3): RealThread[] {
  const dir = findDataDir();
  if (!dir) return [];
  const sources = [
    { file: join(dir, "strudel", "threads.jsonl"), label: "strudel (GitHub issue)" },
    { file: join(dir, "ferreira-incivility", "threads_lkml.jsonl"), label: "ferreira (kernel review mail)" },
    { file: join(dir, "arya-infotypes", "threads.jsonl"), label: "arya (GitHub issue, one item per sentence)" },
  ].filter((s) => existsSync(s.file));
  const longest: RealThread[] = [];
  for (const s of sources) {
    const rows = readJsonl<RealThreadRow>(s.file);
    const row = rows.reduce((a, b) => (b.comments.length > a.comments.length ? b : a));
    const comments = row.comments.map((c, i) => benchComment(i, String(c.text ?? ""), c.author ? String(c.author) : `writer-${i % 5}`, i * 7));
    const thread: Thread = { kind: "issue", repo: { owner: "acme", name: "widgets" }, number: 1, title: row.title ?? row.thread_id, labels: [], comments, reviewThreads: [] };
    longest.push({ name: `${s.label} ${row.thread_id}, ${comments.length} items`, thread, words: threadWords(thread) });
  }
  return longest.sort((a, b) => b.thread.comments.length - a.thread.comments.length).slice(0, limit);
}
