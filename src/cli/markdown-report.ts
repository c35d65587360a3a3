// A plain Markdown rendering of a ThreadReport for the terminal (`analyze`'s default output
// when the app's own summary renderer is not available). Never @mentions anyone.
import type { ItemRef, OpenItem, ThreadReport } from "../analysis/types.ts";
import type { Thread } from "../thread/model.ts";

/** Logins and team names lose their "@" so pasted output pings nobody. */
function quiet(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, "@\u200b");
}

function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function itemLine(item: ItemRef): string {
  const where = item.url ? ` ([${item.commentId}](${item.url}))` : ` (${item.commentId})`;
  return `- ${quiet(oneLine(item.text))} — ${quiet(item.author)}${where}`;
}

function openItemLine(item: OpenItem): string {
  const extra = [item.blocking ? "blocking" : "", `${item.laterComments} later comment${item.laterComments === 1 ? "" : "s"}`]
    .filter(Boolean)
    .join(", ");
  return `${itemLine(item)} · ${extra}`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? [`### ${title}`, "", ...lines, ""] : [];
}

/** The report as Markdown: heat, open items, agreements, decisions, follow-ups, participants. */
export function markdownReport(report: ThreadReport, thread: Thread): string {
  const heat = report.heat;
  const out: string[] = [`## ${quiet(oneLine(thread.title || "Untitled thread", 120))}`, ""];
  out.push(`${report.commentCount} comments · heat: **${heat.level}** (${heat.score.toFixed(2)})`, "");
  if (!report.language.isEnglish) out.push("_This thread does not look like English: the app would stay silent._", "");
  if (heat.reasons.length) out.push(...section("Why the heat", heat.reasons.map((r) => `- ${quiet(r)}`)));
  out.push(...section("Open questions", report.openQuestions.map(openItemLine)));
  out.push(...section("Unresolved concerns", report.openConcerns.map(openItemLine)));
  out.push(
    ...section(
      "Agreed",
      report.agreements.map((a) => `- ${quiet(oneLine(a.text))} — ${quiet(a.author)}, agreed by ${a.agreedBy.map(quiet).join(", ") || "others"}`),
    ),
  );
  out.push(...section("Decisions", report.decisions.map(itemLine)));
  out.push(...section("Follow-ups", report.actionItems.map((a) => `${itemLine(a)} · owner: ${quiet(a.owner)}`)));
  out.push(...section("Scope growth", report.scopeGrowth.map(itemLine)));
  const people = report.participants.filter((p) => !p.isBot).map((p) => `${quiet(p.login)} (${p.comments})`);
  if (people.length) out.push(`Participants: ${people.join(", ")}`, "");
  return `${out.join("\n").trimEnd()}\n`;
}
