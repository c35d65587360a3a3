// The coach's whole answer to one event, as plain data: which commands to honour, whether one
// needs acknowledging (👀 when nothing is written), what the policy decided, the next state
// for the marker and whether the one coaching comment must be (re)written. Pure: the app
// renders and writes it.
import type { ThreadReport } from "../analysis/types.ts";
import type { Config } from "../config/schema.ts";
import type { Association, Thread } from "../thread/model.ts";
import { parseCommands, type CommandName } from "./commands.ts";
import { mayToggleCoaching } from "./permissions.ts";
import { decide, type Decision } from "./policy.ts";
import { emptyState, handledKey, withHandled, type AnswerKind, type CoachState } from "./state.ts";

/** The comment (new or edited) that woke the app, when the event carries one. */
export interface TriggerComment {
  id: string;
  body: string;
  author: { login: string; association: Association; isBot: boolean };
}

export interface PlanInput {
  thread: Pick<Thread, "labels" | "comments">;
  report: ThreadReport;
  config: Config;
  /** State from the coaching comment's marker; null when there is none yet. */
  state: CoachState | null;
  comment?: TriggerComment;
  now: Date;
}

export type CommandOutcome = "answered" | "already handled" | "rate-limited" | "refused" | "repo disabled" | "switched off" | "switched on";

/** A one-line note shown at the top of the coaching comment for this write only. */
export type Notice = "refused-toggle" | "repo-disabled";

export interface Plan {
  state: CoachState;
  /** True when the coaching comment must be created or updated. */
  write: boolean;
  /**
   * True when the trigger comment carries a new command to acknowledge. The app writes the
   * answer as the acknowledgement and reacts 👀 only when the event writes nothing (the command
   * is rate-limited, or the rendered comment is unchanged): never two writes for one command.
   */
  react: boolean;
  notice?: Notice;
  decision: Decision;
  commands: { command: CommandName; outcome: CommandOutcome }[];
}

const answerOf: Partial<Record<CommandName, AnswerKind>> = {
  summarize: "summarize",
  concerns: "concerns",
  decision: "decision",
  "coach-help": "help",
};
const RATE_LIMITED: readonly CommandName[] = ["summarize", "concerns", "decision"];

function threadAuthor(thread: PlanInput["thread"]): string | undefined {
  return thread.comments.find((c) => c.kind === "body")?.author.login;
}

/**
 * How far back a command in another comment still counts when nothing answered it: a command
 * whose answer could not be written (GitHub down past the retries) is answered by the next
 * event on the thread instead of being lost. Older ones are left alone (a newly installed app
 * does not answer last month's commands).
 */
export const COMMAND_CATCH_UP_MS = 60 * 60_000;

/** Recent comments by people, other than the trigger, whose commands may still be unanswered. */
function recentOtherComments(input: PlanInput): TriggerComment[] {
  const since = input.now.getTime() - COMMAND_CATCH_UP_MS;
  return input.thread.comments
    .filter((c) => !c.author.isBot && !c.viewerDidAuthor && c.id !== input.comment?.id)
    .filter((c) => Date.parse(c.updatedAt ?? c.createdAt) >= since)
    .map((c) => ({ id: c.id, body: c.body, author: c.author }));
}

/** Decide everything for one event. */
export function planEvent(input: PlanInput): Plan {
  const { config, comment, now } = input;
  let state: CoachState = input.state ?? emptyState();
  let write = false;
  let react = false;
  let notice: Notice | undefined;
  const outcomes: Plan["commands"] = [];

  const sources = config.commands.enabled ? [...recentOtherComments(input), ...(comment && !comment.author.isBot ? [comment] : [])] : [];
  const commands = sources.flatMap((source) => parseCommands(source.body).map(({ name }) => ({ name, source })));
  for (const { name, source } of commands) {
    const key = handledKey(source.id, name);
    const isTrigger = source === comment;
    if (state.handled.includes(key)) {
      if (isTrigger) outcomes.push({ command: name, outcome: "already handled" });
      continue;
    }
    if (isTrigger) react = true;
    if (!config.enabled) {
      state = withHandled(state, key);
      write = true;
      notice = "repo-disabled";
      outcomes.push({ command: name, outcome: "repo disabled" });
      continue;
    }
    if (name === "coach-off" || name === "coach-on") {
      state = withHandled(state, key);
      write = true;
      if (!mayToggleCoaching(source.author, threadAuthor(input.thread), config)) {
        notice = "refused-toggle";
        outcomes.push({ command: name, outcome: "refused" });
      } else {
        state = { ...state, coachOff: name === "coach-off" };
        outcomes.push({ command: name, outcome: name === "coach-off" ? "switched off" : "switched on" });
      }
      continue;
    }
    const minutes = config.commands.summarizeCooldownMinutes;
    if (RATE_LIMITED.includes(name) && state.lastAnswerAt && now.getTime() - Date.parse(state.lastAnswerAt) < minutes * 60_000) {
      outcomes.push({ command: name, outcome: "rate-limited" });
      continue;
    }
    state = withHandled(state, key);
    state = { ...state, answer: { kind: answerOf[name]!, at: now.toISOString(), commentCount: input.report.commentCount } };
    if (RATE_LIMITED.includes(name)) state = { ...state, lastAnswerAt: now.toISOString() };
    write = true;
    outcomes.push({ command: name, outcome: "answered" });
  }

  const decision = decide({
    report: input.report,
    config,
    state,
    thread: input.thread,
    trigger: { authorIsBot: comment?.author.isBot ?? false },
    now,
  });
  const at = now.toISOString();
  if (decision.speak === "update-to-calm" && state.nudge) {
    state = { ...state, nudge: { kind: "calm", at, commentIds: [], previous: state.nudge.kind } };
    write = true;
  } else if (decision.speak !== "silence" && decision.speak !== "update-to-calm") {
    if (decision.refresh && state.nudge) {
      state = { ...state, nudge: { ...state.nudge, commentIds: decision.commentIds } };
    } else {
      state = {
        ...state,
        nudge: { kind: decision.speak, at, commentIds: decision.commentIds },
        lastNudgeAt: at,
        lastNudgeCommentCount: input.report.commentCount,
      };
    }
    write = true;
  }
  return { state, write, react, notice, decision, commands: outcomes };
}
