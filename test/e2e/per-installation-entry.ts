// An alternative server entry for the load bench's comparison run (`--per-installation`): the
// same app and observability as src/main.ts, but each installation's Octokit gets its own
// throttling id, so Octokit's request spacing applies per installation instead of to all of
// them together (Probot 14's event clients all share the id "no-id"). Not used in production.
import { paginateGraphQL } from "@octokit/plugin-paginate-graphql";
import { run } from "probot";
import { MeteredOctokit, withObservability } from "../../src/http-routes.ts";
import app from "../../src/index.ts";

const Base = MeteredOctokit.plugin(paginateGraphQL);

class PerInstallationOctokit extends Base {
  constructor(options: any = {}) {
    const id = options.auth?.installationId;
    super(id !== undefined && options.throttle?.enabled !== false ? { ...options, throttle: { ...options.throttle, id: `installation-${id}` } } : options);
  }
}

await run(withObservability(app), { Octokit: PerInstallationOctokit });
