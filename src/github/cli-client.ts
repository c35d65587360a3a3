// The GitHub client for the CLI reading a live thread with a personal token: the `octokit`
// package's Octokit, which has retries and rate-limit throttling built in.
import { Octokit } from "octokit";
import type { GitHubClient } from "./client.ts";

/**
 * `baseUrl` for GitHub Enterprise Server, e.g. "https://ghe.example.com/api/v3" (also
 * accepted as `{ baseUrl }`).
 */
export function createCliClient(token: string, options?: string | { baseUrl?: string }): GitHubClient {
  const baseUrl = typeof options === "string" ? options : options?.baseUrl;
  const octokit = new Octokit({ auth: token, userAgent: "common-ground-cli", ...(baseUrl ? { baseUrl } : {}) });
  return octokit;
}
