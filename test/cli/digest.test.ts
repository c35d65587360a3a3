// `common-ground digest`: from thread files (offline) and from a live repository (the loopback
// fake GitHub, through GITHUB_API_URL), read-only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHubServer } from "../support/fake-github-server.ts";
import { calmIssue, heatedIssue, questionIssue } from "../digest/digest-threads.ts";
import { runMain } from "./run-main.ts";

const examples = ["examples/heated-review.json", "examples/rfc-converges.json", "examples/calm-question.json"].map((f) => new URL(`../../${f}`, import.meta.url).pathname);

describe("digest from thread files", () => {
  it("prints the page the app would write, most urgent first", async () => {
    const run = await runMain(["digest", ...examples]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/### Heating up \(1\)\n\n- Switch invoice generation from the ORM to raw SQL \(pull request 1\) — reads \*\*heated\*\*/);
    expect(run.stdout).toContain("### Waiting for an answer (2)");
    expect(run.stdout).toContain("<!-- common-ground:digest v1 2024-06-05T09:30:00.000Z -->");
    expect(run.stdout).not.toMatch(/lena-m|jules-d|mei-w|oscar-p/);
  });

  it("--format json gives the digest as data", async () => {
    const run = await runMain(["digest", ...examples, "--format", "json", "--now", "2024-06-06T00:00:00Z"]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.generatedAt).toBe("2024-06-06T00:00:00.000Z");
    expect(out.scanned).toBe(3);
    expect(out.heating.entries).toHaveLength(1);
    // The blocking concern of the review first, then the questions by age.
    expect(out.waiting.entries[0]).toMatchObject({ thread: { number: 1 }, blocking: true });
    expect(out.waiting.entries.slice(1).every((e: { thread: { number: number } }) => e.thread.number === 3)).toBe(true);
  });

  it("wrong usage: exit 2 with one line", async () => {
    expect((await runMain(["digest"])).code).toBe(2);
    expect((await runMain(["digest", ...examples, "--format", "yaml"])).stderr).toMatch(/--format must be markdown or json/);
  });
});

describe("digest owner/repo", { timeout: 60_000 }, () => {
  let fake: FakeGitHubServer;
  beforeAll(async () => {
    fake = await new FakeGitHubServer().start();
    fake.add(heatedIssue(1));
    fake.add(questionIssue(2));
    fake.add(calmIssue(3));
  });
  afterAll(async () => {
    await fake?.stop();
  });

  it("reads the repository with the token and writes nothing", async () => {
    const run = await runMain(["digest", "acme/widgets", "--now", "2026-03-03T08:00:00Z"], "", { GITHUB_TOKEN: "t0ken", GITHUB_API_URL: `http://${fake.host}/api/v3` });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("from 3 open threads");
    expect(run.stdout).toContain("[Drop the legacy session store 1](https://github.com/acme/widgets/issues/1) (issue 1) — reads **heated**");
    expect(fake.writes).toEqual([]);
    expect(fake.requests.every((r) => r.method === "GET" || r.path === "/graphql")).toBe(true);
    expect(fake.requests.map((r) => r.operation)).toEqual(["DigestIssues", "DigestPullRequests", "DigestDiscussions"]);
  });

  it("without a token: one clear line, exit 1", async () => {
    const run = await runMain(["digest", "acme/widgets"], "", {});
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/set GITHUB_TOKEN/);
  });
});
