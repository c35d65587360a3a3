// Test helpers: a Probot-built client pointed at https://api.github.com, and nock fakes of
// GitHub's GraphQL endpoint that record every call (operation name and variables).
import type { GraphQLFieldResolver } from "graphql";
import nock from "nock";
import { readFileSync } from "node:fs";
import { ProbotOctokit } from "probot";
import type { GitHubClient } from "../../src/github/client.ts";

export const API = "https://api.github.com";

/** The client the app gets from Probot, with retries and throttling off so tests are quick. */
export function testClient(): GitHubClient {
  return new ProbotOctokit({ auth: { token: "test-token" }, retry: { enabled: false }, throttle: { enabled: false } });
}

export interface GraphQLCall {
  operation: string;
  query: string;
  variables: Record<string, any>;
}

export function operationName(query: string): string {
  return /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? "(anonymous)";
}

/** Answer every POST /graphql with `answer(call)` (a full {data, errors?} body); returns the call log. */
export function fakeGraphQL(answer: (call: GraphQLCall) => unknown): GraphQLCall[] {
  const calls: GraphQLCall[] = [];
  nock(API)
    .persist()
    .post("/graphql")
    .reply(200, (_uri, body) => {
      const { query, variables } = body as { query: string; variables?: Record<string, any> };
      const call = { operation: operationName(query), query, variables: variables ?? {} };
      calls.push(call);
      return answer(call) as nock.Body;
    });
  return calls;
}

export function graphqlFixture(name: string): { data: any } {
  return JSON.parse(readFileSync(new URL(`../fixtures/graphql/${name}.json`, import.meta.url), "utf8"));
}

/**
 * For executing an answer through the schema: fields are read under their response key, so an
 * aliased field (`ownerConfig: repository(…)`) gets its own answer, not the unaliased one's.
 */
export const byResponseKey: GraphQLFieldResolver<unknown, unknown> = (source, _args, _context, info) => (source as Record<string, unknown> | null)?.[info.path.key];

export function notFound(path: string[], message: string) {
  return { type: "NOT_FOUND", path, locations: [{ line: 1, column: 1 }], message };
}
