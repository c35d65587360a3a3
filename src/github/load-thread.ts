// Loads a whole thread (issue, pull request or discussion) into the normalized model, with the
// config file its first request found, and says how many requests it took: one for up to 100
// items of each connection, more past that.
import type { Thread } from "../thread/model.ts";
import type { GitHubClient, ThreadRef } from "./client.ts";
import type { ConfigSource } from "./config-source.ts";
import { loadDiscussion } from "./load-discussion.ts";
import { loadIssue } from "./load-issue.ts";
import { loadPullRequest } from "./load-pull-request.ts";
import { countRequests } from "./request-counter.ts";

export interface LoadedThread {
  thread: Thread;
  /** `.github/common-ground.yml` as the thread query found it (see config-source.ts). */
  configSource: ConfigSource;
  /** GitHub requests this load made. */
  requests: number;
}

/** Load the whole thread via GraphQL, with its config source. Throws GitHubNotFound when it no longer exists. */
export async function loadThreadWithStats(gh: GitHubClient, ref: ThreadRef): Promise<LoadedThread> {
  const counted = countRequests(gh);
  const load = ref.kind === "discussion" ? loadDiscussion : ref.kind === "pull_request" ? loadPullRequest : loadIssue;
  const { thread, configSource } = await load(counted, ref);
  return { thread, configSource, requests: counted.requests };
}

/** Load the whole thread via GraphQL. Throws GitHubNotFound when it no longer exists. */
export async function loadThread(gh: GitHubClient, ref: ThreadRef): Promise<Thread> {
  return (await loadThreadWithStats(gh, ref)).thread;
}
