// The handler hands the second tone stage's embeddings to the analysis: the people's comments go
// to the embedder (bots and the app's own comment never), its vectors reach analyze(); an embedder
// that fails costs only the second stage (the event goes on with the fast stage alone).
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Comment } from "../../src/thread/model.ts";
import { FakeRepo, human, type FakeThread } from "./fake-repo.ts";
import { testApp } from "./harness.ts";
import { issueComment } from "./payloads.ts";

let gh: FakeRepo;
let issue: FakeThread;

beforeEach(() => {
  nock.disableNetConnect();
  gh = new FakeRepo().serve();
  issue = gh.add({
    kind: "issue",
    number: 3,
    title: "Crash on start",
    opening: human(1, "The app crashes on start.", "author", "OWNER"),
    comments: [human(2, "Which version?", "alice"), human(3, "The latest one.", "author")],
  });
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe("second tone stage in the handler", () => {
  it("embeds the people's comments and passes the vectors to the analysis", async () => {
    const seen: Comment[][] = [];
    const vectors = new Map([["k", new Float32Array(512)]]);
    const app = await testApp({
      embed: async (comments) => {
        seen.push([...comments]);
        return vectors;
      },
    });
    const c = human(4, "Still crashing for me.", "bob");
    issue.comments.push(c);
    await app.deliver("issue_comment", issueComment("created", issue, c));
    expect(seen).toHaveLength(1);
    expect(seen[0].map((x) => x.author.login)).toEqual(["author", "alice", "author", "bob"]);
    expect(app.analyses.at(-1)?.embeddings).toBe(vectors);
  });

  it("goes on with the fast stage alone when the embedder fails", async () => {
    const app = await testApp({
      embed: async () => {
        throw new Error("encoder exploded");
      },
    });
    const c = human(4, "Still crashing for me.", "bob");
    issue.comments.push(c);
    await app.deliver("issue_comment", issueComment("created", issue, c));
    expect(app.analyses).toHaveLength(1);
    expect(app.analyses[0].embeddings).toBeUndefined();
    expect(app.debug.some((l) => String(l.msg).includes("second tone stage skipped: encoder exploded"))).toBe(true);
  });
});
