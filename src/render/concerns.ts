// The `/concerns` answer from its message: only the open questions and unresolved concerns, linked. Pure.
import type { ConcernsMessage } from "../coach/message.ts";
import { bullets } from "./items.ts";
import { neutralizeMentions } from "./mentions.ts";

export function renderConcerns(m: ConcernsMessage): string {
  const lines = ["**Open questions and concerns**", ""];
  if (m.concerns.items.length + m.questions.items.length === 0) {
    lines.push("Nothing is waiting for an answer right now.");
  } else {
    if (m.concerns.items.length > 0) lines.push("Concerns:", ...bullets(m.concerns), "");
    if (m.questions.items.length > 0) lines.push("Questions:", ...bullets(m.questions), "");
    lines.push("If one is settled elsewhere, a one-line reply here helps the next reader.");
  }
  return neutralizeMentions(lines.join("\n").trim());
}
