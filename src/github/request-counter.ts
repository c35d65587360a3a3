// Wraps a GitHubClient so the number of requests one operation made is visible (thread loads
// report it, tests assert it, logs can show API cost per event).
import type { GitHubClient } from "./client.ts";

export interface CountingClient extends GitHubClient {
  readonly requests: number;
}

export function countRequests(gh: GitHubClient): CountingClient {
  let requests = 0;
  return {
    get requests() {
      return requests;
    },
    graphql: (query, variables) => {
      requests++;
      return gh.graphql(query, variables);
    },
    request: (route, params) => {
      requests++;
      return gh.request(route, params);
    },
  };
}
