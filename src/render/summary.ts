// The `/summarize` answer (also the CLI's Markdown report): agreed points, open questions,
// unresolved concerns, decisions, follow-ups, participants and the thread's temperature,
// with a heat chart for threads of 10+ comments. Names nobody; mention-safe. Pure.
import type { ThreadReport } from "../analysis/types.ts";
import type { Thread } from "../thread/model.ts";
import { renderHeatChart } from "./heat-chart.ts";
import { capped, commentNumber, openItemBullet, refBullet } from "./items.ts";
import { neutralizeMentions } from "./mentions.ts";
import { describeTemperature } from "./temperature.ts";

export interface SummaryOptions {
  now: Date;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Human participants (bots left out). */
export function humanParticipants(report: ThreadReport): number {
  return report.participants.filter((p) => !p.isBot).length;
}

/** Most bullets per section of a summary. */
export const SECTION_MAX = 10;

function section(title: string, lines: string[], empty?: string): string[] {
  if (lines.length === 0) return empty ? [`**${title}** — ${empty}`, ""] : [];
  return [`**${title}**`, ...capped(lines, SECTION_MAX), ""];
}

export function renderSummary(report: ThreadReport, thread: Thread, options: SummaryOptions): string {
  const { now } = options;
  const out: string[] = [
    `**Summary so far** (${plural(report.commentCount, "comment")}, ${plural(humanParticipants(report), "participant")})`,
    "",
  ];
  out.push(
    ...section(
      "Agreed",
      report.agreements.map((a) => refBullet(report, thread, a, "point", ` — agreed by ${plural(a.agreedBy.length, "participant")}.`)),
      "nothing explicitly agreed yet.",
    ),
  );
  out.push(...section("Open questions", report.openQuestions.map((q) => openItemBullet(report, thread, q, now)), "none waiting."));
  out.push(...section("Unresolved concerns", report.openConcerns.map((c) => openItemBullet(report, thread, c, now)), "none."));
  out.push(...section("Decisions", report.decisions.map((d) => refBullet(report, thread, d, "decision"))));
  out.push(...section("Follow-ups", report.actionItems.map((f) => refBullet(report, thread, f, "follow-up", f.owner ? ` (owner: ${f.owner})` : ""))));
  out.push(`**Temperature** — ${describeTemperature(report.heat, (id) => commentNumber(thread, id))}`);
  const chart = renderHeatChart(report.heat);
  if (chart) out.push("", chart);
  return neutralizeMentions(out.join("\n").trim());
}
