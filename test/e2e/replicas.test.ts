// Many replicas, one comment: a real redis-server, two real `npm start` processes with the same
// REDIS_URL and ONE fake GitHub, and signed webhooks sent to both at once (redeliveries mixed
// in). The thread lock on Redis must leave exactly one coaching comment per thread with no
// duplicate to delete and every /summarize answered once; Octokit's throttle lanes must live
// in Redis per installation and space both replicas' calls; and with Redis stopped mid-run the
// replicas must keep serving (one warning each) and use Redis again once it is back.
// Skipped (with one line, test/support/redis-notice.ts) on a machine without redis-server.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeMarker } from "../../src/render/marker.ts";
import { discussionComment, issueComment } from "../app/payloads.ts";
import { rsaPrivateKey, type ServerProcess } from "../server/server-process.ts";
import { FakeGitHubServer, until, type StoredThread } from "../support/fake-github-server.ts";
import { redisServerPath, RedisServer } from "../support/redis-server.ts";
import { comment, logLines, startServerFor, thread, webhookSender, type Send } from "./app-process.ts";

const THREAD_READS = new Set(["IssueThread", "PullRequestThread", "DiscussionThread"]);
const DONE = new Set(["event handled", "coaching failed for this event; the next event will converge", "skipped: the thread or comment no longer exists"]);
const LINES = [
  "Did you even run this against the staging data? This is ridiculous.",
  "What happens to a half-finished import when the worker restarts?",
  "Obviously it works, you just never read the PR description.",
  "I'm worried this drops rows that start with a BOM.",
  "This is the third time I'm asking. Just answer the question.",
];

interface Delivery {
  replica: number;
  id: string;
  event: string;
  payload: Record<string, any>;
}

/** A heated thread of `kind` in acme/widgets, numbered `number`. */
function heated(kind: StoredThread["kind"], number: number): StoredThread {
  return thread(kind, number, `Replica thread ${number}`, [
    comment("Invoice generation takes 40 s because the ORM issues one query per line item. This replaces the loader with one query.", "priya", 60, "MEMBER"),
    comment("I'm worried about maintainability: raw SQL means the next schema change happens in two places.", "tom", 50, "MEMBER"),
    comment("Did you even read the ORM docs? select_related on the tax table is the obvious fix.", "tom", 8, "MEMBER"),
    comment("Yes, I read them. Obviously I tried that too. You always block anything that isn't written your way.", "priya", 6, "MEMBER"),
  ]);
}

/** A new comment on `t` and its webhook, for installation `installation`, sent to `replica`. */
function delivery(t: StoredThread, text: string, n: number, installation: number, replica: number): Delivery {
  const c = comment(text, `dev${n % 3}`, Math.max(0, 3 - n * 0.2), "MEMBER");
  t.comments.push(c);
  const payload = t.kind === "discussion" ? discussionComment("created", t, c) : issueComment("created", t, c);
  payload.installation = { id: installation, node_id: "MDIz" };
  return { replica, id: randomUUID(), event: t.kind === "discussion" ? "discussion_comment" : "issue_comment", payload };
}

const threadKey = (t: StoredThread) => `${t.owner}/${t.repo}#${t.number}`;

describe.skipIf(!redisServerPath)("two replicas sharing one Redis (real redis-server, two npm start processes, one fake GitHub)", () => {
  const redis = new RedisServer();
  let github: FakeGitHubServer;
  let replicas: ServerProcess[] = [];
  let sends: Send[] = [];
  let probe: Redis;

  /** Log lines of replica `r` written after character `from` of its output. */
  const lines = (r: number, from = 0) => logLines(replicas[r].output().slice(from));
  const handled = (from: number[]) => replicas.reduce((n, _, r) => n + lines(r, from[r]).filter((l) => DONE.has(l.msg)).length, 0);
  const marks = () => replicas.map((s) => s.output().length);

  /** Send every delivery at once; resolves when all were answered and then handled. */
  async function deliverAll(deliveries: Delivery[], from: number[]): Promise<number[]> {
    const statuses = await Promise.all(
      deliveries.map(async (d) => {
        const res = await sends[d.replica](d.event, d.payload, { id: d.id });
        await res.arrayBuffer();
        return res.status;
      }),
    );
    await until(() => handled(from) >= deliveries.length, 150_000, `both replicas to finish ${deliveries.length} deliveries (finished: ${handled(from)})`);
    return statuses;
  }

  /** A client of the test's own for looking into Redis (quiet while the server is stopped). */
  const connectProbe = () => new Redis(redis.url, { maxRetriesPerRequest: 1 }).on("error", () => undefined);

  const deletes = (since = 0) => github.requests.slice(since).filter((r) => r.method === "DELETE" || /^Delete/.test(r.operation ?? "")).length;

  beforeAll(async () => {
    await redis.start();
    github = await new FakeGitHubServer().start();
    const privateKey = rsaPrivateKey();
    replicas = await Promise.all([0, 1].map(() => startServerFor(github, privateKey, { REDIS_URL: redis.url, LOG_LEVEL: "debug" })));
    sends = replicas.map((s) => webhookSender(s.base));
    probe = connectProbe();
  }, 120_000);

  afterAll(async () => {
    probe?.disconnect();
    await Promise.all(replicas.map((s) => s.stop()));
    await github?.stop();
    await redis.stop();
  });

  it("npm start with REDIS_URL starts and answers /ping with PONG on both replicas", async () => {
    for (const s of replicas) {
      const res = await fetch(`${s.base}/ping`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe("PONG");
    }
  });

  it("50 webhooks for 5 threads sent to both replicas at once, redeliveries mixed in: one coaching comment per thread, nothing to delete, each /summarize answered once", async () => {
    const kinds: StoredThread["kind"][] = ["issue", "issue", "pull_request", "pull_request", "discussion"];
    const threads = kinds.map((kind, i) => github.add(heated(kind, 301 + i)));
    const deliveries: Delivery[] = [];
    for (let n = 0; n < 10; n++) {
      threads.forEach((t, i) => {
        const text = n === 3 ? "Could someone pull this together?\n/summarize" : LINES[(i + n) % LINES.length];
        const d = delivery(t, text, n, 7001 + i, (i + n) % 2);
        deliveries.push(d);
        // GitHub redelivers now and then: the same delivery, here to the other replica.
        if ((i * 10 + n) % 4 === 0) deliveries.push({ ...d, replica: 1 - d.replica });
      });
    }
    expect(deliveries.length).toBeGreaterThanOrEqual(60);
    const from = marks();

    const statuses = await deliverAll(deliveries, from);

    expect(statuses.filter((s) => s !== 200 && s !== 202)).toEqual([]);
    for (const t of threads) {
      expect(github.ours(t), `coaching comments on ${threadKey(t)}`).toHaveLength(1);
      expect(github.writes.filter((w) => w.op === "create" && w.thread === threadKey(t)), `comments created on ${threadKey(t)}`).toHaveLength(1);
    }
    expect(deletes(), "DELETE requests and delete mutations at the fake GitHub").toBe(0);
    expect(github.writes.filter((w) => w.op === "delete")).toEqual([]);

    // Every /summarize answered exactly once, by one replica, and remembered in the marker.
    const all = [0, 1].flatMap((r) => lines(r, from[r]));
    for (const t of threads) {
      const answers = all.filter((l) => l.msg?.startsWith("coach:") && l.thread === threadKey(t) && l.commands?.some((c: any) => c.command === "summarize" && c.outcome === "answered"));
      expect(answers, `/summarize answers on ${threadKey(t)}`).toHaveLength(1);
      const marker = decodeMarker(github.ours(t)[0].body) as { handled?: string[] } | null;
      expect(marker?.handled?.filter((k) => k.endsWith(":summarize")), `handled commands in ${threadKey(t)}'s marker`).toHaveLength(1);
    }
    // Both replicas served, nobody gave up waiting for a lock, nothing failed.
    for (const r of [0, 1]) expect(lines(r, from[r]).filter((l) => l.msg === "event handled").length, `events handled by replica ${r}`).toBeGreaterThan(0);
    expect(all.filter((l) => l.level >= 40).map((l) => l.msg)).toEqual([]);
  }, 200_000);

  it("keeps Octokit's throttling in Redis per installation: both replicas use the lane octokit-write-installation-<id>, and one installation's thread reads are spaced across replicas", async () => {
    // The run above used installations 7001..7005; their write lanes are Bottleneck limiters in Redis.
    const settings = (await probe.keys("b_octokit-write-installation-*_settings")).sort();
    expect(settings).toEqual(expect.arrayContaining([7001, 7002, 7003, 7004, 7005].map((id) => `b_octokit-write-installation-${id}_settings`)));
    // Both processes registered as clients of the same limiter.
    for (const id of [7001, 7002, 7003, 7004, 7005]) {
      expect(await probe.zcard(`b_octokit-write-installation-${id}_client_last_seen`), `replicas on installation ${id}'s write lane`).toBe(2);
    }
    // GraphQL reads go through the write lane (at most one per second per installation): shared,
    // it spaces the reads of both replicas; each replica alone would not space the other's.
    // Without the shared lane, a read right after the other replica released the thread comes
    // within milliseconds. (Three quarters of a second of slack for the time between the lane's
    // start and the request's arrival, which a busy machine can stretch.)
    const byInstallation = new Map<number, number[]>();
    for (const r of github.requests.filter((q) => q.operation && THREAD_READS.has(q.operation))) {
      const number = Number(r.variables?.number);
      if (number < 301 || number > 305) continue;
      const id = 7001 + (number - 301);
      byInstallation.set(id, [...(byInstallation.get(id) ?? []), r.at]);
    }
    expect(byInstallation.size).toBe(5);
    for (const [id, times] of byInstallation) {
      times.sort((a, b) => a - b);
      const gaps = times.slice(1).map((t, i) => t - times[i]);
      expect(times.length).toBeGreaterThanOrEqual(10);
      expect(Math.min(...gaps), `smallest gap between thread reads of installation ${id}`).toBeGreaterThanOrEqual(250);
    }
  });

  it("with Redis stopped mid-run the replicas keep serving with one warning each, and use Redis again once it restarts", async () => {
    const from = marks();
    await redis.stop();
    const warned = (r: number) => lines(r, from[r]).filter((l) => l.level === 40 && /Redis/.test(String(l.msg)));
    await until(() => warned(0).length > 0 && warned(1).length > 0, 20_000, "both replicas to notice that Redis stopped");

    // Redis down: a burst on two threads still gets handled; any duplicate is repaired by the next event.
    const down = [github.add(heated("issue", 401)), github.add(heated("pull_request", 402))];
    const burst: Delivery[] = [];
    for (let n = 0; n < 6; n++) down.forEach((t, i) => burst.push(delivery(t, LINES[(n + i) % LINES.length], n, 7101 + i, (n + i) % 2)));
    const statuses = await deliverAll(burst, from);
    expect(statuses.filter((s) => s !== 200 && s !== 202)).toEqual([]);
    const after = marks();
    await deliverAll(down.map((t, i) => delivery(t, "Thanks, that makes sense.", 9, 7101 + i, 0)), after);
    for (const t of down) expect(github.ours(t), `coaching comments on ${threadKey(t)} while Redis is down`).toHaveLength(1);
    for (const r of [0, 1]) {
      expect(warned(r).map((l) => l.msg), `warnings of replica ${r} about Redis`).toEqual([expect.stringMatching(/Redis is unreachable/)]);
      expect(lines(r, from[r]).filter((l) => l.level >= 50).map((l) => l.msg), `errors of replica ${r}`).toEqual([]);
    }

    // Redis back (a fresh, empty server on the same port): both replicas reconnect on their own.
    await redis.start();
    const back = (r: number) => lines(r, from[r]).some((l) => l.level === 30 && /Redis is reachable again/.test(String(l.msg)));
    await until(() => back(0) && back(1), 30_000, "both replicas to reconnect to Redis");
    probe.disconnect();
    probe = connectProbe();
    const again = github.add(heated("issue", 403));
    const burstBack: Delivery[] = [];
    for (let n = 0; n < 10; n++) burstBack.push(delivery(again, n === 2 ? "/summarize" : LINES[n % LINES.length], n, 7201, n % 2));
    const deletesBeforeBack = github.requests.length;
    await deliverAll(burstBack, marks());
    expect(github.ours(again)).toHaveLength(1);
    expect(github.writes.filter((w) => w.op === "create" && w.thread === threadKey(again))).toHaveLength(1);
    expect(deletes(deletesBeforeBack)).toBe(0);
    // The empty server now holds the new installation's lane, and the thread lock took it (SET … NX).
    expect(await probe.exists("b_octokit-write-installation-7201_settings")).toBe(1);
    expect(await probe.info("commandstats")).toMatch(/cmdstat_set:calls=([1-9]\d*)/);
    for (const r of [0, 1]) expect(warned(r), `warnings of replica ${r} about Redis, whole outage`).toHaveLength(1);
  }, 240_000);
});
