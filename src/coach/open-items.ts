// Which open questions and concerns are "due": unanswered past the configured age or number
// of later comments. The repository digest lists them; the policy and the open-items nudge read
// the ones worth a note in the thread (noteItems). Pure.
import type { OpenItem, ThreadReport } from "../analysis/types.ts";
import type { Config } from "../config/schema.ts";

const HOUR_MS = 3_600_000;

/** True when an open item has waited long enough (by age or by later comments) to mention. */
export function isDue(item: OpenItem, config: Config): boolean {
  // A request for news ("any update?") already pinged the thread: pointing at it adds nothing.
  if (item.bump) return false;
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

/** The due items worth a note in the thread itself: not another's aside that none of those it was
 * put to has taken up since (open-items.ts, quietAside), which a note would show to nobody who can
 * answer. The digest, read by the maintainers, still lists those. */
export function noteItems(report: ThreadReport, config: Config): OpenItem[] {
  return dueOpenItems(report, config).filter((i) => !i.quietAside);
}
