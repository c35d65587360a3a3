// What the app's handlers need from the outside world, in one place: the clock, the analysis
// (with a per-process memo cache) and config loading. Tests pass their own; index.ts the real ones.
import { analyzeThread, type AnalyzeOptions } from "../analysis/report.ts";
import type { ThreadReport } from "../analysis/types.ts";
import { loadConfig, type ConfigContext } from "../config/load.ts";
import type { Config } from "../config/schema.ts";
import type { Thread } from "../thread/model.ts";
import { ANALYSIS_CACHE_ENTRIES, BoundedCache } from "./analysis-cache.ts";
import { cachedConfigLoader } from "./config-cache.ts";

export interface AppDeps {
  now: () => Date;
  analyze: (thread: Thread, options: AnalyzeOptions) => ThreadReport;
  loadConfig: (context: ConfigContext) => Promise<Config>;
}

type FeatureCache = NonNullable<AnalyzeOptions["cache"]>;

/** The real clock, config loader and analysis, with bounded memo caches for this process. */
export function defaultDeps(): AppDeps {
  const cache: FeatureCache = new BoundedCache(ANALYSIS_CACHE_ENTRIES);
  const now = () => new Date();
  return {
    now,
    analyze: (thread, options) => analyzeThread(thread, { ...options, cache }),
    loadConfig: cachedConfigLoader(loadConfig, now),
  };
}
