import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubNotFound, locateThread } from "../../src/github/index.ts";
import { fakeGraphQL, notFound, testClient } from "./fake-github.ts";

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

const noDiscussion = notFound(["repository", "discussion"], "Could not resolve to a Discussion with the number of 5.");
const noIssue = notFound(["repository", "issueOrPullRequest"], "Could not resolve to an issue or pull request with the number of 5.");

describe("locateThread", () => {
  it.each([
    ["Issue", "issue"],
    ["PullRequest", "pull_request"],
  ] as const)("%s → %s in one request, despite the NOT_FOUND for the discussion", async (typename, kind) => {
    const calls = fakeGraphQL(() => ({ data: { repository: { issueOrPullRequest: { __typename: typename }, discussion: null } }, errors: [noDiscussion] }));
    await expect(locateThread(testClient(), "acme", "widgets", 5)).resolves.toEqual({ kind, owner: "acme", repo: "widgets", number: 5 });
    expect(calls.map((c) => [c.operation, c.variables])).toEqual([["LocateThread", { owner: "acme", name: "widgets", number: 5 }]]);
  });

  it("a discussion", async () => {
    fakeGraphQL(() => ({ data: { repository: { issueOrPullRequest: null, discussion: { id: "D_1" } } }, errors: [noIssue] }));
    await expect(locateThread(testClient(), "acme", "widgets", 5)).resolves.toEqual({ kind: "discussion", owner: "acme", repo: "widgets", number: 5 });
  });

  it("nothing with that number is GitHubNotFound", async () => {
    fakeGraphQL(() => ({ data: { repository: { issueOrPullRequest: null, discussion: null } }, errors: [noIssue, noDiscussion] }));
    await expect(locateThread(testClient(), "acme", "widgets", 5)).rejects.toBeInstanceOf(GitHubNotFound);
  });

  it("an unknown repository is GitHubNotFound", async () => {
    fakeGraphQL(() => ({ data: { repository: null }, errors: [notFound(["repository"], "Could not resolve to a Repository with the name 'acme/nope'.")] }));
    await expect(locateThread(testClient(), "acme", "nope", 5)).rejects.toBeInstanceOf(GitHubNotFound);
  });

  it("a bad token is not mistaken for not-found", async () => {
    nock("https://api.github.com").post("/graphql").reply(401, { message: "Bad credentials" });
    await expect(locateThread(testClient(), "acme", "widgets", 5)).rejects.toMatchObject({ status: 401 });
  });
});
