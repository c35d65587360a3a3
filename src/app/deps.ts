// What the app's handlers need from the outside world, in one place: the clock, the analysis
// (with a per-process memo cache) and config loading. Tests pass their own; index.ts the real ones.
import { analyzeThread, type AnalyzeOptions } from "../analysis/report.ts";
import type { ThreadReport } from "../analysis/types.ts";
import { loadConfig, type ConfigContext } from "../config/load.ts";
import type { Config } from "../config/schema.ts";
import type { Thread } from "../thread/model.ts";

export interface AppDeps {
  now: () => Date;
  analyze: (thread: Thread, options: AnalyzeOptions) => ThreadReport;
  loadConfig: (context: ConfigContext) => Promise<Config>;
}

export function defaultDeps(): AppDeps {
  return { now: () => new Date(), analyze: analyzeThread, loadConfig };
}
