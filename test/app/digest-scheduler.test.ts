// The digest scheduler on its own, with a fake clock and a fake claim: which repositories it
// knows, when it runs them, and that a refused claim (another replica has the slot) skips the run.
import { describe, expect, it } from "vitest";
import { DigestScheduler, type SchedulerClock } from "../../src/app/digest-scheduler.ts";
import { config } from "../coach/factories.ts";

function clock() {
  let time = 0;
  let timers: { at: number; every?: number; fn: () => void; id: number }[] = [];
  let next = 1;
  const add = (fn: () => void, ms: number, every?: number) => {
    timers.push({ at: time + ms, every, fn, id: next });
    return next++;
  };
  const c: SchedulerClock & { advance: (ms: number) => void } = {
    now: () => time,
    setTimeout: (fn, ms) => add(fn, ms),
    setInterval: (fn, ms) => add(fn, ms, ms),
    clearTimeout: (h) => void (timers = timers.filter((t) => t.id !== h)),
    clearInterval: (h) => void (timers = timers.filter((t) => t.id !== h)),
    advance: (ms) => {
      const end = time + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        time = due.at;
        if (due.every) due.at += due.every;
        else timers = timers.filter((t) => t !== due);
        due.fn();
      }
      time = end;
    },
  };
  return c;
}

const repo = { owner: "acme", repo: "widgets", installationId: 7 };
const MIN = 60_000;

describe("DigestScheduler", () => {
  it("knows only opted-in repositories; the master switch or digest.enabled: false forgets one", () => {
    const s = new DigestScheduler(async () => {}, clock());
    s.noteActivity(repo, config({ digest: { enabled: true } }));
    expect(s.known()).toEqual(["acme/widgets"]);
    s.noteActivity(repo, config({ enabled: false, digest: { enabled: true } }));
    expect(s.known()).toEqual([]);
    s.discover(repo, config({ digest: { enabled: true } }));
    s.discover(repo, config());
    expect(s.known()).toEqual([]);
  });

  it("skips a run whose slot another replica claimed, and runs the next slot it gets", async () => {
    const c = clock();
    const runs: string[] = [];
    const claims: string[] = [];
    let grant = false;
    const s = new DigestScheduler(async (r, reason) => void runs.push(`${r.repo}:${reason}`), c, async (key) => (claims.push(key), grant));
    s.discover(repo, config({ digest: { enabled: true, scheduleHours: 1 } }));
    s.start(5 * MIN);
    c.advance(5 * MIN);
    await s.idle();
    expect(runs).toEqual([]);
    grant = true;
    c.advance(60 * MIN);
    await s.idle();
    expect(runs).toEqual(["widgets:schedule"]);
    expect(claims).toEqual(["digest:acme/widgets:schedule:0", "digest:acme/widgets:schedule:1"]);
    await s.stop();
  });
});
