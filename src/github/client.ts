// The minimal GitHub client surface the app uses. Probot's context.octokit and the
// `octokit` package's Octokit (CLI) both satisfy it, so the github/ layer works with either.

export interface GitHubClient {
  graphql: <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  request: (route: string, params?: Record<string, unknown>) => Promise<{ status: number; data: any }>;
}

/** Which thread an event is about. */
export interface ThreadRef {
  kind: "issue" | "pull_request" | "discussion";
  owner: string;
  repo: string;
  number: number;
}
