// The Redis thread lock against a real redis-server of its own: one holder at a time across
// two connections (two replicas), release by the holder only, a dead holder's lock expiring
// after its TTL, renewal while the holder works, and the fall-back while Redis is down (one
// warning, then Redis again once it is back). Skipped (with one line, test/support/redis-notice.ts)
// on a machine without redis-server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisLink } from "../../src/redis/link.ts";
import { LOCK_PREFIX, redisLock, type LockTimings } from "../../src/redis/lock.ts";
import { until } from "../support/fake-github-server.ts";
import { redisServerPath, RedisServer } from "../support/redis-server.ts";

interface Line {
  level: "warn" | "info" | "debug";
  msg: string;
}

function recorder() {
  const lines: Line[] = [];
  const at = (level: Line["level"]) => (_obj: Record<string, unknown>, msg: string) => void lines.push({ level, msg });
  return { lines, log: { warn: at("warn"), info: at("info"), debug: at("debug") } };
}

const FAST: LockTimings = { ttlMs: 2_000, waitMs: 20_000, pollMs: 5, maxPollMs: 50 };
const tick = () => new Promise((r) => setImmediate(r));

describe.skipIf(!redisServerPath)("Redis thread lock (real redis-server)", () => {
  const server = new RedisServer();
  const links: RedisLink[] = [];
  const link = (log = recorder().log) => {
    const l = new RedisLink(server.url, log);
    links.push(l);
    return l;
  };
  const ready = (l: RedisLink) => until(() => l.available, 10_000, "the Redis link to be ready");

  beforeAll(async () => {
    await server.start();
  });

  afterAll(async () => {
    for (const l of links) await l.close();
    await server.stop();
  });

  it("lets one task at a time hold a thread across two connections, and every task runs", async () => {
    const [a, b] = [link(), link()];
    await Promise.all([ready(a), ready(b)]);
    const locks = [redisLock(a, recorder().log, FAST), redisLock(b, recorder().log, FAST)];
    let inside = 0;
    let most = 0;
    const ran: number[] = [];
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        locks[i % 2]("acme/widgets#0", async () => {
          inside++;
          most = Math.max(most, inside);
          for (let k = 0; k < 5; k++) await tick();
          inside--;
          ran.push(i);
        }),
      ),
    );
    expect(most).toBe(1);
    expect(ran.sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(await a.client.exists(`${LOCK_PREFIX}acme/widgets#0`)).toBe(0);
  });

  it("does not delete a lock that another holder took over after ours expired", async () => {
    const a = link();
    await ready(a);
    const name = `${LOCK_PREFIX}acme/widgets#takeover`;
    await redisLock(a, recorder().log, FAST)("acme/widgets#takeover", async () => {
      // As if our lock had expired and another replica had taken the thread.
      await a.client.set(name, "another-replica", "PX", 10_000);
    });
    expect(await a.client.get(name)).toBe("another-replica");
    await a.client.del(name);
  });

  it("waits for a crashed holder's lock to expire (its TTL), then runs", async () => {
    const a = link();
    await ready(a);
    const name = `${LOCK_PREFIX}acme/widgets#crashed`;
    await a.client.set(name, "crashed-replica", "PX", 400);
    const started = Date.now();
    let holder: string | null = null;
    await redisLock(a, recorder().log, FAST)("acme/widgets#crashed", async () => {
      holder = await a.client.get(name);
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(holder).not.toBe("crashed-replica");
    expect(holder).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("renews the lock while its task outlives the TTL", async () => {
    const a = link();
    await ready(a);
    const name = `${LOCK_PREFIX}acme/widgets#long`;
    const timings = { ...FAST, ttlMs: 300 };
    const tokens: (string | null)[] = [];
    await redisLock(a, recorder().log, timings)("acme/widgets#long", async () => {
      for (let i = 0; i < 5; i++) {
        await new Promise((r) => setTimeout(r, 200)); // the task's own work: 1 s in all, over 3 TTLs
        tokens.push(await a.client.get(name));
      }
    });
    expect(tokens.every((t) => t !== null && t === tokens[0])).toBe(true);
    expect(await a.client.exists(name)).toBe(0);
  });

  it("gives up waiting after waitMs, runs anyway and says so", async () => {
    const a = link();
    await ready(a);
    const name = `${LOCK_PREFIX}acme/widgets#stuck`;
    await a.client.set(name, "slow-replica", "PX", 30_000);
    const { lines, log } = recorder();
    let ran = false;
    await redisLock(a, log, { ...FAST, waitMs: 200 })("acme/widgets#stuck", async () => {
      ran = true;
    });
    expect(ran).toBe(true);
    expect(lines.filter((l) => l.level === "warn").map((l) => l.msg)).toEqual([expect.stringMatching(/still held by another replica/)]);
    expect(await a.client.get(name)).toBe("slow-replica");
    await a.client.del(name);
  });

  it("while Redis is down runs every task at once with one warning, and uses Redis again when it is back", async () => {
    const { lines, log } = recorder();
    const a = link(log);
    await ready(a);
    const lock = redisLock(a, log, FAST);
    await server.stop();
    await until(() => !a.available, 10_000, "the link to notice that Redis stopped");
    let ran = 0;
    await Promise.all(Array.from({ length: 10 }, (_, i) => lock(`acme/widgets#down${i % 2}`, async () => void ran++)));
    expect(ran).toBe(10);
    expect(lines.filter((l) => l.level === "warn")).toEqual([{ level: "warn", msg: expect.stringMatching(/Redis is unreachable/) }]);

    await server.start();
    await until(() => a.available, 15_000, "the link to reconnect after Redis restarted");
    expect(lines.filter((l) => l.level === "info").map((l) => l.msg)).toEqual([expect.stringMatching(/reachable again/)]);
    let holder: string | null = null;
    await lock("acme/widgets#back", async () => {
      holder = await a.client.get(`${LOCK_PREFIX}acme/widgets#back`);
    });
    expect(holder).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.filter((l) => l.level === "warn")).toHaveLength(1);
  });
});
