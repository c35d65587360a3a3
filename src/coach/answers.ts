// What the command answers say, as plain data: the `/summarize` summary (also the CLI's
// Markdown report), the `/concerns` list, the decision-record draft (`/decision` and the
// convergence offer; gaps are left as questions for the humans) and `/coach help`. Names
// nobody. render/ only turns these messages into Markdown. Pure.
import type { ThreadReport } from "../analysis/types.ts";
import type { Config } from "../config/schema.ts";
import type { Thread } from "../thread/model.ts";
import { agreedBy, capped, commentNumber, itemLine, openItemLine } from "./items.ts";
import type { ConcernsMessage, DecisionRecordMessage, HelpMessage, MessageItem, SummaryMessage, SummarySection } from "./message.ts";
import { describeTemperature } from "./temperature.ts";
import { dateAfter } from "./time.ts";

/** Days until the suggested review date. */
export const REVIEW_AFTER_DAYS = 90;

/** Human participants (bots left out). */
export function humanParticipants(report: ThreadReport): number {
  return report.participants.filter((p) => !p.isBot).length;
}

const owner = (login: string | undefined) => (login ? ` (owner: ${login})` : "");

function section(title: string, items: MessageItem[], empty?: string): SummarySection {
  return empty === undefined ? { title, list: capped(items) } : { title, list: capped(items), empty };
}

export function composeSummary(report: ThreadReport, thread: Pick<Thread, "comments">, now: Date): SummaryMessage {
  const line = itemLine.bind(null, report, thread);
  return {
    kind: "summary",
    commentCount: report.commentCount,
    participants: humanParticipants(report),
    sections: [
      section("Agreed", report.agreements.map((a) => line(a, "point", agreedBy(a.agreedBy.length))), "nothing explicitly agreed yet."),
      section("Open questions", report.openQuestions.map((q) => openItemLine(report, thread, q, now)), "none waiting."),
      section("Unresolved concerns", report.openConcerns.map((c) => openItemLine(report, thread, c, now)), "none."),
      section("Decisions", report.decisions.map((d) => line(d, "decision"))),
      section("Follow-ups", report.actionItems.map((f) => line(f, "follow-up", owner(f.owner)))),
    ],
    temperature: describeTemperature(report.heat, (id) => commentNumber(thread, id)),
    heatScores: report.heat.perComment.map((c) => c.score),
  };
}

export function composeConcerns(report: ThreadReport, thread: Pick<Thread, "comments">, now: Date): ConcernsMessage {
  return {
    kind: "concerns",
    concerns: capped(report.openConcerns.map((c) => openItemLine(report, thread, c, now))),
    questions: capped(report.openQuestions.map((q) => openItemLine(report, thread, q, now))),
  };
}

export function composeDecisionRecord(report: ThreadReport, thread: Pick<Thread, "title" | "comments">, now: Date): DecisionRecordMessage {
  const line = itemLine.bind(null, report, thread);
  const latest = report.decisions[report.decisions.length - 1];
  const tradeOffs = [
    ...[...report.openConcerns, ...report.openQuestions].map((i) => openItemLine(report, thread, i, now)),
    ...report.scopeGrowth.map((s) => line(s, "suggestion", " — deferred to a follow-up?")),
  ];
  const people = humanParticipants(report);
  return {
    kind: "decision",
    threadTitle: thread.title,
    context: `${report.commentCount} comments${people > 0 ? ` from ${people} participant${people === 1 ? "" : "s"}` : ""}.`,
    decision: latest ? line(latest, "decision") : { placeholder: "not written down yet: what is the decision, in one sentence?" },
    rationale:
      report.agreements.length > 0
        ? capped(report.agreements.map((a) => line(a, "point", agreedBy(a.agreedBy.length))))
        : { placeholder: "which reasons carried the decision?" },
    tradeOffs: tradeOffs.length > 0 ? capped(tradeOffs) : { placeholder: "which costs or risks are accepted with it?" },
    followUps: capped(report.actionItems.map((f) => line(f, "follow-up", owner(f.owner)))),
    reviewDate: `${dateAfter(now, REVIEW_AFTER_DAYS)} (in ${REVIEW_AFTER_DAYS} days; adjust as needed)`,
  };
}

export function composeHelp(config: Config): HelpMessage {
  const allowed = config.coachOff.allowed;
  const whoMayToggle = allowed.includes("anyone")
    ? "anyone"
    : [allowed.includes("author") ? "the thread's author" : "", ...allowed.filter((a) => a !== "author").map((a) => a.toLowerCase() + "s")].filter(Boolean).join(", ");
  return { kind: "help", whoMayToggle };
}
