// Runs the real app function in a real Probot (token auth, no retries or throttling) against
// the nock fake GitHub, with a fixed clock and a scripted analysis so every written body is exact.
import { pino } from "pino";
import { Probot, ProbotOctokit, type ApplicationFunction } from "probot";
import type { AnalyzeOptions } from "../../src/analysis/report.ts";
import type { ThreadReport } from "../../src/analysis/types.ts";
import type { AppDeps } from "../../src/app/deps.ts";
import { registerHandlers } from "../../src/app/register.ts";
import { resolveConfig } from "../../src/app/resolve-config.ts";
import { loadConfig } from "../../src/config/load.ts";
import type { Thread } from "../../src/thread/model.ts";
import { report } from "../coach/factories.ts";

/** Probot's client with request spacing and retries off: Probot's own defaults would override a plain .defaults(). */
class UnthrottledOctokit extends ProbotOctokit {
  constructor(options: any = {}) {
    super({ ...options, throttle: { ...options.throttle, enabled: false }, retry: { enabled: false } });
  }
}

export const NOW = new Date("2026-03-02T10:00:00Z");

/** What the scripted analysis reports: a calm thread unless a test says otherwise. */
export interface Scenario {
  heat?: "calm" | "warming" | "heated";
  patch?: (thread: Thread) => Partial<ThreadReport>;
}

export function scriptedReport(thread: Thread, scenario: Scenario): ThreadReport {
  const humans = thread.comments.filter((c) => !c.author.isBot && !c.viewerDidAuthor);
  const level = scenario.heat ?? "calm";
  const hot = level === "calm" ? 0 : 2;
  const perComment = humans.map((c, i) => ({ commentId: c.id, score: i >= humans.length - hot ? 0.9 : 0.1, flag: i >= humans.length - hot, hot: i >= humans.length - hot }));
  const logins = [...new Set(humans.map((c) => c.author.login))];
  return report({
    heat: {
      level,
      score: level === "heated" ? 0.82 : level === "warming" ? 0.5 : 0.1,
      since: hot ? { commentId: humans[humans.length - hot].id, index: humans.length - hot } : undefined,
      reasons: hot ? ["Rising heat over the last 2 replies.", "Replies arriving within minutes."] : [],
      involved: hot ? logins.slice(-2) : [],
      perComment,
    },
    participants: logins.map((login) => ({ login, comments: humans.filter((c) => c.author.login === login).length, meanHeat: 0.1, isBot: false })),
    commentCount: humans.length,
    ...scenario.patch?.(thread),
  });
}

export interface TestApp {
  probot: Probot;
  scenario: Scenario;
  analyses: AnalyzeOptions[];
  /** Every debug line the app logged (JSON, one per entry). */
  debug: Record<string, any>[];
  deliver: (name: string, payload: Record<string, unknown>, id?: string) => Promise<void>;
}

/** A Probot wired like production but silent and unthrottled, with `appFn` loaded. */
export async function probotWith(appFn: ApplicationFunction, log = pino({ level: "silent" })): Promise<Probot> {
  const probot = new Probot({ githubToken: "test-token", log, Octokit: UnthrottledOctokit });
  await probot.load(appFn);
  return probot;
}

export async function testApp(extra: Partial<AppDeps> = {}): Promise<TestApp> {
  const scenario: Scenario = {};
  const analyses: AnalyzeOptions[] = [];
  const debug: Record<string, any>[] = [];
  const log = pino({ level: "debug" }, { write: (line: string) => void debug.push(JSON.parse(line)) });

  const deps: AppDeps = {
    now: () => NOW,
    analyze: (thread, options) => {
      analyses.push(options);
      return scriptedReport(thread, scenario);
    },
    // The real resolution, uncached, so every event reads what the fake serves now.
    loadConfig: (context, source) => resolveConfig(source, context, loadConfig),
    ...extra,
  };
  const probot = await probotWith((app) => registerHandlers(app, deps), log);
  let n = 0;
  const deliver = async (name: string, payload: Record<string, unknown>, id = `delivery-${++n}`) => {
    await probot.receive({ id, name, payload } as never);
  };
  return { probot, scenario, analyses, debug, deliver };
}
