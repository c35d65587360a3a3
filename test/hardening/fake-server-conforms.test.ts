// The loopback fake GitHub must not drift from GitHub: its answers to every GraphQL document
// the app sends are executed through GitHub's schema (@octokit/graphql-schema) with no errors,
// and every REST route the app uses (REST_ROUTES) is served with the status GitHub documents.
import { schema } from "@octokit/graphql-schema";
import { buildSchema, execute, parse, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphqlDocument, type DocumentName } from "../../src/github/documents.ts";
import { isConfigReadError } from "../../src/github/config-source.ts";
import { REST_ROUTES } from "../../src/github/rest-routes.ts";
import { byResponseKey } from "../github/fake-github.ts";
import { FakeGitHubServer, nodeId, type FakeComment, type StoredThread } from "../support/fake-github-server.ts";

let github: GraphQLSchema;
let fake: FakeGitHubServer;
const c = (n: number, extra: Partial<FakeComment> = {}): FakeComment => ({ id: `N_${n}`, databaseId: n, body: `comment ${n}`, login: `u${n}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(), ...extra });
const mk = (kind: StoredThread["kind"], number: number): StoredThread => ({
  owner: "acme",
  repo: "widgets",
  kind,
  number,
  title: `t${number}`,
  labels: ["a"],
  opening: c(number * 100),
  comments: [c(number * 100 + 1), c(number * 100 + 2, { isBot: true, login: "ci" }), c(number * 100 + 3, { viewerDidAuthor: true, isBot: true, login: "common-ground" })],
  reviews: [c(number * 100 + 4, { id: `R_${number}`, reviewState: "APPROVED" })],
  reviewThreads: [{ id: `RT_${number}`, isResolved: true, comments: [c(number * 100 + 5, { id: `RC_${number}` })] }],
});

beforeAll(async () => {
  github = buildSchema(schema.idl, { assumeValidSDL: true });
  fake = await new FakeGitHubServer().start();
  fake.add(mk("issue", 1));
  fake.add(mk("pull_request", 2));
  fake.add(mk("discussion", 3));
});

afterAll(async () => {
  await fake?.stop();
});

async function ask(doc: DocumentName, variables: Record<string, unknown>) {
  const query = graphqlDocument(doc);
  const res = await fetch(`http://${fake.host}/api/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  expect(res.status).toBe(200);
  const answer = (await res.json()) as { data: unknown; errors?: Array<{ type?: string; path?: string[] }> };
  // Only the error GitHub sends for an owner without a `.github` repository (the app tolerates it).
  expect((answer.errors ?? []).filter((e) => !isConfigReadError(e))).toEqual([]);
  const result = await execute({ schema: github, document: parse(query), rootValue: answer.data, variableValues: variables, fieldResolver: byResponseKey });
  return { answer, errors: result.errors ?? [] };
}

describe("the loopback fake GitHub answers in GitHub's schema", () => {
  it.each([
    ["issueThread", 1],
    ["pullRequestThread", 2],
    ["discussionThread", 3],
  ] as const)("%s", async (doc, number) => {
    const { errors } = await ask(doc, { owner: "acme", name: "widgets", number });
    expect(errors).toEqual([]);
  });

  it("with config files in the repository and in the owner's .github repository", async () => {
    fake.configs.set("acme/widgets", "sensitivity: high\n");
    fake.configs.set("acme/.github", "sensitivity: low\n");
    try {
      const { answer, errors } = await ask("issueThread", { owner: "acme", name: "widgets", number: 1 });
      expect(errors).toEqual([]);
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toMatchObject({ repository: { configFile: { text: "sensitivity: high\n" } }, ownerConfig: { configFile: { text: "sensitivity: low\n" } } });
    } finally {
      fake.configs.clear();
    }
  });

  it("the mutations: reaction, discussion comment create/update/delete, issue comment update/delete", async () => {
    const discussion = fake.thread("acme", "widgets", 3)!;
    expect((await ask("addReaction", { subjectId: "N_101", content: "EYES" })).errors).toEqual([]);
    const created = await ask("addDiscussionComment", { discussionId: nodeId(discussion), body: "hi" });
    expect(created.errors).toEqual([]);
    const id = (created.answer.data as any).addDiscussionComment.comment.id;
    expect((await ask("updateDiscussionComment", { commentId: id, body: "hello" })).errors).toEqual([]);
    expect((await ask("deleteDiscussionComment", { id })).errors).toEqual([]);
    expect((await ask("updateIssueComment", { id: "N_103", body: "x" })).errors).toEqual([]);
    expect((await ask("deleteIssueComment", { id: "N_103" })).errors).toEqual([]);
    expect(fake.writes.map((w) => w.op)).toEqual(["react", "create", "update", "delete", "update", "delete"]);
  });

  it("serves every REST route of REST_ROUTES, and refuses to touch a comment the app did not write", async () => {
    const base = `http://${fake.host}/api/v3`;
    const call = async (route: string, params: Record<string, string | number>, body?: unknown) => {
      const [method, template] = route.split(" ");
      const path = template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));
      return fetch(`${base}${path}`, { method, headers: { "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
    };
    const created = await call(REST_ROUTES.createIssueComment, { owner: "acme", repo: "widgets", issue_number: 2 }, { body: "hi" });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    expect((await call(REST_ROUTES.updateIssueComment, { owner: "acme", repo: "widgets", comment_id: id }, { body: "yo" })).status).toBe(200);
    expect((await call(REST_ROUTES.deleteIssueComment, { owner: "acme", repo: "widgets", comment_id: id })).status).toBe(204);
    expect((await call(REST_ROUTES.deleteIssueComment, { owner: "acme", repo: "widgets", comment_id: id })).status).toBe(404);
    expect((await call(REST_ROUTES.updateIssueComment, { owner: "acme", repo: "widgets", comment_id: 201 }, { body: "mine now" })).status).toBe(403);
    // A route added to REST_ROUTES needs an answer in the fake and a line above.
    // (The digest's issue routes are checked in fake-digest-conforms.test.ts.)
    expect(Object.keys(REST_ROUTES).sort()).toEqual(["createIssue", "createIssueComment", "deleteIssueComment", "listInstallationRepos", "listInstallations", "listIssues", "updateIssue", "updateIssueComment"]);
  });
});
