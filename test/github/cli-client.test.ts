import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCliClient, locateThread } from "../../src/github/index.ts";

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

const answer = { data: { repository: { issueOrPullRequest: { __typename: "Issue" }, discussion: null } } };

describe("createCliClient", () => {
  it("sends the token to api.github.com/graphql", async () => {
    const scope = nock("https://api.github.com", { reqheaders: { authorization: "token t0ken" } }).post("/graphql").reply(200, answer);
    await expect(locateThread(createCliClient("t0ken"), "acme", "widgets", 1)).resolves.toMatchObject({ kind: "issue" });
    expect(scope.isDone()).toBe(true);
  });

  it("talks to GitHub Enterprise Server's /api/graphql when given its /api/v3 base URL", async () => {
    const scope = nock("https://ghe.example.com").post("/api/graphql").reply(200, answer);
    await locateThread(createCliClient("t0ken", "https://ghe.example.com/api/v3"), "acme", "widgets", 1);
    expect(scope.isDone()).toBe(true);
  });

  it("also takes the base URL and the thread as objects", async () => {
    const scope = nock("https://ghe.example.com").post("/api/graphql").reply(200, answer);
    const ref = await locateThread(createCliClient("t0ken", { baseUrl: "https://ghe.example.com/api/v3" }), { owner: "acme", repo: "widgets", number: 1 });
    expect(ref).toEqual({ kind: "issue", owner: "acme", repo: "widgets", number: 1 });
    expect(scope.isDone()).toBe(true);
  });
});
