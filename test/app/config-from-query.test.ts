// The config comes with the thread query: no REST read of `.github/common-ground.yml` per event
// (the repository's file, else the owner's `.github` repository's), with Probot's context.config
// kept for files that use `_extends`. Bad files cost one warning and the app runs on the defaults.
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeRepo, human, type FakeThread } from "./fake-repo.ts";
import { testApp, type TestApp } from "./harness.ts";
import { issueComment } from "./payloads.ts";

let gh: FakeRepo;
let app: TestApp;
let issue: FakeThread;
let n = 10;

beforeEach(async () => {
  nock.disableNetConnect();
  gh = new FakeRepo().serve();
  app = await testApp();
  issue = gh.add({ kind: "issue", number: 3, title: "Caching", opening: human(1, "Let's add a cache.", "author", "OWNER"), comments: [human(2, "Which one?")] });
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

async function comment(body = "Sounds fine to me.") {
  const c = human(++n, body);
  issue.comments.push(c);
  await app.deliver("issue_comment", issueComment("created", issue, c));
}

const warnings = () => app.debug.filter((l) => l.level === 40);
const failures = () => app.debug.filter((l) => l.level >= 50);

describe("config from the thread query", () => {
  it("reads the repository's own file with the thread: one request, no REST read", async () => {
    gh.config = "sensitivity: high\nignore:\n  users: [release-bot-user]\n";
    gh.orgConfig = "sensitivity: low\n";
    await comment();
    expect(app.analyses[0]).toMatchObject({ sensitivity: "high", ignoreUsers: ["release-bot-user"] });
    expect(gh.loads).toBe(1);
    expect(gh.restConfigReads).toEqual([]);
    expect(warnings()).toEqual([]);
  });

  it("falls back to the owner's .github repository when the repository has no file", async () => {
    gh.orgConfig = "sensitivity: low\n";
    await comment();
    expect(app.analyses[0]).toMatchObject({ sensitivity: "low" });
    expect(gh.restConfigReads).toEqual([]);
  });

  it("runs on the defaults, without a warning, when the owner has no .github repository (GitHub's NOT_FOUND on it)", async () => {
    gh.orgRepo = "missing";
    await comment("/summarize");
    expect(app.analyses[0]).toMatchObject({ sensitivity: "medium", ignoreUsers: [] });
    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
    expect([...warnings(), ...failures()]).toEqual([]);
  });

  it("an owner's .github repository hidden from the token (FORBIDDEN): one warning, the defaults, and the thread is coached", async () => {
    gh.orgRepo = "forbidden";
    await comment("/summarize");
    expect(app.analyses[0]).toMatchObject({ sensitivity: "medium" });
    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0].msg).toMatch(/could not be read \(acme\/\.github: GitHub refused to read it \(FORBIDDEN\)\)/);
    expect(failures()).toEqual([]);
  });

  it("a file with _extends is read through context.config (REST), which follows it", async () => {
    gh.config = "_extends: policies:shared/coach.yml\nignore:\n  users: [helper-bot-user]\n";
    gh.restFiles.set("acme/policies/shared/coach.yml", "sensitivity: low\nignore:\n  users: [other]\n");
    await comment();
    expect(app.analyses[0]).toMatchObject({ sensitivity: "low", ignoreUsers: ["helper-bot-user"] });
    expect(gh.restConfigReads).toEqual(["acme/widgets/.github/common-ground.yml", "acme/policies/shared/coach.yml"]);
    expect(warnings()).toEqual([]);
  });

  it("invalid YAML: one warning, the defaults, and coaching goes on", async () => {
    gh.config = "sensitivity: [high\n  nudges: {\n";
    await comment("/summarize");
    expect(app.analyses[0]).toMatchObject({ sensitivity: "medium" });
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0].msg).toMatch(/common-ground\.yml could not be read \(acme\/widgets: invalid YAML\); using the defaults/);
    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
  });

  it("an invalid option: one warning naming it, then the defaults", async () => {
    gh.config = "sensitivity: extreme\n";
    await comment();
    expect(app.analyses[0]).toMatchObject({ sensitivity: "medium" });
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0].msg).toMatch(/common-ground\.yml is invalid, using the defaults: sensitivity/);
  });
});
