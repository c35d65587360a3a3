// What the app's handlers need from the outside world, in one place: the clock, the analysis
// (with a per-process memo cache), the sentence embedder of the second tone stage (its own memo), config resolution and, on the server with REDIS_URL, the
// lock shared between replicas (main.ts adds it). Tests pass their own; index.ts the real ones.
import { analyzeThread, type AnalyzeOptions } from "../analysis/report.ts";
import type { ThreadReport } from "../analysis/types.ts";
import { loadConfig } from "../config/load.ts";
import type { SharedLock } from "../redis/lock.ts";
import type { SharedClaim } from "../redis/claim.ts";
import type { Config } from "../config/schema.ts";
import type { SchedulerClock } from "./digest-scheduler.ts";
import type { ThreadEvent } from "./thread-event.ts";
import type { Comment, Thread } from "../thread/model.ts";
import { createThreadEmbedder } from "../embedding/thread-embedder.ts";
import { ANALYSIS_CACHE_ENTRIES, BoundedCache } from "./analysis-cache.ts";
import { cachedConfigLoader, type ConfigLoader } from "./config-cache.ts";
import { resolveConfig } from "./resolve-config.ts";

export interface AppDeps {
  now: () => Date;
  analyze: (thread: Thread, options: AnalyzeOptions) => ThreadReport;
  /** The repository's config from the file the thread query found (see resolve-config.ts). */
  loadConfig: ConfigLoader;
  /** Sentence embeddings of the latest people's comments for the second tone stage; absent: the fast stage alone. */
  embed?: (comments: readonly Comment[]) => Promise<Map<string, Float32Array>>;
  /** Holds a thread across replicas around read → decide → write; absent: this process only. */
  sharedLock?: SharedLock;
  /** On the server: refresh repository digests on a schedule and after activity (digest-scheduler.ts); absent in the Action and tests. */
  digestSchedule?: { claim?: SharedClaim; clock?: SchedulerClock; tickMs?: number };
  /** Called after a thread event was handled, with the repository's config (register.ts wires the digest scheduler here). */
  afterThread?: (context: object, event: ThreadEvent, config: Config) => void;
}

type FeatureCache = NonNullable<AnalyzeOptions["cache"]>;

/** The real clock, config resolution and analysis, with bounded memo caches for this process. */
export function defaultDeps(): AppDeps {
  const cache: FeatureCache = new BoundedCache(ANALYSIS_CACHE_ENTRIES);
  const now = () => new Date();
  // The sentence encoder loads on the first event that needs it, not at start-up.
  const embedder = createThreadEmbedder({ warn: (msg) => console.warn(msg) });
  return {
    now,
    analyze: (thread, options) => analyzeThread(thread, { ...options, cache }),
    embed: (comments) => embedder.embed(comments),
    loadConfig: cachedConfigLoader((context, source) => resolveConfig(source, context, loadConfig), now),
  };
}
