// A decision-record draft built from the thread (context, decision, rationale, trade-offs,
// follow-ups, review date), for `/decision` and the convergence offer. Gaps are left as
// questions for the humans to fill in. Pure.
import type { ThreadReport } from "../analysis/types.ts";
import type { Thread } from "../thread/model.ts";
import { capped, openItemBullet, refBullet, refLink } from "./items.ts";
import { neutralizeMentions } from "./mentions.ts";
import { inlineExcerpt } from "./safe-text.ts";
import { humanParticipants, SECTION_MAX } from "./summary.ts";
import { dateAfter } from "./time.ts";

/** Days until the suggested review date. */
export const REVIEW_AFTER_DAYS = 90;

export function renderDecisionRecord(report: ThreadReport, thread: Thread, options: { now: Date }): string {
  const { now } = options;
  const title = inlineExcerpt(thread.title, 80).trim();
  const latest = report.decisions[report.decisions.length - 1];
  const tradeOffs = [...report.openConcerns, ...report.openQuestions].map((i) => openItemBullet(report, thread, i, now));
  const deferred = report.scopeGrowth.map((s) => refBullet(report, thread, s, "suggestion", " — deferred to a follow-up?"));
  const people = humanParticipants(report);
  const lines = [
    "**Decision record (draft)** — edit freely",
    "",
    `**Context** — ${title ? `${title}: ` : ""}${report.commentCount} comments${people > 0 ? ` from ${people} participant${people === 1 ? "" : "s"}` : ""}.`,
    "",
    `**Decision** — ${latest ? refLink(report, thread, latest, "decision") : "_not written down yet: what is the decision, in one sentence?_"}`,
    "",
    "**Rationale**",
    ...(report.agreements.length > 0
      ? capped(report.agreements.map((a) => refBullet(report, thread, a, "point", ` — agreed by ${a.agreedBy.length} participant${a.agreedBy.length === 1 ? "" : "s"}.`)), SECTION_MAX)
      : ["- _which reasons carried the decision?_"]),
    "",
    "**Trade-offs**",
    ...(tradeOffs.length + deferred.length > 0 ? capped([...tradeOffs, ...deferred], SECTION_MAX) : ["- _which costs or risks are accepted with it?_"]),
    "",
  ];
  if (report.actionItems.length > 0) {
    lines.push("**Follow-ups**", ...capped(report.actionItems.map((f) => refBullet(report, thread, f, "follow-up", f.owner ? ` (owner: ${f.owner})` : "")), SECTION_MAX), "");
  }
  lines.push(`**Review date** — ${dateAfter(now, REVIEW_AFTER_DAYS)} (in ${REVIEW_AFTER_DAYS} days; adjust as needed)`);
  return neutralizeMentions(lines.join("\n"));
}
