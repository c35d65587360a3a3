// What the server's digest sweep reads: the app's installations, each installation's
// repositories (REST, paginated 100 at a time), and one repository's config file on its own
// (one GraphQL request, tolerating a missing or hidden `.github` fallback as the thread queries do).
import type { GitHubClient } from "./client.ts";
import { configSourceOf, isConfigReadError, type ConfigSource, type RawConfigFields } from "./config-source.ts";
import { graphqlDocument } from "./documents.ts";
import { graphqlErrorsOf } from "./errors.ts";
import { REST_ROUTES } from "./rest-routes.ts";

const PAGE = 100;
/** Most pages read of one list (10,000 installations or repositories). */
const MAX_PAGES = 100;

async function allPages<T>(gh: GitHubClient, route: string, pick: (data: any) => T[]): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await gh.request(route, { per_page: PAGE, page });
    const items = pick(data);
    out.push(...items);
    if (items.length < PAGE) break;
  }
  return out;
}

/** The app's installation ids (with an app-authenticated client). */
export async function listInstallationIds(gh: GitHubClient): Promise<number[]> {
  return (await allPages<{ id: number }>(gh, REST_ROUTES.listInstallations, (d) => (Array.isArray(d) ? d : []))).map((i) => i.id);
}

/** The repositories one installation can reach (with that installation's client); archived ones left out. */
export async function listInstallationRepos(gh: GitHubClient): Promise<{ owner: string; repo: string }[]> {
  type RawRepo = { name: string; owner: { login: string }; archived?: boolean };
  const repos = await allPages<RawRepo>(gh, REST_ROUTES.listInstallationRepos, (d) => (Array.isArray(d?.repositories) ? d.repositories : []));
  return repos.filter((r) => !r.archived).map((r) => ({ owner: r.owner.login, repo: r.name }));
}

/** A repository's config file as the thread queries would find it. */
export async function readConfigSource(gh: GitHubClient, target: { owner: string; repo: string }): Promise<ConfigSource> {
  try {
    const data = await gh.graphql<RawConfigFields>(graphqlDocument("repositoryConfig"), { owner: target.owner, name: target.repo });
    return configSourceOf(data, target);
  } catch (err) {
    const errors = graphqlErrorsOf(err);
    const partial = (err as { data?: unknown } | null)?.data;
    if (!errors || errors.length === 0 || !errors.every(isConfigReadError) || !partial || typeof partial !== "object") throw err;
    return configSourceOf(partial as RawConfigFields, target, errors);
  }
}
