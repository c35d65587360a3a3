import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import appFn from "../../src/index.ts";
import { decodeMarker } from "../../src/render/marker.ts";
import { FakeRepo, human, type FakeComment, type FakeThread } from "./fake-repo.ts";
import { probotWith } from "./harness.ts";
import { issueComment } from "./payloads.ts";

let gh: FakeRepo;
let thread: FakeThread;

/** The real app reads the real clock: the thread happens in the last few minutes. */
const recent = (c: FakeComment): FakeComment => ({ ...c, createdAt: new Date(Date.now() - (10 - c.databaseId) * 60_000).toISOString() });

beforeEach(() => {
  nock.disableNetConnect();
  gh = new FakeRepo().serve();
  thread = gh.add({
    kind: "issue",
    number: 3,
    title: "CSV import times out",
    opening: recent(human(1, "Uploading a 200 MB CSV times out after 30 s. Can we move the import to a background job?", "author", "OWNER")),
    comments: [
      recent(human(2, "Agreed, a background job on the existing queue makes sense. How would progress be reported to @octocat and others?", "alice", "MEMBER")),
      recent(human(3, "Good point. I'll open a follow-up issue for a progress bar.", "author", "OWNER")),
    ],
  });
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe("the app function (src/index.ts) with the real analysis", () => {
  it("answers /summarize end to end: one comment, a summary, a valid marker, no pings", async () => {
    const probot = await probotWith(appFn);
    const c = recent(human(4, "/summarize", "bob"));
    thread.comments.push(c);
    await probot.receive({ id: "1", name: "issue_comment", payload: issueComment("created", thread, c) } as never);
    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
    const body = gh.ours(3)[0].body;
    expect(body).toMatch(/^\*\*Summary so far\*\* \(\d+ comments, \d+ participants\)\n/);
    expect(body).toContain("**Temperature** — ");
    expect(body).not.toMatch(/@(?=[A-Za-z0-9])/);
    expect(decodeMarker(body)).toMatchObject({ v: 1, handled: ["IC_4:summarize"], answer: { kind: "summarize" } });
  });

  it("stays silent on an ordinary short exchange", async () => {
    const probot = await probotWith(appFn);
    const c = recent(human(4, "Thanks, that works for me.", "bob"));
    thread.comments.push(c);
    await probot.receive({ id: "2", name: "issue_comment", payload: issueComment("created", thread, c) } as never);
    expect(gh.loads).toBe(1);
    expect(gh.writes).toEqual([]);
  });
});
