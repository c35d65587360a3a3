// The digest end to end against the loopback fake GitHub (schema-checked in
// test/hardening/fake-digest-conforms.test.ts): read with the same Octokit the CLI uses, built,
// and written to its one issue or discussion.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { configFromText, EXTENDS } from "../../src/config/from-text.ts";
import { defaultConfig, type Config } from "../../src/config/schema.ts";
import { collectDigest } from "../../src/digest/collect.ts";
import { publishDigest } from "../../src/digest/publish.ts";
import { Octokit } from "octokit";
import type { ConfigSource, GitHubClient } from "../../src/github/index.ts";
import { FakeGitHubServer } from "../support/fake-github-server.ts";
import { calmIssue, heatedIssue, lookAlike, questionIssue } from "./digest-threads.ts";

const now = new Date("2026-03-03T08:00:00Z");
const target = { owner: "acme", repo: "widgets" };
const silent = { warn: () => {}, info: () => {}, debug: () => {}, error: () => {} };
let fake: FakeGitHubServer;

const resolveConfig = async (source: ConfigSource): Promise<Config> => {
  if (source.kind !== "file") return defaultConfig;
  const c = configFromText(source.text, source.repository, silent as never);
  return c === EXTENDS ? defaultConfig : c;
};

async function refresh() {
  // The CLI's Octokit (retries included), without the write spacing that would only slow the test.
  const gh: GitHubClient = new Octokit({ auth: "t0ken", baseUrl: `http://${fake.host}/api/v3`, throttle: { enabled: false } });
  const collected = await collectDigest(gh, target, { now, resolveConfig, analyze: analyzeThread });
  const published = await publishDigest(gh, target, collected.config, collected.body, collected.pages);
  return { collected, published };
}

const digestIssues = () => ["create-issue", "update-issue"].map((op) => fake.writes.filter((w) => w.op === op));
const created = () => fake.writes.filter((w) => w.op === "create-issue" || w.op === "create-discussion");

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

function seed(config = "digest:\n  enabled: true\n"): void {
  fake.configs.set("acme/widgets", config);
  fake.add(heatedIssue(1));
  fake.add(questionIssue(2));
  fake.add(calmIssue(3));
  fake.add(lookAlike(4));
}

describe("the digest issue", { timeout: 60_000 }, () => {
  it("first run creates one digest; a second run edits it; a person's look-alike is never edited", async () => {
    seed();
    const first = await refresh();
    expect(first.published.outcome).toBe("created");
    const [creates, updates] = digestIssues();
    expect(creates).toHaveLength(1);
    expect(updates).toHaveLength(0);
    const page = fake.thread("acme", "widgets", first.published.page.number)!;
    expect(page.title).toBe("Common Ground digest");
    expect(page.opening.body).toContain("### Heating up (1)");
    expect(page.opening.body).toContain("[Drop the legacy session store 1](https://github.com/acme/widgets/issues/1)");
    expect(page.opening.body).toContain("### Waiting for an answer (1)");
    expect(page.opening.body).toContain("Is nested configuration supported");
    // No login of the thread's people, no @mention.
    for (const login of ["ana", "ben", "cy", "dee", "eve", "hal"]) expect(page.opening.body).not.toMatch(new RegExp(`\\b${login}\\b`));
    expect(fake.thread("acme", "widgets", 4)!.opening.body).toContain("My own list of threads.");

    // Search has not indexed the new issue yet: the listing (and the recent issues) still find it.
    const second = await refresh();
    expect(second.published.outcome).toBe("updated");
    expect(second.published.page.number).toBe(first.published.page.number);
    expect(created()).toHaveLength(1);
    expect(fake.writes.filter((w) => w.op === "update-issue").map((w) => w.thread)).toEqual([`acme/widgets#${first.published.page.number}`]);
    // The digest does not list itself, nor the look-alike's marker as a digest.
    expect(second.collected.digest.scanned).toBe(4);
  });

  it("a deleted digest is recreated once", async () => {
    seed();
    const first = await refresh();
    fake.remove("acme", "widgets", first.published.page.number);
    const second = await refresh();
    expect(second.published.outcome).toBe("created");
    const third = await refresh();
    expect(third.published.outcome).toBe("updated");
    expect(third.published.page.number).toBe(second.published.page.number);
    expect(created()).toHaveLength(2);
  });

  it("a 502 on the write is retried without a duplicate", async () => {
    seed();
    fake.inject({ method: "POST", path: /^\/repos\/acme\/widgets\/issues$/, status: 502, body: { message: "Bad Gateway" } });
    const first = await refresh();
    expect(first.published.outcome).toBe("created");
    expect(fake.requests.filter((r) => r.method === "POST" && r.path === "/repos/acme/widgets/issues").map((r) => r.status)).toEqual([502, 201]);
    expect(created()).toHaveLength(1);
    await refresh();
    expect(created()).toHaveLength(1);
  });

  it("a closed digest stays closed unless the config says reopen; no second one is opened", async () => {
    seed();
    const first = await refresh();
    fake.thread("acme", "widgets", first.published.page.number)!.closedAt = "2026-03-02T00:00:00Z";
    fake.indexSearch(); // closed issues are not listed as open: search finds it
    const second = await refresh();
    expect(second.published.outcome).toBe("left-closed");
    expect(created()).toHaveLength(1);
    fake.configs.set("acme/widgets", "digest:\n  enabled: true\n  reopen: true\n");
    const third = await refresh();
    expect(third.published.outcome).toBe("updated");
    expect(fake.thread("acme", "widgets", first.published.page.number)!.closedAt).toBeUndefined();
  });

  it("two digests left by a race: the oldest is kept, the other closed", async () => {
    seed();
    const first = await refresh();
    const copy = fake.thread("acme", "widgets", first.published.page.number)!;
    fake.add({ ...copy, number: 50, opening: { ...copy.opening, id: "I_copy", databaseId: 99_999 } });
    fake.indexSearch();
    const second = await refresh();
    expect(second.published.page.number).toBe(first.published.page.number);
    expect(second.published.closedExtras).toEqual([50]);
    expect(fake.thread("acme", "widgets", 50)!.closedAt).toBeDefined();
  });

  it("where: discussion — one Discussion in the chosen category, edited in place", async () => {
    seed("digest:\n  enabled: true\n  where: discussion\n  category: announcements\n");
    const first = await refresh();
    expect(first.published.outcome).toBe("created");
    expect(first.published.page.kind).toBe("discussion");
    const createRequest = fake.requests.find((r) => r.operation === "CreateDigestDiscussion")!;
    expect(createRequest.variables).toMatchObject({ categoryId: "DC_ann", title: "Common Ground digest" });
    // Not indexed by search yet: the discussions listing finds it, and it is not listed as a thread.
    const second = await refresh();
    expect(second.collected.digest.scanned).toBe(4);
    expect(second.published.outcome).toBe("updated");
    expect(created()).toHaveLength(1);
    expect(fake.writes.filter((w) => w.op === "update-discussion")).toHaveLength(1);
  });

  it("a repository over the limit: the threads past digest.maxThreads are counted, with a search link", async () => {
    fake.configs.set("acme/widgets", "digest:\n  enabled: true\n  maxThreads: 60\n");
    for (let i = 1; i <= 80; i++) fake.add(i % 2 ? heatedIssue(i, i) : questionIssue(i, i));
    const { collected } = await refresh();
    expect(collected.digest.scanned).toBe(60);
    expect(collected.digest.unread).toBe(20);
    expect(collected.body).toContain("20 more open threads were not read");
    expect(collected.body).toContain("(https://github.com/acme/widgets/issues?q=is%3Aopen%20sort%3Aupdated-desc)");
    expect(collected.body).toMatch(/- …and \d+ more: \[the open threads/);
    expect(collected.list.requests).toBeLessThanOrEqual(4);
  });
});
