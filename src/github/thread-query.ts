// Runs a thread document (issue, pull request or discussion: the thread's first page and the
// config file, in one request). An answer whose only errors are tolerated config-read errors
// is used as it is (@octokit/graphql throws it, carrying the data); any other error, and a
// vanished thread, fail as with every other document.
import type { Thread } from "../thread/model.ts";
import type { GitHubClient, ThreadRef } from "./client.ts";
import { configSourceOf, isConfigReadError, type ConfigSource, type RawConfigFields } from "./config-source.ts";
import { graphqlDocument, type DocumentName } from "./documents.ts";
import { graphqlErrorsOf, orNotFound, type GraphQLErrorLike } from "./errors.ts";
import { describeRef, repositoryVariables } from "./thread-header.ts";

/** A loaded thread and the config file its first request found. */
export interface LoadedSubject {
  thread: Thread;
  configSource: ConfigSource;
}

export async function runThreadDocument<T>(
  gh: GitHubClient,
  name: DocumentName,
  ref: ThreadRef,
): Promise<{ data: T; configSource: ConfigSource }> {
  let tolerated: GraphQLErrorLike[] = [];
  const data = await orNotFound(describeRef(ref), async () => {
    try {
      return await gh.graphql<T>(graphqlDocument(name), repositoryVariables(ref));
    } catch (err) {
      const errors = graphqlErrorsOf(err);
      const partial = (err as { data?: unknown } | null)?.data;
      if (!errors || errors.length === 0 || !errors.every(isConfigReadError) || !partial || typeof partial !== "object") throw err;
      tolerated = errors;
      return partial as T;
    }
  });
  return { data, configSource: configSourceOf(data as RawConfigFields, ref, tolerated) };
}
