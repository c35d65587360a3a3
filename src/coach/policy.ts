// When to speak: the pure policy. Given the thread's report, the config, what the coaching
// comment already says (its state) and "now", decides one of: a new or refreshed nudge
// (escalation, open items, convergence), an update saying the thread calmed down, or
// silence — always with the reason, so the app can log every decision.
import type { ThreadReport } from "../analysis/types.ts";
import type { Config } from "../config/schema.ts";
import type { Thread } from "../thread/model.ts";
import { noteItems } from "./open-items.ts";
import type { CoachState, NudgeKind } from "./state.ts";

export type Speak = "escalation" | "openItems" | "convergence" | "update-to-calm" | "silence";

export type SilenceCode = "disabled" | "coach-off" | "bot" | "ignored-label" | "not-english" | "too-short" | "already-shown" | "weak-signal" | "cooldown" | "notes-off" | "own-thread";

export interface Decision {
  speak: Speak;
  /** Plain-language reason, for the debug log. */
  reason: string;
  /** For silence: a short fixed code (metrics label), e.g. "cooldown". */
  silenceCode?: SilenceCode;
  /** True when an already shown nudge of the same kind is brought up to date (no cooldown applies). */
  refresh?: boolean;
  /** The comments the nudge is about (stored in the marker). */
  commentIds: string[];
}

export interface PolicyInput {
  report: ThreadReport;
  config: Config;
  /** State from the coaching comment's marker; null when there is no coaching comment yet. */
  state: CoachState | null;
  thread: Pick<Thread, "labels" | "comments">;
  /** The event that woke the app: a comment by a bot never makes it speak. */
  trigger: { authorIsBot: boolean };
  now: Date;
}

/** A debate counts as long from this many comments (or config.minComments, if higher). */
export const LONG_DEBATE_COMMENTS = 8;

const HOUR_MS = 3_600_000;

/** True when, at this config, the thread's heat warrants an escalation nudge now (ignoring cooldown). */
export function shouldNudgeEscalation(report: ThreadReport, config: Config): boolean {
  if (!config.enabled || !config.nudges.escalation || !report.language.isEnglish) return false;
  if (config.escalation.threshold === "warming") return report.heat.level !== "calm";
  return report.heat.level === "heated";
}

function escalationIds(report: ThreadReport): string[] {
  const flagged = report.heat.perComment.filter((c) => c.hot).map((c) => c.commentId);
  if (flagged.length > 0) return flagged;
  return report.heat.since ? [report.heat.since.commentId] : [];
}

function approvals(thread: Pick<Thread, "comments">): number {
  return thread.comments.filter((c) => c.kind === "review" && c.reviewState === "APPROVED" && !c.author.isBot).length;
}

/** Decisions a debate converges on ("let's go with…", "we decided…"), still standing: a closing,
 * merge or "not a bug" settles the thread instead, and is no reason to offer a decision record. */
export function debateDecisions(report: ThreadReport): ThreadReport["decisions"] {
  return report.decisions.filter((d) => (d.kind === undefined || d.kind === "decided") && !d.reversedBy);
}

/** True when a long debate has turned to agreement: something agreed or decided, backed by approvals or by several people agreeing to one point, nothing blocking, not hot. */
export function isConverging(report: ThreadReport, config: Config, thread: Pick<Thread, "comments">): boolean {
  if (!config.nudges.convergence) return false;
  if (report.commentCount < Math.max(LONG_DEBATE_COMMENTS, config.minComments)) return false;
  if (report.heat.level !== "calm") return false;
  const decisions = debateDecisions(report);
  if (report.agreements.length + decisions.length === 0) return false;
  if (report.openConcerns.some((c) => c.blocking)) return false;
  // Several people on the same point, not two people each conceding a different one in a back-and-forth.
  const shared = report.agreements.some((a) => a.agreedBy.length >= 2);
  return approvals(thread) > 0 || shared || decisions.length > 0;
}

interface Candidate {
  kind: Exclude<NudgeKind, "calm">;
  reason: string;
  commentIds: string[];
}

function candidates(input: PolicyInput): Candidate[] {
  const { report, config, thread } = input;
  const out: Candidate[] = [];
  if (shouldNudgeEscalation(report, config)) {
    out.push({ kind: "escalation", reason: `heat is ${report.heat.level} (score ${report.heat.score.toFixed(2)})`, commentIds: escalationIds(report) });
  }
  if (config.nudges.openItems) {
    const due = noteItems(report, config);
    if (due.length > 0) out.push({ kind: "openItems", reason: `${due.length} question(s)/concern(s) unanswered`, commentIds: due.map((i) => i.commentId) });
  }
  if (isConverging(report, config, thread)) {
    const decisions = debateDecisions(report);
    const ids = [...new Set([...report.agreements.map((a) => a.commentId), ...decisions.map((d) => d.commentId)])];
    out.push({ kind: "convergence", reason: `converging: ${report.agreements.length} agreement(s), ${decisions.length} decision(s)`, commentIds: ids });
  }
  return out;
}

const sameIds = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");

/** Does the nudge on display still say the right thing? An escalation note does while the heat lasts; lists must match. */
function stillAccurate(candidate: Candidate, shownIds: string[]): boolean {
  return candidate.kind === "escalation" || sameIds(candidate.commentIds, shownIds);
}

/** Is the nudge on display no longer true (heat gone, items answered)? */
function isResolved(kind: NudgeKind, input: PolicyInput): boolean {
  if (kind === "escalation") return input.report.heat.level === "calm";
  if (kind === "openItems") return noteItems(input.report, input.config).length === 0;
  return false;
}

/** Why a new nudge must wait, or null when the cooldown (time and new comments) has passed. */
function cooldownReason(state: CoachState | null, input: PolicyInput): string | null {
  if (!state?.lastNudgeAt) return null;
  const hours = (input.now.getTime() - Date.parse(state.lastNudgeAt)) / HOUR_MS;
  const newComments = input.report.commentCount - (state.lastNudgeCommentCount ?? 0);
  const { cooldown } = input.config;
  if (hours < cooldown.hours) return `cooldown: ${hours.toFixed(1)} h since the last nudge (< ${cooldown.hours} h)`;
  if (newComments < cooldown.comments) return `cooldown: ${newComments} new comment(s) since the last nudge (< ${cooldown.comments})`;
  return null;
}

const silence = (silenceCode: SilenceCode, reason: string): Decision => ({ speak: "silence", reason, silenceCode, commentIds: [] });

/** The one decision for this event. */
export function decide(input: PolicyInput): Decision {
  const { report, config, state, thread } = input;
  if (!config.enabled) return silence("disabled", "disabled in the repository config");
  if (!config.inThreadNotes) return silence("notes-off", "automatic notes are off in the repository config (inThreadNotes: false)");
  if (state?.coachOff) return silence("coach-off", "coaching switched off on this thread (/coach off)");
  const opening = thread.comments[0];
  if (opening?.kind === "body" && opening.viewerDidAuthor) return silence("own-thread", "the app opened this thread itself (its repository digest)");
  if (input.trigger.authorIsBot) return silence("bot", "triggered by a bot");
  const ignored = thread.labels.find((l) => config.ignore.labels.some((x) => x.toLowerCase() === l.toLowerCase()));
  if (ignored !== undefined) return silence("ignored-label", `thread has the ignored label "${ignored}"`);
  if (!report.language.isEnglish) return silence("not-english", "thread does not look English");

  const shown = state?.nudge;
  const active = shown && shown.kind !== "calm" ? shown : undefined;
  const longEnough = report.commentCount >= config.minComments;
  const found = longEnough ? candidates(input) : [];
  if (active && isResolved(active.kind, input)) {
    // Straight to the next nudge when one is due and allowed; otherwise say it calmed down.
    const next = found[0];
    if (next && !cooldownReason(state, input)) return { speak: next.kind, reason: `${next.reason} (the ${active.kind} nudge no longer applies)`, commentIds: next.commentIds };
    return { speak: "update-to-calm", reason: `the ${active.kind} nudge no longer applies`, commentIds: [] };
  }
  if (!longEnough) return silence("too-short", `thread too short (${report.commentCount} < ${config.minComments} comments)`);
  if (active) {
    const same = found.find((c) => c.kind === active.kind);
    if (same && found[0] === same) {
      if (stillAccurate(same, active.commentIds)) return silence("already-shown", `already showing the ${same.kind} nudge`);
      return { speak: same.kind, reason: `${same.reason}; refreshing the nudge on display`, refresh: true, commentIds: same.commentIds };
    }
  }
  const top = found[0];
  if (!top) return silence("weak-signal", "signal too weak: nothing to say");
  const waiting = cooldownReason(state, input);
  if (waiting) {
    const same = active && found.find((c) => c.kind === active.kind);
    if (same && !stillAccurate(same, active!.commentIds)) {
      return { speak: same.kind, reason: `${same.reason}; refreshing (new ${top.kind} nudge held back by ${waiting})`, refresh: true, commentIds: same.commentIds };
    }
    return silence("cooldown", `${top.kind} held back by ${waiting}`);
  }
  return { speak: top.kind, reason: top.reason, commentIds: top.commentIds };
}
