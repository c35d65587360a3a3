// What a nudge says, as plain data: the sentences, open-ended questions, listed items and
// evidence lines built from the thread's own report. The wording follows the coaching playbook:
// speak to the conversation, never about a person; one nudge, one next step. render/ only turns
// these messages into Markdown.
import type { OpenItem, ThreadReport } from "../analysis/types.ts";
import type { Config } from "../config/schema.ts";
import type { Thread } from "../thread/model.ts";
import { composeDecisionRecord } from "./answers.ts";
import { agreedBy, isHeated, itemLine, openItemLine } from "./items.ts";
import type { CalmMessage, ConvergenceMessage, EscalationMessage, NudgeMessage, OpenItemsMessage } from "./message.ts";
import { noteItems } from "./open-items.ts";
import type { NudgeKind } from "./state.ts";

/** The evidence fold stays short: the strongest reasons only (analysis lists them strongest first). */
export const MAX_REASONS = 4;

const CALL_QUESTION = "Would a short call, with the outcome written back here, settle this faster?";
const FALLBACK_QUESTIONS = [
  "What outcome would each side be glad to see here, and where do those overlap?",
  "What evidence — a benchmark, a failing test, a reproduction — would settle the open point?",
];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const count = (n: number, one: string, many: string) => `${n === 1 ? "One" : numberWord(n)} ${n === 1 ? one : many}`;

function numberWord(n: number): string {
  return ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"][n] ?? String(n);
}


/** The first `n` distinct non-empty questions of the items, in order, reading no item past them. */
function firstDistinct(items: OpenItem[], questionsOf: (item: OpenItem) => string[], n: number): string[] {
  const out: string[] = [];
  for (const item of items) {
    for (const q of questionsOf(item)) {
      const t = q.trim();
      if (t.length > 0 && !out.includes(t)) out.push(t);
      if (out.length === n) return out;
    }
  }
  return out;
}

export function composeEscalation(report: ThreadReport, thread: Pick<Thread, "comments">): EscalationMessage {
  const involved = report.heat.involved.length;
  const between = involved === 2 ? " between two people" : involved > 2 ? ` among ${involved} people` : "";
  const observation =
    `It looks like the last few replies${between} have been getting sharper, and the thread may be drifting from the change itself to the people discussing it. ` +
    `Everyone here seems to want this to turn out well — that is common ground to start from.`;
  // Questions come from items in calm comments first; from a heated comment only its first
  // facilitator question is used (built from its topic), beside a general one.
  // Questions are built when first read (compromise): only as many items are read as needed.
  const items = [...report.openConcerns, ...report.openQuestions];
  const calm = firstDistinct(items.filter((i) => !isHeated(report, i.commentId)), (i) => i.suggestedQuestions, 2);
  const hot = firstDistinct(items.filter((i) => isHeated(report, i.commentId)), (i) => i.suggestedQuestions.slice(0, 1), 1);
  const picked = calm.length > 0 ? calm : hot.length > 0 ? [hot[0], FALLBACK_QUESTIONS[1]] : FALLBACK_QUESTIONS;
  const questions = [...picked.slice(0, 2), CALL_QUESTION];
  const evidence = report.heat.reasons.slice(0, MAX_REASONS);
  // since.index is the comment's place in the whole thread (0 = the opening post).
  if (report.heat.since) evidence.push(`From comment ${report.heat.since.index + 1} on.`);
  evidence.push(`Thread level: ${report.heat.level} (score ${report.heat.score.toFixed(2)}).`);
  const agreed = report.agreements.find((a) => !isHeated(report, a.commentId));
  const message: EscalationMessage = { kind: "escalation", title: "A pause might help this thread 🌱", observation, questions, evidence };
  if (agreed) message.commonGround = itemLine(report, thread, agreed, "point");
  return message;
}

export function composeOpenItems(report: ThreadReport, config: Config, thread: Pick<Thread, "comments">, now: Date): OpenItemsMessage {
  const items = noteItems(report, config).slice(0, 5);
  const concerns = items.filter((i) => i.kind === "concern").length;
  const questions = items.length - concerns;
  const title =
    concerns === 0
      ? `${count(questions, "question is", "questions are")} still waiting for an answer`
      : questions === 0
        ? `${count(concerns, "concern is", "concerns are")} still waiting for an answer`
        : `${count(items.length, "item is", "items are")} still waiting for an answer`;
  return {
    kind: "openItems",
    title,
    items: items.map((i) => openItemLine(report, thread, i, now)),
    closing: `If ${items.length === 1 ? "it is" : "they are"} settled elsewhere, a one-line reply here helps the next reader.`,
    evidence: [
      `Listed when unanswered for ${config.openItems.minAgeHours} h or after ${config.openItems.minLaterComments} later comments by others.`,
    ],
  };
}

export function composeConvergence(report: ThreadReport, thread: Pick<Thread, "title" | "comments">, now: Date): ConvergenceMessage {
  const people = new Set(report.agreements.flatMap((a) => a.agreedBy)).size;
  return {
    kind: "convergence",
    title: "This discussion seems to be converging",
    intro: "It looks like the thread is reaching agreement. Writing the outcome down now helps everyone who reads it later — here is a starting point to edit.",
    agreed: report.agreements.slice(0, 3).map((a) => itemLine(report, thread, a, "point", agreedBy(a.agreedBy.length))),
    record: composeDecisionRecord(report, thread, now),
    evidence: [
      `${plural(report.agreements.length, "agreed point")} and ${plural(report.decisions.length, "decision")} over ${plural(report.commentCount, "comment")}; ${plural(people, "participant")} expressed agreement.`,
    ],
  };
}

export function composeCalm(previous: NudgeKind | undefined): CalmMessage {
  return previous === "openItems"
    ? { kind: "calm", title: "The open questions here have been answered", text: "thanks, everyone. Nothing is waiting on this thread right now.", evidence: [] }
    : { kind: "calm", title: "Things have calmed down here", text: "thanks, everyone. The earlier note no longer applies.", evidence: [] };
}

export interface NudgeInput {
  kind: NudgeKind;
  /** For "calm": the nudge it replaces. */
  previous?: NudgeKind;
  report: ThreadReport;
  thread: Pick<Thread, "title" | "comments">;
  config: Config;
  now: Date;
}

/** The nudge on display for this state. */
export function composeNudge(input: NudgeInput): NudgeMessage {
  switch (input.kind) {
    case "escalation":
      return composeEscalation(input.report, input.thread);
    case "openItems":
      return composeOpenItems(input.report, input.config, input.thread, input.now);
    case "convergence":
      return composeConvergence(input.report, input.thread, input.now);
    case "calm":
      return composeCalm(input.previous);
  }
}
