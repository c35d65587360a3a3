// The automatic part of the coaching comment: escalation nudge, open-items nudge, convergence
// offer, the "calmed down" update and the "coaching is off" note — plus the evidence lines for
// the fold. Built from coach/compose.ts; mention-safe. Pure.
import type { ThreadReport } from "../analysis/types.ts";
import { composeConvergence, composeEscalation, composeOpenItems } from "../coach/compose.ts";
import type { NudgeKind } from "../coach/state.ts";
import type { Config } from "../config/schema.ts";
import type { Thread } from "../thread/model.ts";
import { renderDecisionRecord } from "./decision-record.ts";
import { openItemBullet, refBullet, refLink } from "./items.ts";

export interface RenderedNudge {
  markdown: string;
  evidence: string[];
}

export interface NudgeInput {
  kind: NudgeKind;
  /** For "calm": the nudge it replaces. */
  previous?: NudgeKind;
  report: ThreadReport;
  thread: Thread;
  config: Config;
  now: Date;
}

function escalation(input: NudgeInput): RenderedNudge {
  const m = composeEscalation(input.report);
  const lines = [`**${m.title}**`, "", m.observation];
  if (m.commonGround) {
    lines.push("", `One point already has agreement — ${refLink(input.report, input.thread, m.commonGround, "point")}`);
  }
  lines.push("", "A few questions that could move it forward:", ...m.questions.map((q) => `- ${q}`));
  return { markdown: lines.join("\n"), evidence: m.evidence };
}

function openItems(input: NudgeInput): RenderedNudge {
  const m = composeOpenItems(input.report, input.config);
  const lines = [`**${m.title}**`, ...m.items.map((i) => openItemBullet(input.report, input.thread, i, input.now)), "", m.closing];
  return { markdown: lines.join("\n"), evidence: m.evidence };
}

function convergence(input: NudgeInput): RenderedNudge {
  const m = composeConvergence(input.report);
  const lines = [`**${m.title}** 🌿`, "", m.intro, ""];
  if (m.agreed.length > 0) {
    lines.push("Agreed so far:", ...m.agreed.map((a) => refBullet(input.report, input.thread, a, "point", ` — agreed by ${a.agreedBy.length} participant${a.agreedBy.length === 1 ? "" : "s"}.`)), "");
  }
  lines.push(
    "<details><summary>Decision record draft</summary>",
    "",
    renderDecisionRecord(input.report, input.thread, { now: input.now }),
    "",
    "</details>",
  );
  return { markdown: lines.join("\n"), evidence: m.evidence };
}

function calm(previous: NudgeKind | undefined): RenderedNudge {
  const text =
    previous === "openItems"
      ? "**The open questions here have been answered** — thanks, everyone. Nothing is waiting on this thread right now."
      : "**Things have calmed down here** — thanks, everyone. The earlier note no longer applies.";
  return { markdown: text, evidence: [] };
}

/** The nudge on display for this state. */
export function renderNudge(input: NudgeInput): RenderedNudge {
  switch (input.kind) {
    case "escalation":
      return escalation(input);
    case "openItems":
      return openItems(input);
    case "convergence":
      return convergence(input);
    case "calm":
      return calm(input.previous);
  }
}

export const COACH_OFF_NOTE = "**Automatic notes are off on this thread.** `/coach on` turns them back on; `/summarize` still works.";
