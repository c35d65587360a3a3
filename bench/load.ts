// `npm run bench:load`: a bounded load run on loopback. Starts the fake GitHub (test/support)
// and the app as a real process (`npm start`), sends a few hundred signed webhooks at a fixed
// concurrency, and reports throughput, p50/p95 latency, errors, duplicate coaching comments and
// the app's peak RSS; then times the hostile bodies of test/hardening through the analysis.
// Prints a Markdown block and writes it into docs/hardening.md between the load markers.
// Options: --events N (300) --concurrency N (20) --threads N (100) --installations N (50) --no-write
// --per-installation: also run the server with Octokit's throttling keyed per installation
// (test/e2e/per-installation-entry.ts), to compare with Probot's shared request lane.
// --replicas N (needs redis-server): instead, N `npm start` replicas against one fake GitHub, the
// webhooks spread over them, once with a shared REDIS_URL and once without; reports events/s,
// duplicate coaching comments created and deletes, and writes docs/deploy.md's replica block.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import { analyzeThread } from "../src/analysis/report.ts";
import { scoreTone } from "../src/analysis/heat/tone.ts";
import { startApp, comment, logLines, startServerFor, webhookSender } from "../test/e2e/app-process.ts";
import { rsaPrivateKey } from "../test/server/server-process.ts";
import { RedisServer, redisServerPath } from "../test/support/redis-server.ts";
import { discussionComment, issueComment } from "../test/app/payloads.ts";
import { HOSTILE_BODIES, hostileThread } from "../test/hardening/hostile-bodies.ts";
import { FakeGitHubServer, until, type StoredThread } from "../test/support/fake-github-server.ts";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const EVENTS = option("events", 300);
const CONCURRENCY = option("concurrency", 20);
const THREADS = option("threads", 100);
const INSTALLATIONS = option("installations", 50);
const WRITE_DOC = !process.argv.includes("--no-write");
const COMPARE = process.argv.includes("--per-installation");
const REPLICAS = option("replicas", 1);
const DEPLOY_DOC = new URL("../docs/deploy.md", import.meta.url);
const THREAD_LOADS = new Set(["IssueThread", "PullRequestThread", "DiscussionThread"]);
const DOC = new URL("../docs/hardening.md", import.meta.url);

// Ordinary review talk, some of it heated, a few questions and agreements: what real threads carry.
const LINES = [
  "Imports should run on the job queue so the web tier stays responsive.",
  "What happens to a half-finished import when the worker restarts?",
  "I'm worried this drops rows that start with a BOM.",
  "Good point, I'll add a test for the BOM case.",
  "Did you even run this against the staging data? This is ridiculous.",
  "Obviously it works, you just never read the PR description.",
  "Agreed, let's go with the queue and keep the sync path behind a flag.",
  "Thanks, that makes sense. LGTM once the docs are updated.",
  "Could we measure the memory use before merging?",
  "This is the third time I'm asking. Just answer the question.",
];

function seedThreads(add: (t: StoredThread) => void): StoredThread[] {
  const threads: StoredThread[] = [];
  for (let i = 0; i < THREADS; i++) {
    const kind: StoredThread["kind"] = i % 3 === 0 ? "issue" : i % 3 === 1 ? "pull_request" : "discussion";
    const comments = Array.from({ length: 12 + (i % 10) }, (_, j) => comment(LINES[(i + j * 3) % LINES.length], `dev${(i + j) % 5}`, 600 - j * 20));
    const [opening, ...rest] = comments;
    const t: StoredThread = { owner: "acme", repo: "widgets", kind, number: 1000 + i, title: `Load thread ${i}`, opening, comments: rest, reviews: [], reviewThreads: [] };
    add(t);
    threads.push(t);
  }
  return threads;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

interface LoadResult {
  label: string;
  rows: [string, string][];
}

async function load(label: string, command?: string[]): Promise<LoadResult> {
  const app = await startApp({ LOG_LEVEL: "info" }, command);
  try {
    const threads = seedThreads((t) => app.github.add(t));
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let failures = 0;
    let next = 0;
    const started = performance.now();
    const startedAt = Date.now();
    const worker = async () => {
      while (next < EVENTS) {
        const i = next++;
        const t = threads[(i * 7) % threads.length];
        const text = i % 20 === 0 ? "Long thread now.\n/summarize" : LINES[i % LINES.length];
        const c = comment(text, `dev${i % 5}`, 0);
        t.comments.push(c);
        const payload = t.kind === "discussion" ? discussionComment("created", t, c) : issueComment("created", t, c);
        payload.installation = { id: 1 + (t.number % INSTALLATIONS) };
        const t0 = performance.now();
        try {
          const res = await app.send(t.kind === "discussion" ? "discussion_comment" : "issue_comment", payload);
          await res.arrayBuffer();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 300) failures++;
        } catch {
          failures++;
        }
        latencies.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const sendSeconds = (performance.now() - started) / 1000;
    // Events answered 202 ("still processing") finish in the background: wait until GitHub has
    // seen no request for 5 s (Octokit spaces requests by at most 3 s) and every event was read.
    let seen = -1;
    let since = performance.now();
    const loads = () => app.github.requests.filter((r) => r.operation && THREAD_LOADS.has(r.operation)).length;
    await until(() => {
      if (app.github.requests.length !== seen) {
        seen = app.github.requests.length;
        since = performance.now();
      }
      return loads() >= EVENTS && performance.now() - since > 5000;
    }, 900_000, "the app to finish").catch(() => undefined);
    const last = Math.max(...app.github.requests.map((r) => r.answeredAt ?? r.at));
    const doneSeconds = (last - startedAt) / 1000;
    const rss = peakRssMb(app.server.child.pid!);
    const errorLogs = logLines(app.server.output()).filter((l) => l.level >= 50).length;
    const duplicates = threads.filter((t) => app.github.ours(t).length > 1).length;
    const githubErrors = app.github.requests.filter((r) => r.status >= 400 && !r.path.includes("/contents/")).length;
    const sorted = [...latencies].sort((a, b) => a - b);
    const byStatus = [...statuses].sort().map(([s, n]) => `${s}×${n}`).join(", ");
    const writes = app.github.writes.length;
    return {
      label,
      rows: [
        ["webhooks sent", `${EVENTS} (concurrency ${CONCURRENCY}, ${THREADS} threads, ${INSTALLATIONS} installations)`],
        ["HTTP answers (202 = still processing after 9 s)", byStatus],
        ["webhooks answered per second", `${(EVENTS / sendSeconds).toFixed(1)} (${sendSeconds.toFixed(1)} s)`],
        ["HTTP latency p50 / p95 / max", `${quantile(sorted, 0.5).toFixed(0)} / ${quantile(sorted, 0.95).toFixed(0)} / ${sorted[sorted.length - 1].toFixed(0)} ms`],
        ["events fully handled per second", `${(loads() / doneSeconds).toFixed(1)} (${loads()} thread reads, ${writes} writes, last GitHub request at ${doneSeconds.toFixed(1)} s)`],
        ["errors (failed webhooks + app error logs + GitHub 4xx/5xx)", `${failures} + ${errorLogs} + ${githubErrors}`],
        ["threads with a duplicate coaching comment", String(duplicates)],
        ["GitHub requests", `${app.github.requests.length} (${(app.github.requests.length / EVENTS).toFixed(2)} per webhook)`],
        ["peak RSS of the app process (VmHWM)", `${rss} MB`],
      ],
    };
  } finally {
    await app.stop();
  }
}

/** `REPLICAS` servers on one fake GitHub, sharing `redisUrl` when given; webhooks round-robin. */
async function loadReplicas(label: string, redisUrl?: string): Promise<LoadResult> {
  const github = await new FakeGitHubServer().start();
  const privateKey = rsaPrivateKey();
  const env = { LOG_LEVEL: "info", ...(redisUrl ? { REDIS_URL: redisUrl } : {}) };
  const servers = await Promise.all(Array.from({ length: REPLICAS }, () => startServerFor(github, privateKey, env)));
  try {
    const sends = servers.map((s) => webhookSender(s.base));
    const threads = seedThreads((t) => github.add(t));
    let failures = 0;
    let next = 0;
    const startedAt = Date.now();
    const worker = async () => {
      while (next < EVENTS) {
        const i = next++;
        const t = threads[(i * 7) % threads.length];
        const c = comment(i % 20 === 0 ? "Long thread now.\n/summarize" : LINES[i % LINES.length], `dev${i % 5}`, 0);
        t.comments.push(c);
        const payload = t.kind === "discussion" ? discussionComment("created", t, c) : issueComment("created", t, c);
        payload.installation = { id: 1 + (t.number % INSTALLATIONS) };
        try {
          // Round by round over the threads, so one thread's events reach different replicas.
          const res = await sends[(i + Math.floor(i / threads.length)) % sends.length](t.kind === "discussion" ? "discussion_comment" : "issue_comment", payload);
          await res.arrayBuffer();
          if (res.status >= 300) failures++;
        } catch {
          failures++;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    // As in load(): done once every event was read and GitHub then saw no request for 5 s.
    let seen = -1;
    let since = performance.now();
    const loads = () => github.requests.filter((r) => r.operation && THREAD_LOADS.has(r.operation)).length;
    await until(() => {
      if (github.requests.length !== seen) {
        seen = github.requests.length;
        since = performance.now();
      }
      return loads() >= EVENTS && performance.now() - since > 5000;
    }, 900_000, "the replicas to finish").catch(() => undefined);
    const doneSeconds = (Math.max(...github.requests.map((r) => r.answeredAt ?? r.at)) - startedAt) / 1000;
    const created = new Map<string, number>();
    for (const w of github.writes) if (w.op === "create") created.set(w.thread, (created.get(w.thread) ?? 0) + 1);
    const duplicates = [...created.values()].reduce((n, c) => n + c - 1, 0);
    const deletes = github.requests.filter((r) => r.method === "DELETE" || /^Delete/.test(r.operation ?? "")).length;
    const left = threads.filter((t) => github.ours(t).length > 1).length;
    const errorLogs = servers.reduce((n, s) => n + logLines(s.output()).filter((l) => l.level >= 50).length, 0);
    return {
      label,
      rows: [
        ["webhooks sent", `${EVENTS} spread over ${REPLICAS} replicas (concurrency ${CONCURRENCY}, ${THREADS} threads, ${INSTALLATIONS} installations)`],
        ["events fully handled per second", `${(loads() / doneSeconds).toFixed(1)} (${loads()} thread reads, last GitHub request at ${doneSeconds.toFixed(1)} s)`],
        ["duplicate coaching comments created", String(duplicates)],
        ["deletes (duplicate repair)", String(deletes)],
        ["threads left with a duplicate at the end", String(left)],
        ["failed webhooks + app error logs", `${failures} + ${errorLogs}`],
        ["GitHub requests per webhook", (github.requests.length / EVENTS).toFixed(2)],
      ],
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await github.stop();
  }
}

async function replicasMain(machine: string): Promise<void> {
  if (!redisServerPath) throw new Error("--replicas needs redis-server (apt-get install -y redis-server)");
  const redis = await new RedisServer().start();
  let results: LoadResult[];
  try {
    results = [await loadReplicas(`${REPLICAS} replicas, shared REDIS_URL`, redis.url), await loadReplicas(`${REPLICAS} replicas, no Redis`)];
  } finally {
    await redis.stop();
  }
  const block = [
    "<!-- replicas-load:start -->",
    `Command: \`npm run bench:load -- ${process.argv.slice(2).join(" ")}\` on ${machine}.`,
    "",
    `| measure | ${results.map((r) => r.label).join(" | ")} |`,
    `|---|${results.map(() => "---").join("|")}|`,
    ...results[0].rows.map(([name], i) => `| ${name} | ${results.map((r) => r.rows[i][1]).join(" | ")} |`),
    "<!-- replicas-load:end -->",
  ].join("\n");
  console.log(block);
  if (WRITE_DOC) {
    const doc = readFileSync(DEPLOY_DOC, "utf8");
    if (!doc.includes("<!-- replicas-load:start -->")) throw new Error("docs/deploy.md has no replicas-load markers");
    writeFileSync(DEPLOY_DOC, doc.replace(/<!-- replicas-load:start -->[\s\S]*<!-- replicas-load:end -->/, block));
  }
}

function hostile(): string[] {
  const now = new Date("2026-03-03T10:00:00Z");
  analyzeThread(hostileThread("warm-up: why is this here?", 1), { now });
  const rows = Object.entries(HOSTILE_BODIES).map(([name, body]) => {
    let t0 = performance.now();
    scoreTone(body);
    const tone = performance.now() - t0;
    t0 = performance.now();
    analyzeThread(hostileThread(body, 1), { now });
    return { name, chars: body.length, tone, analyze: performance.now() - t0 };
  });
  rows.sort((a, b) => b.analyze - a.analyze);
  return [
    "| body | chars | scoreTone ms | analyzeThread ms (5-comment thread) |",
    "|---|---:|---:|---:|",
    ...rows.map((r) => `| ${r.name} | ${r.chars} | ${r.tone.toFixed(0)} | ${r.analyze.toFixed(0)} |`),
  ];
}

async function main(): Promise<void> {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}`;
  if (REPLICAS > 1) return replicasMain(machine);
  const results = [await load("`npm start` as shipped")];
  if (COMPARE) results.push(await load("per-installation throttling", ["--import", "tsx", "test/e2e/per-installation-entry.ts"]));
  const hostileRows = hostile();
  const loadRows = results[0].rows.map(([name], i) => `| ${name} | ${results.map((r) => r.rows[i][1]).join(" | ")} |`);
  const block = [
    "<!-- load:start -->",
    `Command: \`npm run bench:load\` (${process.argv.slice(2).join(" ") || "defaults"}) on ${machine}.`,
    "",
    `| measure | ${results.map((r) => r.label).join(" | ")} |`,
    `|---|${results.map(() => "---").join("|")}|`,
    ...loadRows,
    "",
    "Hostile bodies, one at a time, warm process, slowest first:",
    "",
    ...hostileRows,
    "<!-- load:end -->",
  ].join("\n");
  console.log(block);
  if (WRITE_DOC) {
    const doc = readFileSync(DOC, "utf8");
    const replaced = doc.replace(/<!-- load:start -->[\s\S]*<!-- load:end -->/, block);
    writeFileSync(DOC, replaced === doc && !doc.includes("<!-- load:start -->") ? `${doc}\n${block}\n` : replaced);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
