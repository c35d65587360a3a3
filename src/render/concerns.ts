// The `/concerns` answer: only the open questions and unresolved concerns, linked. Pure.
import type { ThreadReport } from "../analysis/types.ts";
import type { Thread } from "../thread/model.ts";
import { capped, openItemBullet } from "./items.ts";
import { SECTION_MAX } from "./summary.ts";
import { neutralizeMentions } from "./mentions.ts";

export function renderConcerns(report: ThreadReport, thread: Thread, options: { now: Date }): string {
  const lines = ["**Open questions and concerns**", ""];
  const concerns = report.openConcerns.map((c) => openItemBullet(report, thread, c, options.now));
  const questions = report.openQuestions.map((q) => openItemBullet(report, thread, q, options.now));
  if (concerns.length + questions.length === 0) {
    lines.push("Nothing is waiting for an answer right now.");
  } else {
    if (concerns.length > 0) lines.push("Concerns:", ...capped(concerns, SECTION_MAX), "");
    if (questions.length > 0) lines.push("Questions:", ...capped(questions, SECTION_MAX), "");
    lines.push("If one is settled elsewhere, a one-line reply here helps the next reader.");
  }
  return neutralizeMentions(lines.join("\n").trim());
}
