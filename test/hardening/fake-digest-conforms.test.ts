// The fake GitHub's digest answers (test/support/fake-digest.ts) must not drift from GitHub:
// each digest GraphQL document's answer is executed through GitHub's schema with no errors,
// and the digest's REST routes answer with the statuses GitHub documents.
import { schema } from "@octokit/graphql-schema";
import { buildSchema, execute, parse, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphqlDocument, type DocumentName } from "../../src/github/documents.ts";
import { isConfigReadError } from "../../src/github/config-source.ts";
import { REST_ROUTES } from "../../src/github/rest-routes.ts";
import { byResponseKey } from "../github/fake-github.ts";
import { FakeGitHubServer } from "../support/fake-github-server.ts";
import { heatedIssue, lookAlike, questionIssue } from "../digest/digest-threads.ts";

let github: GraphQLSchema;
let fake: FakeGitHubServer;

beforeAll(async () => {
  github = buildSchema(schema.idl, { assumeValidSDL: true });
  fake = await new FakeGitHubServer().start();
  fake.add(heatedIssue(1));
  fake.add({ ...questionIssue(2), kind: "pull_request", reviews: [{ id: "R_1", databaseId: 1, body: "", login: "rev", createdAt: "2026-03-01T09:00:00Z", reviewState: "APPROVED" }] });
  fake.add({ ...questionIssue(3), kind: "discussion" });
  fake.add(lookAlike(4));
});
afterAll(async () => {
  await fake?.stop();
});

async function ask(doc: DocumentName, variables: Record<string, unknown>) {
  const query = graphqlDocument(doc);
  const res = await fetch(`http://${fake.host}/api/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  expect(res.status).toBe(200);
  const answer = (await res.json()) as { data: any; errors?: Array<{ type?: string; path?: string[] }> };
  expect((answer.errors ?? []).filter((e) => !isConfigReadError(e))).toEqual([]);
  const result = await execute({ schema: github, document: parse(query), rootValue: answer.data, variableValues: variables, fieldResolver: byResponseKey });
  expect(result.errors ?? []).toEqual([]);
  return answer.data;
}

describe("the fake GitHub's digest answers are in GitHub's schema", () => {
  const listing = { owner: "acme", name: "widgets", after: null, pageSize: 50, window: 30 };
  it.each([
    ["digestIssues", "issues", 2],
    ["digestPullRequests", "pullRequests", 1],
    ["digestDiscussions", "discussions", 1],
  ] as const)("%s", async (doc, field, count) => {
    const data = await ask(doc, listing);
    expect(data.repository[field].nodes).toHaveLength(count);
  });

  it("repositoryConfig", async () => {
    fake.configs.set("acme/widgets", "digest:\n  enabled: true\n");
    const data = await ask("repositoryConfig", { owner: "acme", name: "widgets" });
    expect(data.repository.configFile.text).toBe("digest:\n  enabled: true\n");
    fake.configs.clear();
  });

  it("findDigest, and the discussion create / update", async () => {
    fake.indexSearch();
    const found = await ask("findDigest", { issueQuery: 'repo:acme/widgets is:issue in:title "Common Ground digest"', discussionQuery: 'repo:acme/widgets in:title "Common Ground digest"' });
    expect(found.issues.nodes.map((n: { number: number }) => n.number)).toEqual([4]);
    const target = await ask("digestDiscussionTarget", { owner: "acme", name: "widgets" });
    const made = await ask("createDigestDiscussion", { repositoryId: target.repository.id, categoryId: "DC_general", title: "Common Ground digest", body: "x" });
    await ask("updateDigestDiscussion", { discussionId: made.createDiscussion.discussion.id, body: "y" });
    expect(fake.writes.map((w) => w.op)).toEqual(["create-discussion", "update-discussion"]);
  });

  it("serves the digest's REST routes, and refuses to edit an issue the app did not write", async () => {
    const base = `http://${fake.host}/api/v3`;
    const call = async (route: string, params: Record<string, string | number>, body?: unknown) => {
      const [method, template] = route.split(" ");
      const path = template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));
      return fetch(`${base}${path}`, { method, headers: { "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
    };
    const where = { owner: "acme", repo: "widgets" };
    const made = await call(REST_ROUTES.createIssue, where, { title: "Common Ground digest", body: "hi" });
    expect(made.status).toBe(201);
    const { number } = (await made.json()) as { number: number };
    expect((await call(REST_ROUTES.updateIssue, { ...where, issue_number: number }, { body: "yo", state: "open" })).status).toBe(200);
    expect((await call(REST_ROUTES.updateIssue, { ...where, issue_number: 4 }, { body: "mine now" })).status).toBe(403);
    expect((await call(REST_ROUTES.updateIssue, { ...where, issue_number: 999 }, { body: "gone" })).status).toBe(404);
    expect((await call(REST_ROUTES.listInstallations, {})).status).toBe(200);
    const reachable = (await (await call(REST_ROUTES.listInstallationRepos, {})).json()) as { repositories: { full_name: string }[] };
    expect(reachable.repositories.map((r) => r.full_name)).toEqual(["acme/widgets"]);
    const list = await call(REST_ROUTES.listIssues, where);
    expect(list.status).toBe(200);
    expect(((await list.json()) as { number: number }[]).map((i) => i.number)).toContain(number);
  });
});
