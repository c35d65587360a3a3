import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeMarker } from "../../src/render/marker.ts";
import { FakeRepo, human, type FakeThread } from "./fake-repo.ts";
import { NOW, testApp, type TestApp } from "./harness.ts";
import { issueComment } from "./payloads.ts";
import { visible } from "../support/visible.ts";


let gh: FakeRepo;
let app: TestApp;
let issue: FakeThread;

beforeEach(async () => {
  nock.disableNetConnect();
  gh = new FakeRepo().serve();
  app = await testApp();
  issue = gh.add({
    kind: "issue",
    number: 7,
    title: "Session storage",
    opening: human(1, "Sessions should move to Redis.", "author", "OWNER"),
    comments: [human(2, "What happens when Redis is down?"), human(3, "Agreed on Redis, but @carol should check the TTL.")],
  });
  // A thread with one open question, one concern, an agreement, a decision and a follow-up.
  app.scenario.patch = () => ({
    openQuestions: [
      { kind: "question", text: "What happens when @redis is down?", author: "user2", commentId: "IC_2", createdAt: "2026-03-01T09:02:00Z", ageMs: 0, laterComments: 2, suggestedQuestions: [] },
    ],
    openConcerns: [
      { kind: "concern", text: "The TTL may drop active sessions", author: "user3", commentId: "IC_3", createdAt: "2026-03-01T09:03:00Z", ageMs: 0, laterComments: 1, blocking: true, suggestedQuestions: [] },
    ],
    agreements: [{ text: "Sessions should move to Redis.", author: "author", commentId: "T_7", agreedBy: ["user3"], agreementCommentIds: ["IC_3"] }],
    decisions: [{ text: "Move sessions to Redis behind a flag.", author: "author", commentId: "T_7" }],
    actionItems: [{ text: "Measure the TTL impact", author: "user3", owner: "user3", commentId: "IC_3" }],
  });
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

function comment(n: number, body: string, login = `user${n}`, association = "CONTRIBUTOR") {
  const c = human(n, body, login, association);
  issue.comments.push(c);
  return c;
}

describe("/summarize", () => {
  it("creates the one coaching comment with the summary, which is the acknowledgement: one write, no 👀", async () => {
    const c = comment(4, "Long thread.\n/summarize");
    await app.deliver("issue_comment", issueComment("created", issue, c));
    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
    const body = gh.ours(7)[0].body;
    expect(body).not.toMatch(/@[a-z]/i);
    expect(visible(body)).toMatchInlineSnapshot(`
      "**Summary so far** (4 comments, 4 participants)

      **Where it stands** — No outcome stated in the thread yet; last reply yesterday.

      **Decisions**
      - [Move sessions to Redis behind a flag.](https://github.com/acme/widgets/issues/7) — decided by author.

      **Agreed**
      - [Sessions should move to Redis.](https://github.com/acme/widgets/issues/7) — agreed by 1 other participant.

      **Open questions**
      - [What happens when @​redis is down?](https://github.com/acme/widgets/issues/7#issuecomment-2) — asked yesterday; 2 comments since.

      **Unresolved concerns**
      - [The TTL may drop active sessions](https://github.com/acme/widgets/issues/7#issuecomment-3) (blocking) — raised yesterday; 1 comment since.

      **Follow-ups**
      - [Measure the TTL impact](https://github.com/acme/widgets/issues/7#issuecomment-3) (owner: user3)

      **Temperature** — calm throughout.

      <sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · \`/coach off\` to stop these notes on this thread · \`/coach help\` for more.</sub>"
    `);
    expect(decodeMarker(body)).toEqual({
      v: 1,
      coachOff: false,
      handled: ["IC_4:summarize"],
      answer: { kind: "summarize", at: NOW.toISOString(), commentCount: 4 },
      lastAnswerAt: NOW.toISOString(),
    });
  });

  it("does nothing more when the same webhook is delivered twice", async () => {
    const payload = issueComment("created", issue, comment(4, "/summarize"));
    await app.deliver("issue_comment", payload, "same-id");
    await app.deliver("issue_comment", payload, "same-id");
    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
    expect(gh.ours(7)).toHaveLength(1);
  });

  it("does not run a command again when its comment is edited, but runs one added by the edit", async () => {
    const c = comment(4, "/summarize");
    await app.deliver("issue_comment", issueComment("created", issue, c));
    c.body = "/summarize\n\n(edited: typo)";
    await app.deliver("issue_comment", issueComment("edited", issue, c));
    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
    c.body = "/summarize\n/coach help";
    await app.deliver("issue_comment", issueComment("edited", issue, c));
    expect(gh.writes.map((w) => w.op)).toEqual(["create", "update"]);
    expect(decodeMarker(gh.ours(7)[0].body)).toMatchObject({ handled: ["IC_4:summarize", "IC_4:coach-help"], answer: { kind: "help" } });
  });

  it("is rate-limited per thread: the refused command gets only a 👀, the comment is not written", async () => {
    await app.deliver("issue_comment", issueComment("created", issue, comment(4, "/summarize")));
    await app.deliver("issue_comment", issueComment("created", issue, comment(5, "/summarize")));
    expect(gh.writes.map((w) => w.op)).toEqual(["create", "react"]);
    expect(gh.writes[1]).toEqual({ op: "react", subjectId: "IC_5", content: "EYES" });
    expect(app.debug.some((l) => l.msg?.startsWith("coach:") && l.commands?.[0]?.outcome === "rate-limited")).toBe(true);
  });

  it("ignores a command inside a quote or code block", async () => {
    await app.deliver("issue_comment", issueComment("created", issue, comment(4, "> /summarize\n\n```\n/summarize\n```")));
    expect(gh.writes).toEqual([]);
  });
});

describe("/concerns, /decision, /coach help", () => {
  it("/concerns lists only the open items, linked", async () => {
    await app.deliver("issue_comment", issueComment("created", issue, comment(4, "/concerns")));
    expect(visible(gh.ours(7)[0].body)).toMatchInlineSnapshot(`
      "**Open questions and concerns**

      Concerns:
      - [The TTL may drop active sessions](https://github.com/acme/widgets/issues/7#issuecomment-3) (blocking) — raised yesterday; 1 comment since.

      Questions:
      - [What happens when @​redis is down?](https://github.com/acme/widgets/issues/7#issuecomment-2) — asked yesterday; 2 comments since.

      If one is settled elsewhere, a one-line reply here helps the next reader.

      <sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · \`/coach off\` to stop these notes on this thread · \`/coach help\` for more.</sub>"
    `);
  });

  it("/decision drafts a decision record with a review date", async () => {
    await app.deliver("issue_comment", issueComment("created", issue, comment(4, "/decision")));
    expect(visible(gh.ours(7)[0].body)).toMatchInlineSnapshot(`
      "**Decision record (draft)** — edit freely

      **Context** — Session storage: 4 comments from 4 participants.

      **Decision** — [Move sessions to Redis behind a flag.](https://github.com/acme/widgets/issues/7)

      **Rationale**
      - [Sessions should move to Redis.](https://github.com/acme/widgets/issues/7) — agreed by 1 other participant.

      **Trade-offs**
      - [The TTL may drop active sessions](https://github.com/acme/widgets/issues/7#issuecomment-3) (blocking) — raised yesterday; 1 comment since.
      - [What happens when @​redis is down?](https://github.com/acme/widgets/issues/7#issuecomment-2) — asked yesterday; 2 comments since.

      **Follow-ups**
      - [Measure the TTL impact](https://github.com/acme/widgets/issues/7#issuecomment-3) (owner: user3)

      **Review date** — 2026-05-31 (in 90 days; adjust as needed)

      <sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · \`/coach off\` to stop these notes on this thread · \`/coach help\` for more.</sub>"
    `);
  });

  it("/coach help explains the app", async () => {
    await app.deliver("issue_comment", issueComment("created", issue, comment(4, "/coach help")));
    expect(visible(gh.ours(7)[0].body)).toMatchInlineSnapshot(`
      "**Common Ground — what it does**

      It reads this thread and, rarely, keeps one note here up to date: when replies get heated, when a question or concern goes unanswered, or when a long debate is ready to be written down. It never takes sides and never names anyone.

      Commands (at the start of a line):
      - \`/summarize\` — agreed points, open questions, concerns, decisions, follow-ups and the thread's temperature.
      - \`/concerns\` — only the open questions and concerns.
      - \`/decision\` — a decision-record draft from this thread.
      - \`/coach off\` / \`/coach on\` — stop or resume automatic notes on this thread (the thread's author, owners, members, collaborators).
      - \`/coach help\` — this message.

      <sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · \`/coach off\` to stop these notes on this thread · \`/coach help\` for more.</sub>"
    `);
  });
});

describe("/coach off and on", () => {
  it("refuses politely when the person may not switch coaching off", async () => {
    await app.deliver("issue_comment", issueComment("created", issue, comment(4, "/coach off", "drive-by", "NONE")));
    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
    expect(visible(gh.ours(7)[0].body)).toMatchInlineSnapshot(`
      "_Only the thread's author or a maintainer can switch these notes off or on here; the other commands work for everyone._

      <sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · \`/coach off\` to stop these notes on this thread · \`/coach help\` for more.</sub>"
    `);
    expect(decodeMarker(gh.ours(7)[0].body)).toMatchObject({ coachOff: false });
  });

  it("lets the thread author switch it off, which silences nudges, and on again", async () => {
    await app.deliver("issue_comment", issueComment("created", issue, comment(4, "/coach off", "author", "NONE")));
    expect(visible(gh.ours(7)[0].body)).toMatchInlineSnapshot(`
      "**Automatic notes are off on this thread.** \`/coach on\` turns them back on; \`/summarize\` still works.

      <sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · \`/coach on\` to resume notes on this thread · \`/coach help\` for more.</sub>"
    `);
    app.scenario.heat = "heated";
    await app.deliver("issue_comment", issueComment("created", issue, comment(5, "You never listen.")));
    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
    await app.deliver("issue_comment", issueComment("created", issue, comment(6, "/coach on", "maintainer", "MEMBER")));
    expect(decodeMarker(gh.ours(7)[0].body)).toMatchObject({ coachOff: false, nudge: { kind: "escalation" } });
  });
});

describe("configuration", () => {
  it("answers commands with a one-line note when the repository switched the app off", async () => {
    gh.config = "enabled: false\n";
    await app.deliver("issue_comment", issueComment("created", issue, comment(4, "/summarize")));
    expect(visible(gh.ours(7)[0].body)).toMatchInlineSnapshot(`
      "_Common Ground is switched off in this repository's configuration, so it is not answering commands here._

      <sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · \`/coach off\` to stop these notes on this thread · \`/coach help\` for more.</sub>"
    `);
  });

  it("ignores commands when commands are disabled", async () => {
    gh.config = "commands:\n  enabled: false\n";
    await app.deliver("issue_comment", issueComment("created", issue, comment(4, "/summarize")));
    expect(gh.writes).toEqual([]);
  });
});
