// Finds what `owner/repo#N` is (issue, pull request or discussion: they share one number
// sequence) with a single GraphQL request, for the CLI.
import type { GitHubClient, ThreadRef } from "./client.ts";
import { graphqlDocument } from "./documents.ts";
import { GitHubNotFound, isNotFoundError } from "./errors.ts";

interface LocateAnswer {
  repository: {
    issueOrPullRequest: { __typename: string } | null;
    discussion: { id: string } | null;
  } | null;
}

type Where = { owner: string; repo: string; number: number };

/** `locateThread(gh, owner, repo, number)`, or `locateThread(gh, { owner, repo, number })`. */
export async function locateThread(gh: GitHubClient, owner: string, repo: string, number: number): Promise<ThreadRef>;
export async function locateThread(gh: GitHubClient, where: Where): Promise<ThreadRef>;
export async function locateThread(gh: GitHubClient, ...args: [string, string, number] | [Where]): Promise<ThreadRef> {
  const { owner, repo, number } = args.length === 1 ? args[0] : { owner: args[0], repo: args[1], number: args[2] };
  let data: LocateAnswer | undefined;
  try {
    data = await gh.graphql<LocateAnswer>(graphqlDocument("locateThread"), { owner, name: repo, number });
  } catch (err) {
    // GitHub reports NOT_FOUND for whichever of the two does not exist and still answers
    // the other one in `data`.
    if (!isNotFoundError(err)) throw err;
    data = (err as { data?: LocateAnswer }).data;
  }
  const found = data?.repository;
  const ref = { owner, repo, number };
  if (found?.issueOrPullRequest) {
    return { kind: found.issueOrPullRequest.__typename === "PullRequest" ? "pull_request" : "issue", ...ref };
  }
  if (found?.discussion) return { kind: "discussion", ...ref };
  throw new GitHubNotFound(`${owner}/${repo}#${number} not found (no issue, pull request or discussion)`);
}
