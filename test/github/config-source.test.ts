// The config file comes with the thread query: the repository's own file, else the owner's
// `.github` repository's (not for `.github` itself), as Probot's context.config would pick it.
// Only config-read errors on those two paths are tolerated; every other error still fails.
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { configSourceOf } from "../../src/github/config-source.ts";
import { GitHubNotFound, loadThreadWithStats, type ThreadRef } from "../../src/github/index.ts";
import { blob } from "../support/config-answer.ts";
import { fakeGraphQL, graphqlFixture, notFound, testClient } from "./fake-github.ts";

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

const issue7: ThreadRef = { kind: "issue", owner: "acme", repo: "widgets", number: 7 };

/** The issue fixture with its config fields replaced, and these errors. */
function issueAnswer(configFile: unknown, ownerConfig: unknown, errors: unknown[] = []) {
  const answer = graphqlFixture("issue-thread");
  answer.data.repository.configFile = configFile;
  answer.data.ownerConfig = ownerConfig;
  return errors.length ? { ...answer, errors } : answer;
}

const forbidden = (path: string[]) => ({ type: "FORBIDDEN", path, locations: [{ line: 1, column: 1 }], message: "Resource not accessible by integration" });

describe("the config source of a thread load", () => {
  it("is the repository's own file when it has one (one request, the fallback ignored)", async () => {
    const calls = fakeGraphQL(() => graphqlFixture("issue-thread"));
    const loaded = await loadThreadWithStats(testClient(), issue7);
    expect(loaded.configSource).toEqual({ kind: "file", repository: "acme/widgets", text: "sensitivity: high\n" });
    expect(loaded.requests).toBe(1);
    expect(calls[0].query).toContain('ownerConfig: repository(owner: $owner, name: ".github")');
  });

  it("is the owner's .github repository's file when the repository has none", async () => {
    fakeGraphQL(() => graphqlFixture("discussion-thread"));
    const loaded = await loadThreadWithStats(testClient(), { kind: "discussion", owner: "acme", repo: "widgets", number: 12 });
    expect(loaded.configSource).toEqual({ kind: "file", repository: "acme/.github", text: "minComments: 9\n" });
  });

  it("is none when neither has the file", async () => {
    fakeGraphQL(() => graphqlFixture("pull-request-thread"));
    const loaded = await loadThreadWithStats(testClient(), { kind: "pull_request", owner: "acme", repo: "widgets", number: 42 });
    expect(loaded.configSource).toEqual({ kind: "none" });
  });

  it("tolerates an owner without a .github repository (null and NOT_FOUND on ownerConfig): the thread loads, no config", async () => {
    fakeGraphQL(() => issueAnswer(null, null, [notFound(["ownerConfig"], "Could not resolve to a Repository with the name 'acme/.github'.")]));
    const loaded = await loadThreadWithStats(testClient(), issue7);
    expect(loaded.thread.comments.length).toBeGreaterThan(1);
    expect(loaded.configSource).toEqual({ kind: "none" });
    expect(loaded.requests).toBe(1);
  });

  it("turns a refused read (FORBIDDEN) of either file into 'unreadable', naming the repository", async () => {
    fakeGraphQL(() => issueAnswer(null, null, [forbidden(["ownerConfig"])]));
    expect((await loadThreadWithStats(testClient(), issue7)).configSource).toMatchObject({ kind: "unreadable", repository: "acme/.github" });
    nock.cleanAll();
    fakeGraphQL(() => issueAnswer(null, { configFile: blob("a: 1\n") }, [forbidden(["repository", "configFile"])]));
    expect((await loadThreadWithStats(testClient(), issue7)).configSource).toMatchObject({ kind: "unreadable", repository: "acme/widgets" });
  });

  it("still fails on any other error, even next to a tolerated one", async () => {
    fakeGraphQL(() => issueAnswer(null, null, [notFound(["ownerConfig"], "no .github"), forbidden(["repository", "issue", "comments"])]));
    const failed = loadThreadWithStats(testClient(), issue7);
    await expect(failed).rejects.toThrow(/Resource not accessible/);
    await expect(failed).rejects.not.toBeInstanceOf(GitHubNotFound);
  });

  it("still reports a vanished thread as GitHubNotFound when the owner has no .github repository either", async () => {
    fakeGraphQL(() => {
      const answer = issueAnswer(null, null, [notFound(["repository", "issue"], "gone"), notFound(["ownerConfig"], "no .github")]);
      answer.data.repository.issue = null;
      return answer;
    });
    await expect(loadThreadWithStats(testClient(), issue7)).rejects.toBeInstanceOf(GitHubNotFound);
  });

  it("does not tolerate errors deeper under the alias, or of other types there", async () => {
    fakeGraphQL(() => issueAnswer(null, null, [{ type: "INTERNAL", path: ["ownerConfig"], message: "boom" }]));
    await expect(loadThreadWithStats(testClient(), issue7)).rejects.toThrow(/boom/);
    nock.cleanAll();
    fakeGraphQL(() => issueAnswer(null, { configFile: null }, [forbidden(["ownerConfig", "configFile", "text"])]));
    await expect(loadThreadWithStats(testClient(), issue7)).rejects.toThrow(/Resource not accessible/);
  });
});

describe("configSourceOf", () => {
  const ref = { owner: "acme", repo: "widgets" };
  it("reads only a text Blob; a directory or binary is unreadable; a truncated one says so", () => {
    expect(configSourceOf({ repository: { configFile: { __typename: "Tree" } } }, ref)).toEqual({ kind: "unreadable", repository: "acme/widgets", reason: "it is a directory, not a file" });
    expect(configSourceOf({ repository: { configFile: { __typename: "Blob", text: null, isBinary: true, isTruncated: false } } }, ref)).toMatchObject({ kind: "unreadable" });
    expect(configSourceOf({ repository: { configFile: { __typename: "Blob", text: "a: 1", isBinary: false, isTruncated: true } } }, ref)).toEqual({ kind: "truncated", repository: "acme/widgets" });
  });

  it("an empty file is the repository's file (no fallback), like Probot's", () => {
    expect(configSourceOf({ repository: { configFile: blob("") }, ownerConfig: { configFile: blob("a: 1") } }, ref)).toEqual({ kind: "file", repository: "acme/widgets", text: "" });
  });

  it("the .github repository itself does not fall back to itself", () => {
    const data = { repository: { configFile: null }, ownerConfig: { configFile: blob("a: 1") } };
    expect(configSourceOf(data, { owner: "acme", repo: ".github" })).toEqual({ kind: "none" });
  });
});
