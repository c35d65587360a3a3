// One refresh of a repository's digest, as the server and the Action run it: under the
// repository's digest lock (across replicas with Redis), read the open threads and the config
// (digest/collect.ts), and, when the repository opted in (`digest.enabled`, and `enabled` not
// switched off), write the page
// (digest/publish.ts). Logs what it did with its GitHub requests and own time. Never throws.
import type { Config } from "../config/schema.ts";
import { collectDigest } from "../digest/collect.ts";
import { publishDigest, type PublishOutcome } from "../digest/publish.ts";
import { countRequests, type GitHubClient } from "../github/index.ts";
import type { AppDeps } from "./deps.ts";
import { withThreadLock } from "./thread-lock.ts";

type Log = (obj: any, msg?: string) => void;

export interface DigestRefreshTarget {
  owner: string;
  repo: string;
  installationId?: number;
  /** An authenticated client for the repository's installation (Probot's octokit). */
  octokit: unknown;
  log: { info: Log; warn: Log; debug: Log; error: Log };
  /** Why it runs, for the log: "schedule", "activity", "refresh-checkbox", "action". */
  reason: string;
}

export type RefreshOutcome = PublishOutcome | "off" | "failed";

export interface RefreshResult {
  outcome: RefreshOutcome;
  config?: Config;
  requests: number;
}

/** Probot's context.config for a repository outside any webhook (files using `_extends`). */
export function configContext(t: Pick<DigestRefreshTarget, "owner" | "repo" | "installationId" | "octokit" | "log">) {
  const octokit = t.octokit as { config?: { get: (o: Record<string, unknown>) => Promise<{ config: unknown }> } };
  return {
    log: t.log,
    payload: { repository: { full_name: `${t.owner}/${t.repo}` }, installation: { id: t.installationId } },
    config: async <T>(fileName: string): Promise<T | null> => {
      if (!octokit.config) return null;
      const { config } = await octokit.config.get({ owner: t.owner, repo: t.repo, path: `.github/${fileName}` });
      return (config as T) ?? null;
    },
  };
}

/** Refresh the digest of one repository. */
export async function refreshDigest(t: DigestRefreshTarget, deps: AppDeps): Promise<RefreshResult> {
  const where = { repo: `${t.owner}/${t.repo}`, reason: t.reason };
  const gh = countRequests(t.octokit as GitHubClient);
  try {
    return await withThreadLock(`digest:${t.owner}/${t.repo}`.toLowerCase(), async () => {
      const now = deps.now();
      const collected = await collectDigest(gh, { owner: t.owner, repo: t.repo }, {
        now,
        analyze: deps.analyze,
        resolveConfig: (source) => deps.loadConfig(configContext(t), source),
      });
      // Opt-in, and the master switch (`enabled: false`) silences the digest too.
      if (!collected.config.enabled || !collected.config.digest.enabled) {
        t.log.debug({ ...where, requests: gh.requests }, "digest: off in this repository's config");
        return { outcome: "off" as const, config: collected.config, requests: gh.requests };
      }
      const published = await publishDigest(gh, { owner: t.owner, repo: t.repo }, collected.config, collected.body, collected.pages);
      for (const s of collected.list.skipped) t.log.warn({ ...where }, `digest: not listed: ${s}`);
      t.log.info(
        { ...where, outcome: published.outcome, page: published.page.number, threads: collected.digest.scanned, requests: gh.requests, ownMs: Math.round(collected.ownMs) },
        `digest: ${published.outcome}`,
      );
      return { outcome: published.outcome, config: collected.config, requests: gh.requests };
    }, deps.sharedLock);
  } catch (err) {
    t.log.error({ ...where, err, requests: gh.requests }, "digest refresh failed; the next one will try again");
    return { outcome: "failed", requests: gh.requests };
  }
}
