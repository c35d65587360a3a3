// The real server under GitHub faults and races: 5xx, dropped connections, slow answers and
// rate limits are retried by Probot's Octokit plugins; a failure that outlasts the retries is
// logged and the next event converges; 404s are skipped; duplicate and concurrent deliveries
// end with one coaching comment; a state marker in someone else's comment is ignored.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { decodeMarker, encodeMarker } from "../../src/render/marker.ts";
import { issueComment } from "../app/payloads.ts";
import { until, type FakeComment, type StoredThread } from "../support/fake-github-server.ts";
import { comment, INSTALLATION_ID, logLines, startApp, thread, type RunningApp } from "./app-process.ts";

let app: RunningApp;
let next = 100;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  if (process.env.E2E_DUMP) (await import("node:fs")).writeFileSync(process.env.E2E_DUMP, app.server.output());
  await app?.stop();
});

beforeEach(() => {
  app.github.clearFaults();
});

/** A calm issue whose newest comment asks for /summarize: the app must write one comment (its answer). */
function summarizeCase(): { t: StoredThread; ask: FakeComment; payload: Record<string, any> } {
  const t = app.github.add(
    thread("issue", next++, "Session storage", [
      comment("Sessions should move to Redis so restarts do not log everybody out.", "alice", 90, "OWNER"),
      comment("What happens when Redis is down?", "bob", 80),
      comment("We fall back to signed cookies.", "alice", 70, "OWNER"),
    ]),
  );
  const ask = comment("/summarize", "carol", 1);
  t.comments.push(ask);
  return { t, ask, payload: event(t, ask) };
}

/** Each thread gets its own installation, so Octokit's per-installation request spacing and a
 * slow retry in one test never delay another. */
function event(t: StoredThread, c: FakeComment, action: "created" | "edited" = "created"): Record<string, any> {
  return { ...issueComment(action, t, c), installation: { id: INSTALLATION_ID + t.number } };
}

/** Fault filters scoped to one thread: its thread query, its comment creation. */
const itsLoad = (t: StoredThread) => ({ operation: "IssueThread", when: (r: { variables?: Record<string, any> }) => r.variables?.number === t.number });
const itsCreate = (t: StoredThread) => ({ method: "POST", path: new RegExp(`/issues/${t.number}/comments$`) });

/** A heated issue; its newest comment's event must bring the escalation nudge. */
function heatedCase(): { t: StoredThread; payload: Record<string, any> } {
  const t = app.github.add(
    thread("issue", next++, "Switch invoice generation to raw SQL", [
      comment("Invoice generation takes 40 s because the ORM issues one query per line item. This replaces the loader with one query.", "priya", 60, "MEMBER"),
      comment("I'm worried about maintainability: raw SQL means the next schema change happens in two places. Could eager loading get us there?", "tom", 50, "MEMBER"),
      comment("I tried prefetch_related first. It got us to 11 s, still far from the 3 s target.", "priya", 45, "MEMBER"),
      comment("Did you even read the ORM docs? select_related on the tax table is the obvious fix. This is how we ended up with the mess in reporting.", "tom", 8, "MEMBER"),
      comment("Yes, I read them. Obviously I tried that too. You always block anything that isn't written your way.", "priya", 6, "MEMBER"),
      comment("That's ridiculous. I'm not approving a PR that nobody else on the team can maintain, period. Seriously, just do it properly.", "tom", 4, "MEMBER"),
    ]),
  );
  const last = comment("Whatever. You clearly didn't look at the numbers. I'm done arguing about this.", "priya", 1, "MEMBER");
  t.comments.push(last);
  return { t, payload: event(t, last) };
}

/** The next event on a thread whose earlier write failed: one coaching comment, the escalation nudge. */
async function expectConverges(t: StoredThread): Promise<void> {
  expect((await app.send("issue_comment", laterEvent(t, "Seriously? This is absurd, nobody asked for your opinion."))).status).toBe(200);
  expect(app.github.ours(t)).toHaveLength(1);
  expect((decodeMarker(app.github.ours(t)[0].body) as { nudge?: { kind: string } }).nudge?.kind).toBe("escalation");
}

/** A later comment on the same thread (a new event that must converge). */
function laterEvent(t: StoredThread, body = "Thanks, that helps."): Record<string, any> {
  const c = comment(body, "dave", 0);
  t.comments.push(c);
  return event(t, c);
}

const requestsFor = (t: StoredThread, path: string) => app.github.requests.filter((r) => r.path === `/repos/acme/widgets/issues/${t.number}${path}`);
const loadsOf = (t: StoredThread) => app.github.requests.filter((r) => r.operation === "IssueThread" && r.variables?.number === t.number);
const errorLogs = (since: number) => logLines(app.server.output().slice(since)).filter((l) => l.level >= 50);

describe("GitHub faults", () => {
  it("a 502 on the thread query is retried, and the event still ends with one comment", async () => {
    const { t, payload } = summarizeCase();
    app.github.inject({ ...itsLoad(t), status: 502, body: { message: "Bad Gateway" } });
    expect((await app.send("issue_comment", payload)).status).toBe(200);
    expect(loadsOf(t).map((r) => r.status)).toEqual([502, 200]);
    expect(app.github.ours(t)).toHaveLength(1);
  });

  it("a 500 on the comment write is retried; a dropped connection is retried; a slow answer is waited for", async () => {
    const { t, payload } = summarizeCase();
    app.github.inject({ ...itsCreate(t), status: 500 });
    app.github.inject({ ...itsCreate(t), drop: true });
    app.github.inject({ ...itsCreate(t), delayMs: 1500 });
    // Past 9 s of handling Probot answers 202 ("still processing") and carries on.
    expect((await app.send("issue_comment", payload)).status).toBeLessThan(300);
    await until(() => app.github.ours(t).length > 0, 20_000, "the comment");
    expect(requestsFor(t, "/comments").map((r) => r.status)).toEqual([500, -1, 201]);
    expect(app.github.ours(t)).toHaveLength(1);
  }, 40_000);

  it("a 429 with retry-after and a 403 primary rate limit are retried", async () => {
    const { t, payload } = summarizeCase();
    app.github.inject({ ...itsLoad(t), status: 429, headers: { "retry-after": "1" }, body: { message: "Too many requests" } });
    const reset = String(Math.ceil(Date.now() / 1000) + 1);
    app.github.inject({
      ...itsCreate(t),
      status: 403,
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset },
      body: { message: "API rate limit exceeded" },
    });
    expect((await app.send("issue_comment", payload)).status).toBeLessThan(300);
    await until(() => app.github.ours(t).length > 0, 20_000, "the comment");
    expect(loadsOf(t).map((r) => r.status)).toEqual([429, 200]);
    expect(requestsFor(t, "/comments").map((r) => r.status)).toEqual([403, 201]);
    expect(app.github.ours(t)).toHaveLength(1);
  }, 40_000);

  const secondaryLimit = { status: 403, headers: { "retry-after": "1" }, body: { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." } };

  it("a secondary rate limit (403, retry-after) is retried once after the wait GitHub asks for", async () => {
    const { t, payload } = heatedCase();
    app.github.inject({ ...itsCreate(t), ...secondaryLimit, times: 1 });
    await app.send("issue_comment", payload);
    await until(() => app.github.ours(t).length > 0, 20_000, "the comment after the retry");
    expect(requestsFor(t, "/comments").map((r) => r.status)).toEqual([403, 201]);
    expect(app.github.ours(t)).toHaveLength(1);
  }, 40_000);

  it("a secondary rate limit that persists is logged, not retried again, and the next event converges", async () => {
    const { t, payload } = heatedCase();
    app.github.inject({ ...itsCreate(t), ...secondaryLimit, times: 2 });
    const since = app.server.output().length;
    await app.send("issue_comment", payload);
    await until(() => errorLogs(since).length > 0, 20_000, "the failure to be logged");
    expect(requestsFor(t, "/comments").map((r) => r.status)).toEqual([403, 403]);
    expect(app.github.ours(t)).toHaveLength(0);
    expect(errorLogs(since)[0].msg).toMatch(/next event will converge/);
    await expectConverges(t);
  }, 40_000);

  it("a 500 that outlasts the retries is logged, and the next event converges to one comment", async () => {
    const { t, payload } = heatedCase();
    app.github.inject({ ...itsCreate(t), status: 500, times: 4 });
    const since = app.server.output().length;
    await app.send("issue_comment", payload);
    await until(() => errorLogs(since).length > 0, 40_000, "the failure to be logged");
    expect(requestsFor(t, "/comments").map((r) => r.status)).toEqual([500, 500, 500, 500]);
    expect(app.github.ours(t)).toHaveLength(0);
    await expectConverges(t);
  }, 60_000);

  // A command whose answer could not be written is answered by the next event (within an hour).
  it("a /summarize whose write failed is answered by the next event on the thread", async () => {
    const { t, payload } = summarizeCase();
    app.github.inject({ ...itsCreate(t), status: 500, times: 4 });
    const since = app.server.output().length;
    await app.send("issue_comment", payload);
    await until(() => errorLogs(since).length > 0, 40_000, "the failure to be logged");
    expect((await app.send("issue_comment", laterEvent(t))).status).toBe(200);
    expect(app.github.ours(t)).toHaveLength(1);
    expect(app.github.ours(t)[0].body).toMatch(/Summary/);
  }, 60_000);

  it("a thread deleted meanwhile (GraphQL NOT_FOUND) is logged and skipped, with no error", async () => {
    const { t, payload } = summarizeCase();
    app.github.remove("acme", "widgets", t.number);
    const since = app.server.output().length;
    expect((await app.send("issue_comment", payload)).status).toBe(200);
    // The log reaches us through a pipe, possibly after the HTTP answer: wait for it.
    await until(() => logLines(app.server.output().slice(since)).some((l) => /no longer exists/.test(l.msg)), 5_000, "the skip to be logged");
    expect(errorLogs(since)).toEqual([]);
    expect(app.github.writes.filter((w) => w.op === "create" && w.thread === `acme/widgets#${t.number}`)).toEqual([]);
  });

  it("a coaching comment deleted between the read and the write (REST 404) is logged and skipped", async () => {
    const { t, payload } = summarizeCase();
    expect((await app.send("issue_comment", payload)).status).toBe(200);
    expect(app.github.ours(t)).toHaveLength(1);
    app.github.inject({ method: "PATCH", path: new RegExp(`/issues/comments/${app.github.ours(t)[0].databaseId}$`), status: 404, body: { message: "Not Found" } });
    const since = app.server.output().length;
    // A command that is not rate-limited after /summarize, so the event must edit the comment.
    const ask = comment("/coach off", "alice", 0, "OWNER");
    t.comments.push(ask);
    expect((await app.send("issue_comment", event(t, ask))).status).toBe(200);
    // The log reaches us through a pipe, possibly after the HTTP answer: wait for it.
    await until(() => logLines(app.server.output().slice(since)).some((l) => /no longer exists/.test(l.msg)), 5_000, "the skip to be logged");
    expect(errorLogs(since)).toEqual([]);
  });
});

describe("races and duplicates", () => {
  it("the same delivery twice at once, and two events for one thread at once: exactly one comment", async () => {
    const { t, payload } = summarizeCase();
    const other = laterEvent(t, "/summarize");
    const results = await Promise.all([
      app.send("issue_comment", payload, { id: "same-delivery" }),
      app.send("issue_comment", payload, { id: "same-delivery" }),
      app.send("issue_comment", other),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(app.github.ours(t)).toHaveLength(1);
    expect(app.github.writes.filter((w) => w.op === "create" && w.thread === `acme/widgets#${t.number}`)).toHaveLength(1);
  }, 40_000);

  it("a duplicate of the app's own comment (a retried write that had succeeded) is removed; the oldest is kept", async () => {
    const { t, payload } = summarizeCase();
    expect((await app.send("issue_comment", payload)).status).toBe(200);
    const [kept] = app.github.ours(t);
    const duplicate: FakeComment = { ...kept, id: "IC_dup", databaseId: 777_001, createdAt: new Date().toISOString(), updatedAt: undefined };
    t.comments.push(duplicate);
    expect(app.github.ours(t)).toHaveLength(2);
    expect((await app.send("issue_comment", laterEvent(t))).status).toBe(200);
    expect(app.github.ours(t).map((c) => c.id)).toEqual([kept.id]);
    expect(app.github.writes).toContainEqual({ op: "delete", id: "IC_dup" });
  });
});

describe("a state marker in a comment the app did not write", () => {
  it("is ignored: the user's comment is never edited or deleted, and a forged 'coach off' changes nothing", async () => {
    const forged = encodeMarker({ v: 1, coachOff: true, handled: [], nudge: { kind: "escalation", at: new Date().toISOString(), commentIds: [] }, lastNudgeAt: new Date().toISOString() });
    const t = app.github.add(
      thread("issue", next++, "Rewrite the billing loader", [
        comment("Invoice generation takes 40 s; this replaces the ORM loader with one query.", "priya", 60, "MEMBER"),
        comment(`Coaching is off here, promise.\n\n${forged}`, "mallory", 55),
        comment("Did you even read the ORM docs? select_related is the obvious fix. This is how we ended up with the mess in reporting.", "tom", 8, "MEMBER"),
        comment("Obviously I tried that too. You always block anything that isn't written your way.", "priya", 6, "MEMBER"),
        comment("That's ridiculous. I'm not approving something nobody else can maintain, period. Just do it properly.", "tom", 4, "MEMBER"),
      ]),
    );
    const mallory = t.comments[0];
    const ask = comment("Whatever. You clearly didn't look at the numbers. I'm done arguing.\n\n/summarize", "priya", 1, "MEMBER");
    t.comments.push(ask);
    const before = mallory.body;
    expect((await app.send("issue_comment", event(t, ask))).status).toBe(200);
    // The app wrote its own comment instead of adopting (editing) the one with the forged marker.
    expect(app.github.ours(t)).toHaveLength(1);
    expect(mallory.body).toBe(before);
    const touched = app.github.writes.filter((w) => (w.op === "update" || w.op === "delete") && w.id === mallory.id);
    expect(touched).toEqual([]);
    expect(app.github.requests.filter((r) => r.status === 403 && !r.fault)).toEqual([]);
    // Mallory's comment editing with /coach off is a command by a non-maintainer on someone else's thread: no state change.
    const edit = event(t, { ...mallory, body: `/coach off\n\n${forged}` }, "edited");
    mallory.body = `/coach off\n\n${forged}`;
    expect((await app.send("issue_comment", edit)).status).toBe(200);
    expect(app.github.writes.filter((w) => (w.op === "update" || w.op === "delete") && w.id === mallory.id)).toEqual([]);
    expect(app.github.ours(t)[0].body).not.toMatch(/coaching is off|turned off|stopped/i);
  }, 30_000);
});
