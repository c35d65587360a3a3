// The `/summarize` answer (also the CLI's Markdown report) from its message: agreed points,
// open questions, unresolved concerns, decisions, follow-ups, participants and the thread's
// temperature, with a heat chart for threads of 10+ comments. Mention-safe. Pure.
import type { SummaryMessage, SummarySection } from "../coach/message.ts";
import { heatChart } from "./heat-chart.ts";
import { bullets } from "./items.ts";
import { neutralizeMentions } from "./mentions.ts";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function section(s: SummarySection): string[] {
  if (s.list.items.length === 0) return s.empty ? [`**${s.title}** — ${s.empty}`, ""] : [];
  return [`**${s.title}**`, ...bullets(s.list), ""];
}

export function renderSummary(m: SummaryMessage): string {
  const out: string[] = [`**Summary so far** (${plural(m.commentCount, "comment")}, ${plural(m.participants, "participant")})`, ""];
  for (const s of m.sections) out.push(...section(s));
  out.push(`**Temperature** — ${m.temperature}`);
  const chart = heatChart(m.heatScores);
  if (chart) out.push("", chart);
  return neutralizeMentions(out.join("\n").trim());
}
