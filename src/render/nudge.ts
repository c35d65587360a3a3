// The automatic part of the coaching comment, from its message: escalation nudge, open-items
// nudge, convergence offer, the "calmed down" update — and the "coaching is off" note. Pure;
// the whole comment is made mention-safe by coaching-comment.ts.
import type { CalmMessage, ConvergenceMessage, EscalationMessage, NudgeMessage, OpenItemsMessage } from "../coach/message.ts";
import { renderDecisionRecord } from "./decision-record.ts";
import { itemBullet, itemLink } from "./items.ts";

function escalation(m: EscalationMessage): string {
  const lines = [`**${m.title}**`, "", m.observation];
  if (m.commonGround) lines.push("", `One point already has agreement — ${itemLink(m.commonGround)}`);
  lines.push("", "A few questions that could move it forward:", ...m.questions.map((q) => `- ${q}`));
  return lines.join("\n");
}

function openItems(m: OpenItemsMessage): string {
  return [`**${m.title}**`, ...m.items.map((i) => itemBullet(i)), "", m.closing].join("\n");
}

function convergence(m: ConvergenceMessage): string {
  const lines = [`**${m.title}** 🌿`, "", m.intro, ""];
  if (m.agreed.length > 0) lines.push("Agreed so far:", ...m.agreed.map((i) => itemBullet(i)), "");
  lines.push("<details><summary>Decision record draft</summary>", "", renderDecisionRecord(m.record), "", "</details>");
  return lines.join("\n");
}

function calm(m: CalmMessage): string {
  return `**${m.title}** — ${m.text}`;
}

/** The nudge on display, as Markdown. */
export function renderNudge(m: NudgeMessage): string {
  switch (m.kind) {
    case "escalation":
      return escalation(m);
    case "openItems":
      return openItems(m);
    case "convergence":
      return convergence(m);
    case "calm":
      return calm(m);
  }
}

export const COACH_OFF_NOTE = "**Automatic notes are off on this thread.** `/coach on` turns them back on; `/summarize` still works.";
