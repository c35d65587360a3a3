// Loads a whole thread (issue, pull request or discussion) into the normalized model, and
// says how many requests it took: one for up to 100 items of each connection, more past that.
import type { Thread } from "../thread/model.ts";
import type { GitHubClient, ThreadRef } from "./client.ts";
import { loadDiscussion } from "./load-discussion.ts";
import { loadIssue } from "./load-issue.ts";
import { loadPullRequest } from "./load-pull-request.ts";
import { countRequests } from "./request-counter.ts";

export interface LoadedThread {
  thread: Thread;
  /** GitHub requests this load made. */
  requests: number;
}

export async function loadThreadWithStats(gh: GitHubClient, ref: ThreadRef): Promise<LoadedThread> {
  const counted = countRequests(gh);
  const load = ref.kind === "discussion" ? loadDiscussion : ref.kind === "pull_request" ? loadPullRequest : loadIssue;
  const thread = await load(counted, ref);
  return { thread, requests: counted.requests };
}

/** Load the whole thread via GraphQL. Throws GitHubNotFound when it no longer exists. */
export async function loadThread(gh: GitHubClient, ref: ThreadRef): Promise<Thread> {
  return (await loadThreadWithStats(gh, ref)).thread;
}
