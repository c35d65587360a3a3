// The `/coach help` answer: what the app does and its commands (who may switch coaching off
// comes in the message). Pure.
import type { HelpMessage } from "../coach/message.ts";

export function renderHelp(m: HelpMessage): string {
  const who = m.whoMayToggle;
  return [
    "**Common Ground — what it does**",
    "",
    "It reads this thread and, rarely, keeps one note here up to date: when replies get heated, when a question or concern goes unanswered, or when a long debate is ready to be written down. It never takes sides and never names anyone.",
    "",
    "Commands (at the start of a line):",
    "- `/summarize` — agreed points, open questions, concerns, decisions, follow-ups and the thread's temperature.",
    "- `/concerns` — only the open questions and concerns.",
    "- `/decision` — a decision-record draft from this thread.",
    `- \`/coach off\` / \`/coach on\` — stop or resume automatic notes on this thread (${who}).`,
    "- `/coach help` — this message.",
  ].join("\n");
}
