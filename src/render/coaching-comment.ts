// The one coaching comment, whole: an optional one-line notice, the nudge on display (or the
// "coaching is off" note), the latest command answer, the evidence fold, a one-line footer and
// the hidden state marker. Everything but the marker is mention-safe. Pure.
import type { ThreadReport } from "../analysis/types.ts";
import type { Notice } from "../coach/plan.ts";
import type { CoachState } from "../coach/state.ts";
import type { Config } from "../config/schema.ts";
import type { Thread } from "../thread/model.ts";
import { renderConcerns } from "./concerns.ts";
import { renderDecisionRecord } from "./decision-record.ts";
import { renderHelp } from "./help.ts";
import { encodeMarker } from "./marker.ts";
import { neutralizeMentions } from "./mentions.ts";
import { COACH_OFF_NOTE, renderNudge } from "./nudge.ts";
import { renderSummary } from "./summary.ts";

export interface CoachingCommentInput {
  state: CoachState;
  report: ThreadReport;
  thread: Thread;
  config: Config;
  now: Date;
  notice?: Notice;
}

const NOTICES: Record<Notice, string> = {
  "refused-toggle": "_Only the thread's author or a maintainer can switch these notes off or on here; the other commands work for everyone._",
  "repo-disabled": "_Common Ground is switched off in this repository's configuration, so it is not answering commands here._",
};

export function renderFooter(state: CoachState): string {
  const toggle = state.coachOff ? "`/coach on` to resume notes on this thread" : "`/coach off` to stop these notes on this thread";
  return `<sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · ${toggle} · \`/coach help\` for more.</sub>`;
}

function renderAnswer(input: CoachingCommentInput): string {
  const { report, thread, now, config } = input;
  switch (input.state.answer?.kind) {
    case "summarize":
      return renderSummary(report, thread, { now });
    case "concerns":
      return renderConcerns(report, thread, { now });
    case "decision":
      return renderDecisionRecord(report, thread, { now });
    case "help":
      return renderHelp(config);
    default:
      return "";
  }
}

function renderEvidence(lines: string[]): string {
  return ["<details><summary>Why am I seeing this?</summary>", "", ...lines.map((l) => `- ${l}`), "", "</details>"].join("\n");
}

/** The full body of the coaching comment for this state. */
export function renderCoachingComment(input: CoachingCommentInput): string {
  const { state, config } = input;
  const parts: string[] = [];
  if (input.notice) parts.push(NOTICES[input.notice]);
  let evidence: string[] = [];
  if (state.coachOff) {
    parts.push(COACH_OFF_NOTE);
  } else if (state.nudge) {
    const nudge = renderNudge({ kind: state.nudge.kind, previous: state.nudge.previous, report: input.report, thread: input.thread, config, now: input.now });
    parts.push(nudge.markdown);
    evidence = nudge.evidence;
  }
  const answer = renderAnswer(input);
  if (answer) {
    if (parts.length > 0) parts.push("---");
    parts.push(answer);
  }
  if (config.evidence && evidence.length > 0) parts.push(renderEvidence(evidence));
  parts.push(renderFooter(state));
  return `${neutralizeMentions(parts.join("\n\n"))}\n\n${encodeMarker(state)}`;
}
