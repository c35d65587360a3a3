// GitHub API cost per event: the real app (registerHandlers with the real analysis and config
// loading) in a real Probot, talking to a paging fake GitHub on loopback. For threads of 10,
// 100 and 1,000 items it delivers a sequence of webhooks and counts each event's reads and
// writes. Run: node --import tsx bench/api-cost.ts [sizes, comma-separated]
import { pino } from "pino";
import { Probot, ProbotOctokit } from "probot";
import { defaultDeps } from "../src/app/deps.ts";
import { registerHandlers } from "../src/app/register.ts";
import { issueComment } from "../test/app/payloads.ts";
import type { FakeThread } from "../test/app/fake-repo.ts";
import { emitResult, isMain } from "./child.ts";
import { bodyStream, generateThread } from "./generate-threads.ts";
import { PagingGitHub } from "./paging-github.ts";

/** Probot's client with request spacing and retries off (they change timing, not request counts). */
class BenchOctokit extends ProbotOctokit {
  constructor(options: any = {}) {
    super({ ...options, throttle: { ...options.throttle, enabled: false }, retry: { enabled: false } });
  }
}

export interface EventCost {
  event: string;
  /** Items in the thread when the event arrived (opening post, comments, ours). */
  items: number;
  reads: number;
  writes: number;
  /** e.g. ["IssueThread", "MoreIssueComments ×9", "POST /issues/:n/comments"] (the config file comes with IssueThread). */
  requests: string[];
}

export interface ApiCostRow {
  items: number;
  /** The repository has its own `.github/common-ground.yml`. */
  withConfig?: boolean;
  events: EventCost[];
  maxReads: number;
  maxWrites: number;
}

const HEATED = [
  "This is the third time I've said it: you clearly didn't read the proposal. Stop wasting everyone's time.",
  "Honestly this is ridiculous. You keep ignoring every point and pushing your broken design anyway.",
  "No. You are wrong, and frankly this whole thread is a joke. Nobody asked for this garbage.",
  "Are you even reading what people write? This is absurd and insulting.",
];

function describe(requests: PagingGitHub["requests"]): string[] {
  const names = requests.map((r) => (r.operation ? r.operation : `${r.method} ${r.path.replace(/^\/repos\/[^/]+\/[^/]+/, "").replace(/\/\d+/g, "/:n")}`));
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([n, k]) => (k > 1 ? `${n} ×${k}` : n));
}

export async function measureApiCost(items: number, options: { withConfig?: boolean } = {}): Promise<ApiCostRow> {
  // Start a few items short, so the events straddle the size asked for (and 100, a page).
  const { thread } = generateThread(Math.max(2, items - 4), { seed: 5 });
  const github = await new PagingGitHub(thread, options.withConfig ? "sensitivity: medium\n" : undefined).start();
  const probot = new Probot({ githubToken: "bench-token", log: pino({ level: "silent" }), Octokit: BenchOctokit, baseUrl: github.baseUrl });
  await probot.load((app) => registerHandlers(app, defaultDeps()));
  const fakeThread: FakeThread = { kind: "issue", number: thread.number ?? 1, title: thread.title, opening: { id: "I_bench", databaseId: 1, body: "", login: "dev-0", createdAt: thread.comments[0].createdAt }, comments: [] };
  const bodies = bodyStream({ seed: 17 });
  const events: EventCost[] = [];
  let delivery = 0;

  const post = async (label: string, body: string, login: string) => {
    const { id, databaseId } = github.addHumanComment(body, login);
    github.resetLog();
    const payload = issueComment("created", fakeThread, { id, databaseId, body, login, createdAt: new Date().toISOString() });
    await probot.receive({ id: `bench-${++delivery}`, name: "issue_comment", payload } as never);
    const reads = github.requests.filter((r) => !r.write).length;
    events.push({ event: label, items: github.itemCount(), reads, writes: github.requests.length - reads, requests: describe(github.requests) });
  };

  try {
    await post("new comment", bodies.next(), "dev-1");
    await post("/summarize", "/summarize", "dev-2");
    await post("new comment after the summary", bodies.next(), "dev-3");
    for (let i = 0; i < HEATED.length; i++) await post(`heated reply ${i + 1}`, HEATED[i], i % 2 ? "dev-4" : "dev-5");
  } finally {
    await github.stop();
  }
  return { items, withConfig: options.withConfig, events, maxReads: Math.max(...events.map((e) => e.reads)), maxWrites: Math.max(...events.map((e) => e.writes)) };
}

if (isMain(import.meta.url)) {
  const sizes = (process.argv[2] ?? "10,100,1000").split(",").map(Number);
  const rows: ApiCostRow[] = [];
  for (const n of sizes) rows.push(await measureApiCost(n));
  // The same events when the repository has its own config file (read in the same thread query
  // as when it has none: then the owner's `.github` fallback is asked for there too).
  rows.push(await measureApiCost(Math.min(...sizes), { withConfig: true }));
  emitResult(rows);
}
