// The recorded-style answers the tests feed the loader are checked against GitHub's schema by
// executing our document over them: the JSON fixtures must come back exactly, with no errors;
// the in-memory fake GitHub's pages must come back without errors. So the fakes cannot drift
// from what GitHub could really send for our documents.
import { schema } from "@octokit/graphql-schema";
import { buildSchema, execute, parse, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { graphqlDocument, type DocumentName } from "../../src/github/documents.ts";
import { byResponseKey, graphqlFixture, type GraphQLCall } from "./fake-github.ts";
import { rawComment, serveThread, subject } from "./fake-thread-server.ts";

let github: GraphQLSchema;
beforeAll(() => {
  github = buildSchema(schema.idl, { assumeValidSDL: true }); // see graphql-schema.test.ts
});

function run(query: string, variables: Record<string, unknown>, answer: { data: unknown }) {
  return execute({ schema: github, document: parse(query), rootValue: answer.data, variableValues: variables, fieldResolver: byResponseKey });
}

describe("fixtures are answers GitHub could send to our documents", () => {
  it.each([
    ["pull-request-thread", "pullRequestThread", 42],
    ["issue-thread", "issueThread", 7],
    ["discussion-thread", "discussionThread", 12],
  ] as const)("%s", async (fixture, doc: DocumentName, number) => {
    const answer = graphqlFixture(fixture);
    const result = await run(graphqlDocument(doc), { owner: "acme", name: "widgets", number }, answer);
    expect(result.errors ?? []).toEqual([]);
    expect(JSON.parse(JSON.stringify(result.data))).toEqual(answer.data);
  });
});

// The fake leaves out nullable fields it does not care about, so here only "no errors"
// (every non-null field present, every value of the right type) is asserted.
describe("the in-memory fake GitHub answers in the schema's shape", () => {
  it("for every first and follow-up page of a pull request and a discussion", async () => {
    const range = (n: number) => Array.from({ length: n }, (_, i) => i);
    const pr = serveThread({
      typename: "PullRequest",
      subject: subject("PR_1", 1),
      connections: new Map<string, Record<string, any[]>>([
        ["PR_1", {
          labels: range(101).map((i) => ({ name: `l${i}` })),
          comments: range(101).map((i) => ({ ...rawComment(`IC${i}`, i), fullDatabaseId: String(i + 1) })),
          reviews: range(101).map((i) => ({ ...rawComment(`R${i}`, i), state: "APPROVED", submittedAt: null, fullDatabaseId: null })),
          reviewThreads: range(101).map((i) => ({ id: `T${i}`, isResolved: false, path: "a.ts" })),
        }],
        ...range(101).map((t): [string, Record<string, any[]>] => [
          `T${t}`,
          { comments: range(t === 0 ? 101 : 1).map((i) => ({ ...rawComment(`T${t}C${i}`, i), publishedAt: null, fullDatabaseId: null })) },
        ]),
      ]),
    });
    const discussion = serveThread({
      typename: "Discussion",
      subject: subject("D_1", 2),
      connections: new Map<string, Record<string, any[]>>([
        ["D_1", { labels: [], comments: range(101).map((i) => ({ ...rawComment(`DC${i}`, i), databaseId: i + 1, deletedAt: null })) }],
        ...range(101).map((c): [string, Record<string, any[]>] => [
          `DC${c}`,
          { replies: range(c === 0 ? 101 : 0).map((i) => ({ ...rawComment(`DC${c}R${i}`, i), databaseId: 500 + i, deletedAt: null })) },
        ]),
      ]),
    });
    const after = "Y3Vyc29yOjEwMA=="; // "cursor:100"
    const calls: Array<[typeof pr, DocumentName, Record<string, unknown>]> = [
      [pr, "pullRequestThread", { owner: "acme", name: "widgets", number: 1 }],
      [pr, "moreLabels", { id: "PR_1", cursor: after }],
      [pr, "moreIssueComments", { id: "PR_1", cursor: after }],
      [pr, "moreReviews", { id: "PR_1", cursor: after }],
      [pr, "moreReviewThreads", { id: "PR_1", cursor: after }],
      [pr, "moreReviewThreadComments", { id: "T0", cursor: after }],
      [discussion, "discussionThread", { owner: "acme", name: "widgets", number: 2 }],
      [discussion, "moreDiscussionComments", { id: "D_1", cursor: after }],
      [discussion, "moreDiscussionReplies", { id: "DC0", cursor: after }],
    ];
    for (const [serve, doc, variables] of calls) {
      const query = graphqlDocument(doc);
      const call: GraphQLCall = { operation: /^\s*query\s+(\w+)/.exec(query)![1], query, variables };
      const answer = serve(call) as { data: unknown };
      const result = await run(query, variables, answer);
      expect(result.errors ?? [], doc).toEqual([]);
    }
  });
});
