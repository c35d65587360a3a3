// When to speak: the pure policy. (Stub: replaced by the real implementation.)
import type { ThreadReport } from "../analysis/types.ts";
import type { Config } from "../config/schema.ts";

/** True when, at this config, the thread's heat warrants an escalation nudge now (ignoring cooldown). */
export function shouldNudgeEscalation(report: ThreadReport, config: Config): boolean {
  if (!config.enabled || !config.nudges.escalation || !report.language.isEnglish) return false;
  if (config.escalation.threshold === "warming") return report.heat.level !== "calm";
  return report.heat.level === "heated";
}
