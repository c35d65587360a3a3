// The repository digest's cost (issue 21): a repository with N open threads (issues, pull requests
// and discussions, 6 to 12 comments each, bodies from bench/generate-threads.ts' stream, some
// heated, some with a question left waiting) on the loopback fake GitHub, refreshed by the app's
// own refresh (app/digest-refresh.ts: list, analyse, build, render, find, write) twice — the first
// run creates the digest, the second edits it. Measured: GitHub requests per refresh, wall time,
// the app's own time (wall time minus the time spent waiting for GitHub's answers, the requests
// being sequential) and the digest body's length against GitHub's 65,536-character limit.
// Run: node --import tsx bench/digest-cost.ts [sizes, comma-separated] [maxThreads]
import { performance } from "node:perf_hooks";
import { pino } from "pino";
import { Octokit } from "octokit";
import { defaultDeps } from "../src/app/deps.ts";
import { refreshDigest } from "../src/app/digest-refresh.ts";
import type { FakeComment } from "../test/app/fake-repo.ts";
import { FakeGitHubServer, type StoredThread } from "../test/support/fake-github-server.ts";
import { emitResult, isMain } from "./child.ts";
import { bodyStream } from "./generate-threads.ts";

export interface DigestCostRow {
  openThreads: number;
  maxThreads: number;
  runs: { outcome: string; requests: number; wallMs: number; ownMs: number; bodyChars: number }[];
  threadsRead: number;
  /** What the page says about the threads it did not list or read. */
  truncation: string[];
}

const HEATED = [
  "This is the third time I've said it: you clearly didn't read the proposal. Stop wasting everyone's time.",
  "Honestly this is ridiculous. You keep ignoring every point and pushing your broken design anyway.",
  "Are you even reading what people write? This is absurd and insulting.",
];
const QUESTION = "Is nested configuration supported, or should each package point to its own file?";

function seed(fake: FakeGitHubServer, count: number): void {
  const bodies = bodyStream({ seed: 21 });
  const start = Date.parse("2026-03-01T00:00:00Z");
  let id = 1;
  for (let n = 1; n <= count; n++) {
    const kind: StoredThread["kind"] = n % 10 === 0 ? "discussion" : n % 3 === 0 ? "pull_request" : "issue";
    const minute = (k: number) => new Date(start + (n * 13 + k) * 60_000).toISOString();
    const comment = (login: string, body: string, k: number): FakeComment => ({ id: `B_${id}`, databaseId: id++, body, login, association: "CONTRIBUTOR", createdAt: minute(k) });
    const opening = comment(`dev-${n % 7}`, n % 4 === 1 ? `${bodies.next()}\n\n${QUESTION}` : bodies.next(), 0);
    const size = 6 + (n % 7);
    const comments = Array.from({ length: size - 1 }, (_, k) => comment(`dev-${(n + k + 1) % 7}`, n % 5 === 0 && k >= size - 4 ? HEATED[k % HEATED.length] : bodies.next(), k + 1));
    fake.add({ owner: "acme", repo: "widgets", kind, number: n, title: `Bench thread ${n}`, opening, comments });
  }
}

export async function measureDigestCost(openThreads: number, maxThreads = 500): Promise<DigestCostRow> {
  const fake = await new FakeGitHubServer().start();
  fake.configs.set("acme/widgets", `digest:\n  enabled: true\n  maxThreads: ${maxThreads}\n  maxPerSection: 100\n`);
  seed(fake, openThreads);
  const octokit = new Octokit({ auth: "bench-token", baseUrl: `http://${fake.host}/api/v3`, throttle: { enabled: false }, retry: { enabled: false } });
  const deps = { ...defaultDeps(), now: () => new Date("2026-03-10T00:00:00Z") };
  const log = pino({ level: "silent" });
  const runs: DigestCostRow["runs"] = [];
  try {
    for (let i = 0; i < 2; i++) {
      fake.resetLog();
      const t0 = performance.now();
      const result = await refreshDigest({ owner: "acme", repo: "widgets", octokit, log, reason: "bench" }, deps);
      const wallMs = performance.now() - t0;
      const waitedMs = fake.requests.reduce((sum, r) => sum + ((r.answeredAt ?? r.at) - r.at), 0);
      const write = fake.writes.find((w) => w.op === "create-issue" || w.op === "update-issue") as { body?: string } | undefined;
      runs.push({ outcome: result.outcome, requests: fake.requests.length, wallMs, ownMs: Math.max(0, wallMs - waitedMs), bodyChars: write?.body?.length ?? 0 });
    }
    const body = (fake.writes.filter((w) => w.op === "update-issue").at(-1) as { body?: string } | undefined)?.body ?? "";
    const threadsRead = Number(/from (\d+) open threads?/.exec(body)?.[1] ?? 0);
    const truncation = body.split("\n").filter((l) => /more open threads? (was|were) not read|^- …and \d+ more/.test(l)).map((l) => l.replace(/\]\([^)]*\)/g, "](…)"));
    return { openThreads, maxThreads, runs, threadsRead, truncation };
  } finally {
    await fake.stop();
  }
}

if (isMain(import.meta.url)) {
  const sizes = (process.argv[2] ?? "500,5000").split(",").map(Number);
  const maxThreads = process.argv[3] ? Number(process.argv[3]) : undefined;
  const rows: DigestCostRow[] = [];
  for (const n of sizes) rows.push(await measureDigestCost(n, maxThreads));
  emitResult(rows);
}
