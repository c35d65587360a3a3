// Which open questions and concerns are "due": unanswered past the configured age or number
// of later comments. The policy and the open-items nudge both read this one list. Pure.
import type { OpenItem, ThreadReport } from "../analysis/types.ts";
import type { Config } from "../config/schema.ts";

const HOUR_MS = 3_600_000;

/** True when an open item has waited long enough (by age or by later comments) to mention. */
export function isDue(item: OpenItem, config: Config): boolean {
  // A request for news ("any update?") already pinged the thread: pointing at it adds nothing.
  if (item.bump) return false;
  // Another's aside in a thread gone quiet since (open-items.ts): nobody is there to remind.
  if (item.quietAside) return false;
  const oldEnough = item.ageMs !== undefined && item.ageMs >= config.openItems.minAgeHours * HOUR_MS;
  const buried = item.laterComments >= config.openItems.minLaterComments;
  // Someone who could answer has spoken since and passed it over: it is waiting now.
  return oldEnough || buried || Boolean(item.passedOver);
}

/** Concerns first (blocking ones first), then questions; only the due ones. */
export function dueOpenItems(report: ThreadReport, config: Config): OpenItem[] {
  const concerns = report.openConcerns.filter((i) => isDue(i, config));
  const questions = report.openQuestions.filter((i) => isDue(i, config));
  concerns.sort((a, b) => Number(Boolean(b.blocking)) - Number(Boolean(a.blocking)));
  return [...concerns, ...questions];
}
