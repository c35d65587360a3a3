// The one coaching comment, whole, from the message the coach composed (coach/comment.ts): an
// optional one-line notice, the nudge on display (or the "coaching is off" note), the latest
// command answer, the evidence fold, a one-line footer and the hidden state marker. Everything
// but the marker is mention-safe. Pure.
import type { AnswerMessage, CoachingMessage } from "../coach/message.ts";
import type { Notice } from "../coach/plan.ts";
import type { CoachState } from "../coach/state.ts";
import { renderConcerns } from "./concerns.ts";
import { renderDecisionRecord } from "./decision-record.ts";
import { renderHelp } from "./help.ts";
import { encodeMarker } from "./marker.ts";
import { neutralizeMentions } from "./mentions.ts";
import { COACH_OFF_NOTE, renderNudge } from "./nudge.ts";
import { renderSummary } from "./summary.ts";

const NOTICES: Record<Notice, string> = {
  "refused-toggle": "_Only the thread's author or a maintainer can switch these notes off or on here; the other commands work for everyone._",
  "repo-disabled": "_Common Ground is switched off in this repository's configuration, so it is not answering commands here._",
};

export function renderFooter(state: CoachState): string {
  const toggle = state.coachOff ? "`/coach on` to resume notes on this thread" : "`/coach off` to stop these notes on this thread";
  return `<sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · ${toggle} · \`/coach help\` for more.</sub>`;
}

function renderAnswer(m: AnswerMessage): string {
  switch (m.kind) {
    case "summary":
      return renderSummary(m);
    case "concerns":
      return renderConcerns(m);
    case "decision":
      return renderDecisionRecord(m);
    case "help":
      return renderHelp(m);
  }
}

function renderEvidence(lines: string[]): string {
  return ["<details><summary>Why am I seeing this?</summary>", "", ...lines.map((l) => `- ${l}`), "", "</details>"].join("\n");
}

/** The full body of the coaching comment for this message. */
export function renderCoachingComment(m: CoachingMessage): string {
  const parts: string[] = [];
  if (m.notice) parts.push(NOTICES[m.notice]);
  if (m.coachOff) parts.push(COACH_OFF_NOTE);
  else if (m.nudge) parts.push(renderNudge(m.nudge));
  const answer = m.answer ? renderAnswer(m.answer) : "";
  if (answer) {
    if (parts.length > 0) parts.push("---");
    parts.push(answer);
  }
  if (m.evidence.length > 0) parts.push(renderEvidence(m.evidence));
  parts.push(renderFooter(m.state));
  return `${neutralizeMentions(parts.join("\n\n"))}\n\n${encodeMarker(m.state)}`;
}
