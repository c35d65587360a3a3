// The one coaching comment as a finished message: the notice for this write, the nudge on
// display (or that coaching is off), the latest command answer, the evidence lines and the
// state for the marker. The app passes it to render/coaching-comment.ts. Pure.
import type { ThreadReport } from "../analysis/types.ts";
import type { Config } from "../config/schema.ts";
import type { Thread } from "../thread/model.ts";
import { composeConcerns, composeDecisionRecord, composeHelp, composeSummary } from "./answers.ts";
import { composeNudge } from "./compose.ts";
import type { AnswerMessage, CoachingMessage } from "./message.ts";
import type { Notice } from "./plan.ts";
import type { CoachState } from "./state.ts";

export interface CoachingCommentInput {
  state: CoachState;
  report: ThreadReport;
  thread: Pick<Thread, "title" | "comments">;
  config: Config;
  now: Date;
  notice?: Notice;
}

function composeAnswer(input: CoachingCommentInput): AnswerMessage | undefined {
  const { report, thread, now, config } = input;
  switch (input.state.answer?.kind) {
    case "summarize":
      return composeSummary(report, thread, now);
    case "concerns":
      return composeConcerns(report, thread, now);
    case "decision":
      return composeDecisionRecord(report, thread, now);
    case "help":
      return composeHelp(config);
    default:
      return undefined;
  }
}

/** The whole coaching comment for this state, as plain data. */
export function composeCoachingComment(input: CoachingCommentInput): CoachingMessage {
  const { state, config } = input;
  const message: CoachingMessage = { coachOff: state.coachOff, evidence: [], state };
  if (input.notice) message.notice = input.notice;
  if (!state.coachOff && state.nudge) {
    message.nudge = composeNudge({ kind: state.nudge.kind, previous: state.nudge.previous, report: input.report, thread: input.thread, config, now: input.now });
    if (config.evidence) message.evidence = message.nudge.evidence;
  }
  const answer = composeAnswer(input);
  if (answer) message.answer = answer;
  return message;
}
