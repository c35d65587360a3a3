// A live GitHub thread for `analyze owner/repo#N` (or a github.com URL), read with the token
// in GITHUB_TOKEN (or GH_TOKEN) through the github/ layer, loaded only when needed.
// GITHUB_API_URL (e.g. https://ghe.example.com/api/v3) points it at GitHub Enterprise Server.
import type { Thread } from "../thread/model.ts";
import { CliError } from "./io.ts";

export interface ThreadLocator {
  owner: string;
  repo: string;
  number: number;
  /** Known when given as a URL (…/pull/N, …/issues/N, …/discussions/N). */
  kind?: "issue" | "pull_request" | "discussion";
}

const SHORT = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})#(\d{1,9})$/;
const URL_FORM = /^https?:\/\/[^/]+\/([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})\/(pull|issues|discussions)\/(\d{1,9})(?:[/?#].*)?$/;
const KINDS = { pull: "pull_request", issues: "issue", discussions: "discussion" } as const;

/** `owner/repo#12` or `https://github.com/owner/repo/pull/12` → locator; anything else → undefined. */
export function parseThreadLocator(arg: string): ThreadLocator | undefined {
  const short = SHORT.exec(arg);
  if (short) return { owner: short[1], repo: short[2], number: Number(short[3]) };
  const url = URL_FORM.exec(arg);
  if (url) return { owner: url[1], repo: url[2], number: Number(url[4]), kind: KINDS[url[3] as keyof typeof KINDS] };
  return undefined;
}

/** Loads the whole thread from GitHub. Throws CliError when there is no token or GitHub refuses. */
export async function loadLiveThread(locator: ThreadLocator, env: Record<string, string | undefined>): Promise<Thread> {
  const name = `${locator.owner}/${locator.repo}#${locator.number}`;
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) throw new CliError(`${name}: set GITHUB_TOKEN to a token that can read this repository`);
  // Loaded on demand: file-based runs never pay for Octokit.
  const { createCliClient, locateThread, loadThread } = await import("../github/index.ts");
  const baseUrl = env.GITHUB_API_URL || undefined;
  try {
    const gh = createCliClient(token, baseUrl ? { baseUrl } : undefined);
    const { owner, repo, number, kind } = locator;
    const ref = kind ? { kind, owner, repo, number } : await locateThread(gh, { owner, repo, number });
    return await loadThread(gh, ref);
  } catch (error) {
    const status = (error as { status?: number }).status;
    const message = (error as Error).message?.split("\n")[0] ?? String(error);
    throw new CliError(`${name}: could not load from GitHub${status ? ` (HTTP ${status})` : ""}: ${message}`);
  }
}
