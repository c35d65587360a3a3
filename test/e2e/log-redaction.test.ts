// No comment text reaches the log, even when an event fails: the real server process (LOG_LEVEL
// debug, JSON logs), signed webhooks whose titles and bodies hold a unique sentence, and two
// kinds of failure: payloads the app cannot handle (Probot's error handler logs the failed
// event) and a fake GitHub answering 500 to the app's write (the app logs the request error).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueComment } from "../app/payloads.ts";
import { until } from "../support/fake-github-server.ts";
import { comment, INSTALLATION_ID, logLines, startApp, thread, type RunningApp } from "./app-process.ts";

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

/** A sentence nobody else writes, different for every field of every test. */
function secret(where: string): string {
  return `Quokka ${where} whispers ${randomUUID()} to the moon`;
}

const errorLines = (since: number) => logLines(app.server.output().slice(since)).filter((l) => l.level >= 50);

/** Payloads of every kind of thread the app reads, without `repository`, so handling them throws. */
function brokenPayloads(s: (where: string) => string): Array<[string, Record<string, any>]> {
  const user = { login: "mallory", type: "User" };
  const installation = { id: INSTALLATION_ID };
  return [
    ["issue_comment", { action: "created", issue: { number: 7, title: s("issue title"), body: s("issue body"), user }, comment: { id: 70, body: s("comment body"), user }, sender: user, installation }],
    ["pull_request_review", { action: "submitted", pull_request: { number: 8, title: s("pr title"), body: s("pr body"), user }, review: { id: 80, body: s("review body"), user }, sender: user, installation }],
    ["pull_request_review_comment", { action: "created", pull_request: { number: 8, title: s("pr title 2"), body: s("pr body 2"), user }, comment: { id: 81, body: s("review comment body"), user }, sender: user, installation }],
    ["discussion", { action: "created", discussion: { number: 9, node_id: "D_9", title: s("discussion title"), body: s("discussion body"), user }, sender: user, installation }],
    ["discussion_comment", { action: "created", discussion: { number: 9, node_id: "D_9", title: s("discussion title 2"), body: s("discussion body 2"), user }, comment: { id: 90, node_id: "DC_90", body: s("discussion comment body"), user }, sender: user, installation }],
  ];
}

describe("log redaction (real server process)", () => {
  it("an event that fails unexpectedly is logged without its payload's titles and bodies", async () => {
    const secrets: string[] = [];
    const s = (where: string) => {
      const text = secret(where);
      secrets.push(text);
      return text;
    };
    const since = app.server.output().length;
    const ids: string[] = [];
    for (const [name, payload] of brokenPayloads(s)) {
      ids.push(randomUUID());
      await app.send(name, payload, { id: ids[ids.length - 1] });
    }
    // Every one of them failed and was logged by Probot's error handler, payload redacted (so
    // the check below is not vacuous)…
    const failed = () => errorLines(since).filter((l) => ids.includes(l.id) && l.err?.event?.payload === "[redacted]");
    await until(() => failed().length >= ids.length, 20_000, "the failures to be logged");
    // …and not one title or body is in the output, at any level.
    const output = app.server.output().slice(since);
    for (const text of secrets) expect(output).not.toContain(text);
    expect(output).not.toContain("Quokka");
  });

  it("a GitHub 500 on the app's write is logged without the comment it was writing or the thread's text", async () => {
    const title = secret("thread title");
    const words = secret("thread comment");
    const t = app.github.add(
      thread("issue", 4711, title, [
        comment(`Sessions should move to Redis. ${words}`, "alice", 90, "OWNER"),
        comment(`What happens when Redis is down? ${words}?`, "bob", 80),
        comment(`We fall back to signed cookies. ${words}.`, "alice", 70, "OWNER"),
      ]),
    );
    const ask = comment(`/summarize\n\n${secret("the asking comment")}`, "carol", 1);
    t.comments.push(ask);
    app.github.inject({ method: "POST", path: /\/issues\/4711\/comments$/, status: 500, times: 4 });
    const since = app.server.output().length;
    expect((await app.send("issue_comment", { ...issueComment("created", t, ask), installation: { id: INSTALLATION_ID + 4711 } })).status).toBeLessThan(300);
    const failed = () => errorLines(since).filter((l) => l.thread === "acme/widgets#4711");
    await until(() => failed().length > 0, 40_000, "the failure to be logged");
    expect(failed()[0].err.request.body).toBe("[redacted]");
    // The whole output of the process, late lines of the test above included.
    expect(app.server.output()).not.toContain("Quokka");
  }, 60_000);
});
