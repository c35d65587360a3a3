// The app as a real process (`npm start`) against the fake GitHub on loopback: signed
// webhooks over HTTP, what it writes back, forged webhooks, and secrets kept out of its logs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeMarker } from "../../src/render/marker.ts";
import { discussionComment, issueComment } from "../app/payloads.ts";
import type { Write } from "../support/fake-github-server.ts";
import type { Thread } from "../../src/thread/model.ts";
import { HOSTILE_BODIES, inertnessProblems } from "../hardening/hostile-bodies.ts";
import { comment, INSTALLATION_ID, logLines, sign, startApp, thread, WEBHOOK_SECRET, type RunningApp } from "./app-process.ts";

let app: RunningApp;

beforeAll(async () => {
  // E2E_ENTRY runs these tests against another server entry (e.g. test/e2e/per-installation-entry.ts).
  app = await startApp({}, process.env.E2E_ENTRY ? ["--import", "tsx", process.env.E2E_ENTRY] : undefined);
});

afterAll(async () => {
  await app?.stop();
});

const withInstallation = (p: Record<string, any>) => ({ ...p, installation: { id: INSTALLATION_ID, node_id: "MDIz" } });

function heatedIssue(number: number) {
  return thread("issue", number, "Switch invoice generation to raw SQL", [
    comment("Invoice generation takes 40 s because the ORM issues one query per line item. This replaces the loader with one query.", "priya", 60, "MEMBER"),
    comment("Thanks for digging in. I'm worried about maintainability: raw SQL means the next schema change happens in two places. Could eager loading get us most of the way?", "tom", 50, "MEMBER"),
    comment("I tried prefetch_related first. It got us to 11 s, still far from the 3 s target.", "priya", 45, "MEMBER"),
    comment("Did you even read the ORM docs? select_related on the tax table is the obvious fix. This is exactly how we ended up with the mess in reporting.", "tom", 8, "MEMBER"),
    comment("Yes, I read them. Obviously I tried that too. You always block anything that isn't written your way.", "priya", 6, "MEMBER"),
    comment("That's ridiculous. I'm not approving a PR that nobody else on the team can maintain, period. Seriously, just do it properly.", "tom", 4, "MEMBER"),
  ]);
}

describe("npm start against a fake GitHub on loopback", () => {
  it("a webhook without a signature, or with a wrong one, gets a 4xx and causes no request to GitHub", async () => {
    const t = app.github.add(heatedIssue(1));
    const last = comment("Whatever. You clearly didn't look at the numbers. I'm done arguing about this.", "priya", 1, "MEMBER");
    t.comments.push(last);
    const payload = withInstallation(issueComment("created", t, last));
    const before = app.github.requests.length;

    const unsigned = await app.send("issue_comment", payload, { signature: null });
    const forged = await app.send("issue_comment", payload, { signature: sign(JSON.stringify(payload), "not-the-secret") });
    const garbage = await app.send("issue_comment", payload, { signature: "sha256=00" });
    for (const res of [unsigned, forged, garbage]) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    // A signed body that was altered afterwards is refused as well.
    const body = JSON.stringify(payload);
    const tampered = await fetch(`${app.server.base}/api/github/webhooks`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-github-event": "issue_comment", "x-github-delivery": "tampered", "x-hub-signature-256": sign(body) },
      body: body.replace("done arguing", "happy to help"),
    });
    expect(tampered.status).toBeGreaterThanOrEqual(400);
    expect(tampered.status).toBeLessThan(500);
    expect(app.github.requests.length).toBe(before);
    expect(app.github.ours(t)).toEqual([]);
  });

  it("a heated thread gets one coaching comment; the next event updates it instead of adding another", async () => {
    const t = app.github.add(heatedIssue(2));
    const last = comment("Whatever. You clearly didn't look at the numbers. I'm done arguing about this.", "priya", 1, "MEMBER");
    t.comments.push(last);
    const res = await app.send("issue_comment", withInstallation(issueComment("created", t, last)));
    expect(res.status).toBe(200);
    const ours = app.github.ours(t);
    expect(ours).toHaveLength(1);
    expect(decodeMarker(ours[0].body)).not.toBeNull();
    expect(ours[0].body).not.toMatch(/(^|[^\w`])@[a-z0-9]/im);
    // The app authenticated as the installation, with the token it was given.
    const tokenRequests = app.github.requests.filter((r) => r.path.endsWith("/access_tokens"));
    expect(tokenRequests.length).toBeGreaterThanOrEqual(1);
    expect(tokenRequests[0].authorization).toMatch(/^bearer /i);
    const writes = app.github.requests.filter((r) => r.operation === "IssueThread" || r.method === "POST" && r.path.includes("/issues/2/comments"));
    expect(writes.every((r) => app.github.tokens.some((tok) => r.authorization === `token ${tok}`))).toBe(true);

    const followUp = comment("/summarize", "tom", 0, "MEMBER");
    t.comments.push(followUp);
    expect((await app.send("issue_comment", withInstallation(issueComment("created", t, followUp)))).status).toBe(200);
    expect(app.github.ours(t)).toHaveLength(1);
    expect(app.github.ours(t)[0].id).toBe(ours[0].id);
    // The updated comment answers the command: no 👀 on top of it.
    expect(app.github.writes.filter((w) => w.op === "react")).toEqual([]);
    expect(app.github.ours(t)[0].body).toMatch(/Summary/);
  });

  it("/summarize on a calm thread: one summary and nothing else; the same command again changes nothing", async () => {
    const t = app.github.add(
      thread("issue", 3, "Session storage", [
        comment("Sessions should move to Redis so that restarts do not log everybody out.", "alice", 90, "OWNER"),
        comment("Makes sense. What happens when Redis is down?", "bob", 80),
        comment("We fall back to signed cookies for the session id.", "alice", 70, "OWNER"),
      ]),
    );
    const ask = comment("Long thread by now.\n/summarize", "carol", 1);
    t.comments.push(ask);
    const payload = withInstallation(issueComment("created", t, ask));
    expect((await app.send("issue_comment", payload)).status).toBe(200);
    const created = app.github.writes.filter((w): w is Extract<Write, { op: "create" }> => w.op === "create" && w.thread === "acme/widgets#3");
    expect(created).toHaveLength(1);
    expect(created[0].body).toMatch(/Summary/);
    expect(app.github.writes.filter((w) => w.op === "react")).toEqual([]);

    // The same delivery again (GitHub's "redeliver"): no second comment, no second summary run.
    const writesBefore = app.github.writes.length;
    expect((await app.send("issue_comment", payload)).status).toBe(200);
    expect(app.github.ours(t)).toHaveLength(1);
    expect(app.github.writes.slice(writesBefore).filter((w) => w.op === "create")).toEqual([]);
  });

  it("a discussion: /summarize is written through GraphQL (addDiscussionComment, no reaction), the next write updates it", async () => {
    const t = app.github.add({
      ...thread("discussion", 5, "RFC: plugin API", [
        comment("Proposal: plugins register hooks by name. Thoughts?", "alice", 120, "OWNER"),
        comment("What happens when two plugins register the same hook?", "bob", 100),
        comment("They run in load order; agreed that is enough for now.", "alice", 90, "OWNER"),
      ]),
    });
    const ask = comment("/summarize", "carol", 1);
    t.comments.push(ask);
    expect((await app.send("discussion_comment", withInstallation(discussionComment("created", t, ask)))).status).toBe(200);
    const ops = () => app.github.requests.filter((r) => r.path === "/graphql").map((r) => r.operation);
    expect(ops()).toContain("DiscussionThread");
    expect(ops()).toContain("AddDiscussionComment");
    expect(app.github.writes.filter((w) => w.op === "react")).toEqual([]);
    expect(app.github.ours(t)).toHaveLength(1);
    // /concerns would wait out the command cooldown; the owner's /coach off edits the comment at once.
    const again = comment("/coach off", "alice", 0, "OWNER");
    t.comments.push(again);
    expect((await app.send("discussion_comment", withInstallation(discussionComment("created", t, again)))).status).toBe(200);
    expect(app.github.ours(t)).toHaveLength(1);
    expect(ops()).toContain("UpdateDiscussionComment");
  });

  it("hostile comments (mass mentions, HTML, link tricks at GitHub's size limit) give an inert summary", async () => {
    const bodies = ["thousands of mentions", "markdown link tricks", "HTML and script tags", "link text with a mention", "team mentions and entity-encoded @"];
    const t = app.github.add(
      thread("issue", 4, "Importer", [
        comment("Why does the importer drop rows with a BOM? @alice @bob", "alice", 90, "OWNER"),
        ...bodies.map((name, i) => comment(HOSTILE_BODIES[name], `troll${i}`, 80 - i)),
        comment("Did you even read the docs? This is ridiculous. cc @everyone", "bob", 10),
      ]),
    );
    const ask = comment("@carol what do you think?\n/summarize", "carol", 1);
    t.comments.push(ask);
    expect((await app.send("issue_comment", withInstallation(issueComment("created", t, ask)))).status).toBe(200);
    const [ours] = app.github.ours(t);
    expect(ours.body).toMatch(/Summary/);
    const urls = (c: { databaseId: number }) => `https://github.com/acme/widgets/issues/4#issuecomment-${c.databaseId}`;
    const asThread = { url: "https://github.com/acme/widgets/issues/4", comments: [t.opening, ...t.comments].map((c) => ({ url: urls(c) })) } as unknown as Thread;
    expect(inertnessProblems(ours.body, asThread)).toEqual([]);
  });

  // Probot 14's event clients all share the throttling id "no-id"; src/github/server-octokit.ts
  // keys it per installation, so one installation's spacing does not hold up another's.
  it("events of different installations are not queued behind one another", async () => {
    const threads = [10, 11, 12].map((n) => app.github.add(thread("issue", n, "Calm", [comment("Should we cache this?", "ann", 30), comment("Yes, for an hour.", "ben", 20)])));
    const t0 = Date.now();
    await Promise.all(
      threads.map((t, i) => {
        const c = comment("Thanks!", "cat", 0);
        t.comments.push(c);
        return app.send("issue_comment", { ...issueComment("created", t, c), installation: { id: 7000 + i } });
      }),
    );
    const loads = app.github.requests.filter((r) => r.operation === "IssueThread" && r.at >= t0 && [10, 11, 12].includes(r.variables?.number)).map((r) => r.at);
    expect(loads).toHaveLength(3);
    // Octokit spaces one installation's GraphQL calls by 1 s; three installations need not wait.
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThan(900);
  });

  it("reads the owner's .github config with the thread: one read and one write for a command, no REST config read", async () => {
    app.github.configs.set("acme/.github", "enabled: false\n");
    try {
      const t = app.github.add(thread("issue", 9, "Release notes", [comment("Who writes the release notes this time?", "alice", 30, "OWNER")]));
      const ask = comment("/summarize", "bob", 1);
      t.comments.push(ask);
      const since = app.github.requests.length;
      expect((await app.send("issue_comment", withInstallation(issueComment("created", t, ask)))).status).toBe(200);
      expect(app.github.ours(t)).toHaveLength(1);
      expect(app.github.ours(t)[0].body).toMatch(/switched off in this repository's configuration/);
      const calls = app.github.requests.slice(since).filter((r) => !r.path.endsWith("/access_tokens"));
      expect(calls.map((r) => r.operation ?? `${r.method} ${r.path}`)).toEqual(["IssueThread", "POST /repos/acme/widgets/issues/9/comments"]);
    } finally {
      app.github.configs.delete("acme/.github");
    }
  });

  it("never logs the private key, the webhook secret or an installation token", () => {
    const out = app.server.output();
    expect(out.length).toBeGreaterThan(0);
    expect(logLines(out).length).toBeGreaterThan(0);
    expect(out).not.toContain(WEBHOOK_SECRET);
    expect(out).not.toContain("PRIVATE KEY");
    const keyBody = app.privateKey.split("\n")[1];
    expect(out).not.toContain(keyBody);
    expect(app.github.tokens.length).toBeGreaterThan(0);
    for (const token of app.github.tokens) expect(out).not.toContain(token);
    // Nor the app's JWTs or any other credential the fake GitHub was sent.
    const credentials = app.github.requests.map((r) => r.authorization?.split(" ")[1]).filter((x): x is string => Boolean(x));
    expect(credentials.some((c) => c.startsWith("eyJ"))).toBe(true);
    for (const credential of new Set(credentials)) expect(out).not.toContain(credential);
  });
});
