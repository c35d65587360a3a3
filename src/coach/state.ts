// The coach's memory for one thread: what its one coaching comment currently says, when it
// last nudged, whether coaching is switched off, and which commands it already handled.
// It travels in the hidden marker of the app's own comment; this module validates it.

/** What the automatic part of the coaching comment currently shows. */
export type NudgeKind = "escalation" | "openItems" | "convergence" | "calm";

/** What the command part of the coaching comment currently shows. */
export type AnswerKind = "summarize" | "concerns" | "decision" | "help";

export interface CoachState {
  v: 1;
  /** `/coach off` was used on this thread (and not undone by `/coach on`). */
  coachOff: boolean;
  /** The nudge on display, when it was written and the comment ids it was about. */
  nudge?: { kind: NudgeKind; at: string; commentIds: string[]; previous?: NudgeKind };
  /** When the last real nudge (not a calm-down update) was posted, and the thread length then. */
  lastNudgeAt?: string;
  lastNudgeCommentCount?: number;
  /** The command answer on display. */
  answer?: { kind: AnswerKind; at: string; commentCount: number };
  /** When the last rate-limited answer (/summarize, /concerns, /decision) was written. */
  lastAnswerAt?: string;
  /** Commands already handled, as "commentId:command", newest last (bounded). */
  handled: string[];
}

/** How many handled commands the marker remembers (newest kept). */
export const HANDLED_LIMIT = 40;

export function emptyState(): CoachState {
  return { v: 1, coachOff: false, handled: [] };
}

const nudgeKinds: readonly string[] = ["escalation", "openItems", "convergence", "calm"];
const answerKinds: readonly string[] = ["summarize", "concerns", "decision", "help"];

const isString = (x: unknown): x is string => typeof x === "string";
const isIso = (x: unknown): x is string => isString(x) && !Number.isNaN(Date.parse(x));
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** A decoded marker turned into a CoachState; null when it is not one of ours or is malformed. */
export function parseState(raw: unknown): CoachState | null {
  if (!isObject(raw) || raw.v !== 1 || typeof raw.coachOff !== "boolean") return null;
  if (!Array.isArray(raw.handled) || !raw.handled.every(isString)) return null;
  const state: CoachState = { v: 1, coachOff: raw.coachOff, handled: raw.handled.slice(-HANDLED_LIMIT) };
  const n = raw.nudge;
  if (isObject(n) && isString(n.kind) && nudgeKinds.includes(n.kind) && isIso(n.at) && Array.isArray(n.commentIds) && n.commentIds.every(isString)) {
    state.nudge = { kind: n.kind as NudgeKind, at: n.at, commentIds: n.commentIds };
    if (isString(n.previous) && nudgeKinds.includes(n.previous)) state.nudge.previous = n.previous as NudgeKind;
  }
  if (isIso(raw.lastNudgeAt)) state.lastNudgeAt = raw.lastNudgeAt;
  if (typeof raw.lastNudgeCommentCount === "number") state.lastNudgeCommentCount = raw.lastNudgeCommentCount;
  const a = raw.answer;
  if (isObject(a) && isString(a.kind) && answerKinds.includes(a.kind) && isIso(a.at) && typeof a.commentCount === "number") {
    state.answer = { kind: a.kind as AnswerKind, at: a.at, commentCount: a.commentCount };
  }
  if (isIso(raw.lastAnswerAt)) state.lastAnswerAt = raw.lastAnswerAt;
  return state;
}

/** Key under which a handled command is remembered. */
export function handledKey(commentId: string, command: string): string {
  return `${commentId}:${command}`;
}

/** The state with one more handled command (oldest dropped past the limit). */
export function withHandled(state: CoachState, key: string): CoachState {
  if (state.handled.includes(key)) return state;
  return { ...state, handled: [...state.handled, key].slice(-HANDLED_LIMIT) };
}
