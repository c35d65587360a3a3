import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emptyState } from "../../src/coach/state.ts";
import { metricsText } from "../../src/metrics.ts";
import { decodeMarker, encodeMarker } from "../../src/render/marker.ts";
import { FakeRepo, human, type FakeComment, type FakeThread } from "./fake-repo.ts";
import { testApp, type TestApp } from "./harness.ts";
import { issueComment } from "./payloads.ts";
import { visible } from "../support/visible.ts";

const HEATED_TEXT = "Honestly, you clearly never read the benchmark.";

let gh: FakeRepo;
let app: TestApp;
let issue: FakeThread;

beforeEach(async () => {
  nock.disableNetConnect();
  gh = new FakeRepo().serve();
  app = await testApp();
  issue = gh.add({
    kind: "pull_request",
    number: 12,
    title: "Eager loading for invoices",
    opening: human(1, "This PR switches invoice generation to eager loading.", "author", "OWNER"),
    comments: [
      human(2, "How does this behave with 10k line items?", "alice"),
      human(3, "It should be fine.", "bob"),
      human(4, "The ORM makes this slow.", "alice"),
      human(5, "The ORM is not the problem.", "bob"),
    ],
  });
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

function post(n: number, body: string, login = `user${n}`): FakeComment {
  const c = human(n, body, login);
  issue.comments.push(c);
  return c;
}

describe("escalation nudge", () => {
  it("creates one coaching comment, speaks to the conversation, hides evidence in a fold, then says when it calmed down", async () => {
    app.scenario.heat = "heated";
    await app.deliver("issue_comment", issueComment("created", issue, post(6, HEATED_TEXT, "alice")));
    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
    const body = gh.ours(12)[0].body;
    expect(body).not.toContain(HEATED_TEXT);
    expect(body).not.toMatch(/alice|bob/);
    expect(visible(body)).toMatchInlineSnapshot(`
      "**A pause might help this thread 🌱**

      It looks like the last few replies between two people have been getting sharper, and the thread may be drifting from the change itself to the people discussing it. Everyone here seems to want this to turn out well — that is common ground to start from.

      A few questions that could move it forward:
      - What outcome would each side be glad to see here, and where do those overlap?
      - What evidence — a benchmark, a failing test, a reproduction — would settle the open point?
      - Would a short call, with the outcome written back here, settle this faster?

      <details><summary>Why am I seeing this?</summary>

      - Rising heat over the last 2 replies.
      - Replies arriving within minutes.
      - From comment 5 on.
      - Thread level: heated (score 0.82).

      </details>

      <sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · \`/coach off\` to stop these notes on this thread · \`/coach help\` for more.</sub>"
    `);
    expect(app.debug.find((l) => l.msg?.startsWith("coach:"))?.msg).toBe("coach: escalation (heat is heated (score 0.82))");

    app.scenario.heat = "calm";
    await app.deliver("issue_comment", issueComment("created", issue, post(7, "Fair point, let me run the numbers.", "bob")));
    expect(gh.writes.map((w) => w.op)).toEqual(["create", "update"]);
    expect(gh.ours(12)).toHaveLength(1);
    expect(visible(gh.ours(12)[0].body)).toMatchInlineSnapshot(`
      "**Things have calmed down here** — thanks, everyone. The earlier note no longer applies.

      <sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · \`/coach off\` to stop these notes on this thread · \`/coach help\` for more.</sub>"
    `);
  });

  it("writes nothing more when the same webhook is delivered twice", async () => {
    app.scenario.heat = "heated";
    const payload = issueComment("created", issue, post(6, HEATED_TEXT, "alice"));
    await app.deliver("issue_comment", payload, "dup");
    await app.deliver("issue_comment", payload, "dup");
    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
    expect(app.debug.filter((l) => l.msg?.startsWith("coach:")).at(-1)?.decision.reason).toBe("already showing the escalation nudge");
  });

  it("does not nag: a second heated stretch within the cooldown changes nothing", async () => {
    app.scenario.heat = "heated";
    await app.deliver("issue_comment", issueComment("created", issue, post(6, HEATED_TEXT, "alice")));
    app.scenario.heat = "calm";
    await app.deliver("issue_comment", issueComment("created", issue, post(7, "ok", "bob")));
    app.scenario.heat = "heated";
    await app.deliver("issue_comment", issueComment("created", issue, post(8, "again", "alice")));
    expect(gh.writes.map((w) => w.op)).toEqual(["create", "update"]);
    expect(app.debug.filter((l) => l.msg?.startsWith("coach:")).at(-1)?.decision.reason).toMatch(/^escalation held back by cooldown/);
  });

  it("stays silent on a short thread and logs why", async () => {
    issue.comments = [];
    app.scenario.heat = "heated";
    await app.deliver("issue_comment", issueComment("created", issue, post(2, HEATED_TEXT)));
    expect(gh.writes).toEqual([]);
    expect(app.debug.find((l) => l.msg?.startsWith("coach:"))?.decision).toEqual({ speak: "silence", reason: "thread too short (2 < 4 comments)", silenceCode: "too-short", commentIds: [] });
  });

  it("counts silences and nudges in the metrics", async () => {
    const count = async (name: string, label: string) => {
      const line = (await metricsText()).body.split("\n").find((l) => l.startsWith(`${name}{`) && l.includes(label));
      return line ? Number(line.split(" ").at(-1)) : 0;
    };
    const silencesBefore = await count("silences_total", 'reason="too-short"');
    issue.comments = [];
    await app.deliver("issue_comment", issueComment("created", issue, post(2, "ok")));
    expect(await count("silences_total", 'reason="too-short"')).toBe(silencesBefore + 1);
  });
});

describe("open-items nudge", () => {
  it("lists unanswered items as links, then says when they were answered", async () => {
    app.scenario.patch = () => ({
      openQuestions: [
        { kind: "question", text: "How does this behave with 10k line items?", author: "alice", commentId: "IC_2", createdAt: "2026-02-27T09:00:00Z", ageMs: 3 * 86_400_000, laterComments: 4, suggestedQuestions: [] },
      ],
    });
    await app.deliver("issue_comment", issueComment("created", issue, post(6, "Any news on the release?")));
    expect(visible(gh.ours(12)[0].body)).toMatchInlineSnapshot(`
      "**One question is still waiting for an answer**
      - [How does this behave with 10k line items?](https://github.com/acme/widgets/issues/12#issuecomment-2) — asked 3 days ago; 4 comments since.

      If it is settled elsewhere, a one-line reply here helps the next reader.

      <details><summary>Why am I seeing this?</summary>

      - Listed when unanswered for 24 h or after 3 later comments by others.

      </details>

      <sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · \`/coach off\` to stop these notes on this thread · \`/coach help\` for more.</sub>"
    `);
    app.scenario.patch = undefined;
    await app.deliver("issue_comment", issueComment("created", issue, post(7, "With 10k items it takes 2.1 s, measured.", "bob")));
    expect(gh.writes.map((w) => w.op)).toEqual(["create", "update"]);
    expect(visible(gh.ours(12)[0].body)).toMatchInlineSnapshot(`
      "**The open questions here have been answered** — thanks, everyone. Nothing is waiting on this thread right now.

      <sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · \`/coach off\` to stop these notes on this thread · \`/coach help\` for more.</sub>"
    `);
  });
});

describe("one comment, whatever happens", () => {
  it("two events for the same thread arriving together still make exactly one coaching comment", async () => {
    app.scenario.heat = "heated";
    const a = issueComment("created", issue, post(6, HEATED_TEXT, "alice"));
    const b = issueComment("created", issue, post(7, "/summarize", "carol"));
    await Promise.all([app.deliver("issue_comment", a), app.deliver("issue_comment", b)]);
    expect(gh.ours(12)).toHaveLength(1);
    expect(gh.writes.filter((w) => w.op === "create")).toHaveLength(1);
    expect(decodeMarker(gh.ours(12)[0].body)).toMatchObject({ nudge: { kind: "escalation" }, answer: { kind: "summarize" } });
  });

  it("keeps the oldest of two coaching comments and deletes the extra", async () => {
    const ours = (id: number, handled: string[]): FakeComment => ({
      ...human(id, `**Summary so far**\n\n${encodeMarker({ ...emptyState(), handled })}`, "common-ground"),
      isBot: true,
      viewerDidAuthor: true,
    });
    issue.comments.push(ours(90, ["IC_3:summarize"]), ours(91, ["IC_4:concerns"]));
    await app.deliver("issue_comment", issueComment("created", issue, post(95, "/coach help")));
    // Repairing a race costs the one extra write: the delete; the answer acknowledges the command.
    expect(gh.writes.map((w) => w.op)).toEqual(["delete", "update"]);
    expect(gh.writes[0]).toEqual({ op: "delete", id: "IC_91" });
    expect(gh.ours(12).map((c) => c.id)).toEqual(["IC_90"]);
    expect(decodeMarker(gh.ours(12)[0].body)).toMatchObject({ handled: ["IC_4:concerns", "IC_3:summarize", "IC_95:coach-help"] });
  });

  it("after deleting a duplicate, the kept comment remembers the commands the deleted one handled", async () => {
    const ours = (id: number, handled: string[]): FakeComment => ({
      ...human(id, `**Summary so far**\n\n${encodeMarker({ ...emptyState(), handled })}`, "common-ground"),
      isBot: true,
      viewerDidAuthor: true,
    });
    issue.comments.push(ours(90, []), ours(91, ["IC_4:summarize"]));
    await app.deliver("issue_comment", issueComment("created", issue, post(96, "ok")));
    expect(gh.writes.map((w) => w.op)).toEqual(["delete", "update"]);
    expect(decodeMarker(gh.ours(12)[0].body)).toMatchObject({ handled: ["IC_4:summarize"] });
  });

  it("does not trust a marker in a comment someone else wrote", async () => {
    issue.comments.push(human(50, `copied ${encodeMarker({ ...emptyState(), coachOff: true })}`, "mallory"));
    app.scenario.heat = "heated";
    await app.deliver("issue_comment", issueComment("created", issue, post(51, HEATED_TEXT)));
    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
  });
});

describe("what the app leaves alone", () => {
  it("ignores bots (and itself) without a single API call", async () => {
    const bot: FakeComment = { ...human(6, "/summarize", "dependabot"), isBot: true };
    issue.comments.push(bot);
    await app.deliver("issue_comment", issueComment("created", issue, bot));
    const self: FakeComment = { ...human(7, "**Summary so far**", "common-ground"), isBot: true, viewerDidAuthor: true };
    await app.deliver("issue_comment", issueComment("created", issue, self));
    expect(gh.loads).toBe(0);
    expect(gh.writes).toEqual([]);
  });

  it("skips locked threads (from the payload, or as loaded)", async () => {
    app.scenario.heat = "heated";
    issue.locked = true;
    await app.deliver("issue_comment", issueComment("created", issue, post(6, "/summarize")));
    expect(gh.loads).toBe(0);
    const payload = issueComment("created", issue, post(7, "/summarize"));
    payload.issue.locked = false;
    await app.deliver("issue_comment", payload);
    expect(gh.loads).toBe(1);
    expect(gh.writes).toEqual([]);
  });

  it("logs and skips a thread that no longer exists, and keeps running", async () => {
    const gone: FakeThread = { ...issue, number: 404 };
    await expect(app.deliver("issue_comment", issueComment("created", gone, human(6, "/summarize")))).resolves.toBeUndefined();
    expect(gh.writes).toEqual([]);
    expect(app.debug.some((l) => l.msg === "skipped: the thread or comment no longer exists")).toBe(true);
  });

  it("survives a refused write (secondary rate limit) and converges on the next event", async () => {
    gh.failCreate = 403;
    await expect(app.deliver("issue_comment", issueComment("created", issue, post(6, "/summarize")))).resolves.toBeUndefined();
    expect(gh.ours(12)).toHaveLength(0);
    expect(app.debug.some((l) => l.level === 50 && l.msg === "coaching failed for this event; the next event will converge")).toBe(true);
    gh.failCreate = undefined;
    await app.deliver("issue_comment", issueComment("created", issue, post(7, "/summarize")));
    expect(gh.ours(12)).toHaveLength(1);
  });

  it("passes sensitivity and ignored users from the config to the analysis", async () => {
    gh.config = "sensitivity: high\nignore:\n  users: [release-bot-user]\n";
    await app.deliver("issue_comment", issueComment("created", issue, post(6, "ok")));
    expect(app.analyses[0]).toMatchObject({ sensitivity: "high", ignoreUsers: ["release-bot-user"] });
  });
});
