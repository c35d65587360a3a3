// A decision-record draft from its message (context, decision, rationale, trade-offs,
// follow-ups, review date), for `/decision` and the convergence offer. Gaps are shown as
// italic questions for the humans to fill in. Mention-safe. Pure.
import type { DecisionRecordMessage } from "../coach/message.ts";
import { bullets, isPlaceholder, itemLink, placeholder } from "./items.ts";
import { neutralizeMentions } from "./mentions.ts";
import { inlineExcerpt } from "./safe-text.ts";

export function renderDecisionRecord(m: DecisionRecordMessage): string {
  const title = inlineExcerpt(m.threadTitle, 80).trim();
  const lines = [
    "**Decision record (draft)** — edit freely",
    "",
    `**Context** — ${title ? `${title}: ` : ""}${m.context}`,
    "",
    `**Decision** — ${isPlaceholder(m.decision) ? placeholder(m.decision) : itemLink(m.decision)}`,
    "",
    "**Rationale**",
    ...(isPlaceholder(m.rationale) ? [`- ${placeholder(m.rationale)}`] : bullets(m.rationale)),
    "",
    "**Trade-offs**",
    ...(isPlaceholder(m.tradeOffs) ? [`- ${placeholder(m.tradeOffs)}`] : bullets(m.tradeOffs)),
    "",
  ];
  if (m.followUps.items.length > 0) lines.push("**Follow-ups**", ...bullets(m.followUps), "");
  lines.push(`**Review date** — ${m.reviewDate}`);
  return neutralizeMentions(lines.join("\n"));
}
