// The repository digest as plain data: from the reports of a repository's open threads, the
// threads heating up, the questions and concerns still waiting, the long debates converging
// without a recorded decision, and how many threads have coaching switched off (count only).
// Most urgent first in every section; capped per section with the count of the rest. It reads
// only the reports' public fields and the same policy helpers as the in-thread notes. Pure:
// "now" is an argument, and nothing here names a person (items carry short quotes or the
// app's own description, exactly as in the coaching comment).
import type { HeatLevel, ThreadReport } from "../analysis/types.ts";
import type { Config } from "../config/schema.ts";
import type { Thread } from "../thread/model.ts";
import { openItemLine } from "./items.ts";
import type { MessageItem } from "./message.ts";
import { dueOpenItems } from "./open-items.ts";
import { isConverging } from "./policy.ts";
import { relativeAge } from "./time.ts";

/** One open thread as the digest reads it: where it is, its comments (for links) and its report. */
export interface DigestThread {
  kind: "issue" | "pull_request" | "discussion";
  number: number;
  title: string;
  url: string;
  labels: string[];
  /** The comments the report was built from (links and comment numbers come from them). */
  comments: Thread["comments"];
  /** Earlier comments not read (the digest reads a window of the latest): comment numbers count them. */
  omitted?: number;
  report: ThreadReport;
  /** `/coach off` is in force (read from the app's own coaching comment). */
  coachOff: boolean;
}

/** Which thread an entry is in. */
export interface DigestRef {
  kind: DigestThread["kind"];
  number: number;
  title: string;
  url: string;
}

export interface HeatEntry {
  thread: DigestRef;
  level: Exclude<HeatLevel, "calm">;
  score: number;
  /** When the rise began (ISO time of the comment), in words ("3 hours ago"), and its link. */
  since?: string;
  sinceAge?: string;
  sinceUrl?: string;
}

export interface WaitingEntry {
  thread: DigestRef;
  /** The item as in the coaching comment: a short quote (calm comments only) or a description, its age and link. */
  item: MessageItem;
  blocking: boolean;
  ageMs: number;
}

export interface ConvergingEntry {
  thread: DigestRef;
  comments: number;
  agreedPoints: number;
  approvals: number;
}

/** A capped section: the entries shown and how many more there are. */
export interface DigestSection<T> {
  entries: T[];
  more: number;
}

export interface Digest {
  generatedAt: string;
  /** Open threads read for this digest. */
  scanned: number;
  /** Open threads the refresh did not read (past `digest.maxThreads` or `digest.maxAgeDays`), when known. */
  unread: number;
  heating: DigestSection<HeatEntry>;
  waiting: DigestSection<WaitingEntry>;
  converging: DigestSection<ConvergingEntry>;
  /** Threads where `/coach off` is in force: counted only, never listed. */
  coachOff: number;
}

export interface DigestInput {
  threads: DigestThread[];
  config: Config;
  now: Date;
  /** Open threads not read (see Digest.unread); default 0. */
  unread?: number;
  /** Most entries per section; default config.digest.maxPerSection. */
  maxPerSection?: number;
}

const refOf = (t: DigestThread): DigestRef => ({ kind: t.kind, number: t.number, title: t.title, url: t.url });

const approvals = (t: DigestThread) => t.comments.filter((c) => c.kind === "review" && c.reviewState === "APPROVED" && !c.author.isBot).length;

function capped<T>(entries: T[], max: number): DigestSection<T> {
  return entries.length <= max ? { entries, more: 0 } : { entries: entries.slice(0, max), more: entries.length - max };
}

/** A thread the digest may list: not switched off, not ignored by label, English (as the in-thread notes). */
function listable(t: DigestThread, config: Config): boolean {
  if (t.coachOff || !t.report.language.isEnglish) return false;
  return !t.labels.some((l) => config.ignore.labels.some((x) => x.toLowerCase() === l.toLowerCase()));
}

function heatEntry(t: DigestThread, now: Date): HeatEntry | undefined {
  const { heat } = t.report;
  if (heat.level === "calm") return undefined;
  const entry: HeatEntry = { thread: refOf(t), level: heat.level, score: heat.score };
  const start = heat.since ? t.comments.find((c) => c.id === heat.since!.commentId) : undefined;
  if (start) {
    entry.since = start.createdAt;
    entry.sinceAge = relativeAge(start.createdAt, now);
    if (start.url) entry.sinceUrl = start.url;
  }
  return entry;
}

/** "comment 3" of a window is "comment 3 + omitted" of the thread (the opening post stays comment 1). */
function withOmitted(item: MessageItem, omitted: number): MessageItem {
  const n = /^comment (\d+)$/.exec(item.where ?? "");
  if (!n || omitted === 0 || Number(n[1]) === 1) return item;
  return { ...item, where: `comment ${Number(n[1]) + omitted}` };
}

function waitingEntries(t: DigestThread, config: Config, now: Date): WaitingEntry[] {
  return dueOpenItems(t.report, config).map((item) => ({
    thread: refOf(t),
    item: withOmitted(openItemLine(t.report, t, item, now), t.omitted ?? 0),
    blocking: Boolean(item.blocking),
    ageMs: item.ageMs ?? 0,
  }));
}

function convergingEntry(t: DigestThread, config: Config): ConvergingEntry | undefined {
  // Ready for a decision: converging by the same rule as the in-thread note, and none recorded yet.
  if (t.report.decisions.length > 0 || !isConverging(t.report, { ...config, nudges: { ...config.nudges, convergence: true } }, t)) return undefined;
  return { thread: refOf(t), comments: t.report.commentCount + (t.omitted ?? 0), agreedPoints: t.report.agreements.length, approvals: approvals(t) };
}

const LEVEL_RANK: Record<HeatEntry["level"], number> = { heated: 2, warming: 1 };

/** The digest of these threads at `now`, most urgent first in each section. */
export function buildDigest(input: DigestInput): Digest {
  const { config, now } = input;
  const max = input.maxPerSection ?? config.digest.maxPerSection;
  const listed = input.threads.filter((t) => listable(t, config));

  const heating = listed.map((t) => heatEntry(t, now)).filter((e): e is HeatEntry => e !== undefined);
  // Hotter first; at the same level, the higher score, then the longer it has lasted.
  heating.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || b.score - a.score || (a.since ?? "").localeCompare(b.since ?? "") || a.thread.number - b.thread.number);

  const waiting = listed.flatMap((t) => waitingEntries(t, config, now));
  // Blocking concerns first, then the longest wait.
  waiting.sort((a, b) => Number(b.blocking) - Number(a.blocking) || b.ageMs - a.ageMs || a.thread.number - b.thread.number);

  const converging = listed.map((t) => convergingEntry(t, config)).filter((e): e is ConvergingEntry => e !== undefined);
  // The longest debates first: they cost the most to re-read.
  converging.sort((a, b) => b.comments - a.comments || a.thread.number - b.thread.number);

  return {
    generatedAt: now.toISOString(),
    scanned: input.threads.length,
    unread: input.unread ?? 0,
    heating: capped(heating, max),
    waiting: capped(waiting, max),
    converging: capped(converging, max),
    coachOff: input.threads.filter((t) => t.coachOff).length,
  };
}
