// The server's digest: the real app function in a real Probot against the loopback fake GitHub.
// A thread event in an opted-in repository schedules a debounced refresh (each new event pushes
// it back), the schedule refreshes known repositories, a ticked "refresh now" box refreshes at
// once, a repository without `digest.enabled` is never written to, and with Redis two replicas
// make one refresh per slot. The clock is a fake one.
import { pino } from "pino";
import { Probot, ProbotOctokit } from "probot";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import type { AppDeps } from "../../src/app/deps.ts";
import type { SchedulerClock } from "../../src/app/digest-scheduler.ts";
import { registerHandlers } from "../../src/app/register.ts";
import { resolveConfig } from "../../src/app/resolve-config.ts";
import { loadConfig } from "../../src/config/load.ts";
import { RedisLink } from "../../src/redis/link.ts";
import { redisClaim } from "../../src/redis/claim.ts";
import { redisLock } from "../../src/redis/lock.ts";
import { FakeGitHubServer, until } from "../support/fake-github-server.ts";
import { redisServerPath, RedisServer } from "../support/redis-server.ts";
import { calmIssue, fakeComment, heatedIssue, questionIssue } from "../digest/digest-threads.ts";

class UnthrottledOctokit extends ProbotOctokit {
  constructor(options: any = {}) {
    super({ ...options, throttle: { ...options.throttle, enabled: false }, retry: { enabled: false } });
  }
}

/** A clock whose timers fire only when the test moves time on. */
class FakeClock implements SchedulerClock {
  time = Date.parse("2026-03-03T08:00:00Z");
  private timers: { at: number; every?: number; fn: () => void; id: number }[] = [];
  private next = 1;
  now = () => this.time;
  setTimeout = (fn: () => void, ms: number) => this.add(fn, ms);
  setInterval = (fn: () => void, ms: number) => this.add(fn, ms, ms);
  clearTimeout = (h: unknown) => void (this.timers = this.timers.filter((t) => t.id !== h));
  clearInterval = this.clearTimeout;
  private add(fn: () => void, ms: number, every?: number) {
    const id = this.next++;
    this.timers.push({ at: this.time + ms, every, fn, id });
    return id;
  }
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.time = due.at;
      if (due.every) due.at += due.every;
      else this.timers = this.timers.filter((t) => t !== due);
      due.fn();
    }
    this.time = end;
  }
}

const MINUTE = 60_000;
let fake: FakeGitHubServer;

async function replica(clock: FakeClock, extra: Partial<AppDeps> = {}, claimLink?: RedisLink) {
  const deps: AppDeps = {
    now: () => new Date(clock.time),
    analyze: analyzeThread,
    loadConfig: (context, source) => resolveConfig(source, context, loadConfig),
    digestSchedule: { clock, tickMs: 5 * MINUTE, ...(claimLink ? { claim: redisClaim(claimLink) } : {}) },
    ...extra,
  };
  const probot = new Probot({ githubToken: "test-token", baseUrl: `http://${fake.host}/api/v3`, log: pino({ level: "silent" }), Octokit: UnthrottledOctokit });
  await probot.load((app) => registerHandlers(app, deps));
  return probot;
}

function commentEvent(number: number, body: string) {
  const c = fakeComment("zed", body, 30);
  fake.thread("acme", "widgets", number)!.comments.push(c);
  return {
    id: `d-${c.id}`,
    name: "issue_comment",
    payload: {
      action: "created",
      issue: { number, locked: false, user: { login: "ana", type: "User" } },
      comment: { id: c.databaseId, node_id: c.id, body, user: { login: "zed", type: "User" }, author_association: "CONTRIBUTOR" },
      repository: { name: "widgets", owner: { login: "acme" }, full_name: "acme/widgets" },
      sender: { login: "zed", type: "User" },
      installation: { id: 7 },
    },
  } as never;
}

const digestCreates = () => fake.writes.filter((w) => w.op === "create-issue");
const listings = () => fake.requests.filter((r) => r.operation === "DigestIssues");

beforeAll(async () => {
  fake = await new FakeGitHubServer().start();
});
afterAll(async () => {
  await fake?.stop();
});
afterEach(async () => {
  await fake.stop();
  fake = await new FakeGitHubServer().start();
});

function seed(config = "digest:\n  enabled: true\n  debounceMinutes: 10\n") {
  fake.configs.set("acme/widgets", config);
  fake.add(heatedIssue(1));
  fake.add(questionIssue(2));
  fake.add(calmIssue(3));
}

describe("the server's digest", { timeout: 60_000 }, () => {
  it("a thread event schedules one debounced refresh; later events push it back", async () => {
    seed();
    const clock = new FakeClock();
    const probot = await replica(clock);
    await probot.receive(commentEvent(3, "Thanks, that works for me."));
    clock.advance(6 * MINUTE);
    await probot.receive(commentEvent(3, "One more note on the docs branch."));
    clock.advance(6 * MINUTE);
    expect(listings()).toHaveLength(0); // pushed back by the second event
    clock.advance(5 * MINUTE);
    await until(() => digestCreates().length === 1, 10_000, "the digest");
    expect(listings()).toHaveLength(1);
    const body = digestCreates()[0].body;
    expect(body).toContain("### Heating up (1)");
  });

  it("the schedule refreshes a known repository once per scheduleHours", async () => {
    seed("digest:\n  enabled: true\n  debounceMinutes: 0\n  scheduleHours: 24\n");
    const clock = new FakeClock();
    const probot = await replica(clock);
    await probot.receive(commentEvent(3, "Thanks, that works for me."));
    expect(listings()).toHaveLength(0); // debounce 0: only on the schedule
    clock.advance(5 * MINUTE);
    await until(() => digestCreates().length === 1, 10_000, "the scheduled digest");
    clock.advance(12 * 60 * MINUTE);
    await new Promise((r) => setTimeout(r, 200));
    expect(listings()).toHaveLength(1);
    clock.advance(12 * 60 * MINUTE);
    await until(() => fake.writes.some((w) => w.op === "update-issue"), 10_000, "the next day's refresh");
    expect(digestCreates()).toHaveLength(1);
  });

  it("after a start, the sweep finds an opted-in repository with no event, and the schedule refreshes it", async () => {
    seed("digest:\n  enabled: true\n");
    fake.configs.set("acme/quiet", "sensitivity: low\n"); // reachable, not opted in
    const clock = new FakeClock();
    await replica(clock);
    clock.advance(MINUTE);
    await until(() => fake.requests.filter((r) => r.operation === "RepositoryConfig").length === 2, 10_000, "the sweep of both repositories");
    await new Promise((r) => setTimeout(r, 100));
    clock.advance(5 * MINUTE);
    await until(() => digestCreates().length === 1, 10_000, "the digest");
    expect(listings().map((r) => r.variables?.name)).toEqual(["widgets"]);
  });

  it("a repository that did not opt in is never written to", async () => {
    seed("sensitivity: medium\n");
    const clock = new FakeClock();
    const probot = await replica(clock);
    await probot.receive(commentEvent(3, "Thanks, that works for me."));
    clock.advance(48 * 60 * MINUTE);
    await new Promise((r) => setTimeout(r, 200));
    expect(listings()).toHaveLength(0);
    expect(fake.writes.filter((w) => w.op.includes("issue") && w.op !== "create")).toEqual([]);
  });

  it("a person ticking 'refresh now' refreshes at once; the box comes back unticked", async () => {
    seed("digest:\n  enabled: true\n  debounceMinutes: 0\n");
    const clock = new FakeClock();
    const probot = await replica(clock);
    await probot.receive(commentEvent(3, "Thanks, that works for me."));
    clock.advance(5 * MINUTE);
    await until(() => digestCreates().length === 1, 10_000, "the digest");
    const page = [1, 2, 3, 4, 5].map((n) => fake.thread("acme", "widgets", n)).find((t) => t?.title === "Common Ground digest")!;
    const ticked = page.opening.body.replace("- [ ] <!--", "- [x] <!--");
    page.opening.body = ticked;
    await probot.receive({
      id: "edit-1",
      name: "issues",
      payload: {
        action: "edited",
        issue: { number: page.number, body: ticked, user: { login: "common-ground[bot]", type: "Bot" } },
        repository: { name: "widgets", owner: { login: "acme" }, full_name: "acme/widgets" },
        sender: { login: "maintainer", type: "User" },
        installation: { id: 7 },
      },
    } as never);
    const update = fake.writes.find((w) => w.op === "update-issue");
    expect(update).toBeDefined();
    expect(page.opening.body).toContain("- [ ] <!-- common-ground:digest-refresh -->");
    // The app's own edit (a bot's) does not trigger another refresh.
    await probot.receive({
      id: "edit-2",
      name: "issues",
      payload: {
        action: "edited",
        issue: { number: page.number, body: ticked, user: { login: "common-ground[bot]", type: "Bot" } },
        repository: { name: "widgets", owner: { login: "acme" }, full_name: "acme/widgets" },
        sender: { login: "common-ground[bot]", type: "Bot" },
        installation: { id: 7 },
      },
    } as never);
    expect(fake.writes.filter((w) => w.op === "update-issue")).toHaveLength(1);
  });
});

describe.skipIf(!redisServerPath)("two replicas with Redis (real redis-server)", { timeout: 60_000 }, () => {
  const server = new RedisServer();
  const links: RedisLink[] = [];
  const quiet = { warn: () => {}, info: () => {}, debug: () => {} };
  beforeAll(async () => {
    await server.start();
  });
  afterAll(async () => {
    for (const l of links) await l.close();
    await server.stop();
  });

  it("make one digest: each schedule slot is refreshed by exactly one of them", async () => {
    seed("digest:\n  enabled: true\n  debounceMinutes: 0\n");
    const [a, b] = [new RedisLink(server.url, quiet), new RedisLink(server.url, quiet)];
    links.push(a, b);
    await until(() => a.available && b.available, 10_000, "Redis");
    const clock = new FakeClock();
    const replicas = await Promise.all([a, b].map((link) => replica(clock, { sharedLock: redisLock(link, quiet) }, link)));
    // Each replica has seen activity in the repository (so both know it).
    await replicas[0].receive(commentEvent(3, "Thanks, that works for me."));
    await replicas[1].receive(commentEvent(3, "One more note on the docs branch."));
    clock.advance(5 * MINUTE);
    await until(() => digestCreates().length === 1, 10_000, "the digest");
    await new Promise((r) => setTimeout(r, 300));
    expect(listings()).toHaveLength(1);
    clock.advance(24 * 60 * MINUTE);
    await until(() => fake.writes.some((w) => w.op === "update-issue"), 10_000, "the next slot's refresh");
    await new Promise((r) => setTimeout(r, 300));
    expect(listings()).toHaveLength(2);
    expect(digestCreates()).toHaveLength(1);
  });
});
