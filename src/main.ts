// Server entry (`npm start`): runs the app on Probot's own HTTP server. Without APP_ID it serves
// Probot's setup page, which registers the app from app.yml; with APP_ID, PRIVATE_KEY (or
// PRIVATE_KEY_PATH) and WEBHOOK_SECRET it serves webhooks. PORT, HOST, GHE_HOST, GHE_PROTOCOL,
// WEBHOOK_PATH and LOG_LEVEL are read by Probot. REDIS_URL is ours (src/redis/): Probot would
// open a client of its own with ioredis' defaults (queueing commands while Redis is down, so
// every GitHub request would wait on it); the app shares one fail-fast link between the thread
// lock and the throttle lanes instead. WEBHOOK_PROXY_URL (a smee.io channel, forwarded by
// smee-client) is for trying the app from a laptop; in production it is dropped with a warning
// (webhook-proxy.ts), so no proxy client ever starts there. Secrets are never logged, nor
// what people wrote: the logger (logger.ts) redacts payloads and request bodies.
import { readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { paginateGraphQL } from "@octokit/plugin-paginate-graphql";
import { run, type ApplicationFunction } from "probot";
import { proxyConnectionFailure, webhookProxy } from "./webhook-proxy.ts";

/** Why the server must not start in this environment, if it must not. */
function refusal(env: NodeJS.ProcessEnv): string | undefined {
  if (env.NODE_ENV !== "production") return undefined;
  const missing = ["APP_ID", "WEBHOOK_SECRET"].filter((name) => !env[name]);
  if (!env.PRIVATE_KEY && !env.PRIVATE_KEY_PATH) missing.push("PRIVATE_KEY (or PRIVATE_KEY_PATH)");
  if (missing.length === 0) return undefined;
  return `refusing to start with NODE_ENV=production: set ${missing.join(", ")}. ` +
    "WEBHOOK_SECRET must match the webhook secret in the GitHub App's settings, so that forged events are rejected.";
}

/** Probot's run() loads `.env` from the working directory over the environment: do the same first. */
function applyDotEnv(): void {
  let text: string;
  try {
    text = readFileSync(".env", "utf8");
  } catch {
    return;
  }
  Object.assign(process.env, parseEnv(text));
}

async function start(): Promise<void> {
  applyDotEnv();
  const problem = refusal(process.env);
  if (problem) {
    console.error(`common-ground: ${problem}`);
    process.exit(1);
  }
  if (process.env.APP_ID && !process.env.WEBHOOK_SECRET) {
    console.warn("common-ground: WEBHOOK_SECRET is not set; Probot accepts events signed with its development secret. Set it before exposing this server.");
  }
  const proxy = webhookProxy(process.env);
  if (proxy.notice) console[proxy.notice.level](`common-ground: ${proxy.notice.text}`);
  // Imported after the checks, so a refusal is instant; without APP_ID Probot only serves the
  // setup page and never calls the app function.
  const { MeteredOctokit, withObservability } = await import("./http-routes.ts");
  const { withServerSettings } = await import("./github/server-octokit.ts");
  const { createLog } = await import("./logger.ts");
  const log = await createLog(process.env); // redacts payloads and request bodies (logger.ts)
  const { sharedRedis, sharedThrottleOptions } = await import("./redis/shared.ts");
  const { redisLock } = await import("./redis/lock.ts");
  const { appWith } = await import("./index.ts");
  // With REDIS_URL, one link (logging through the app's logger) serves the lock and the lanes.
  const { redisClaim } = await import("./redis/claim.ts");
  // The server also refreshes repository digests on their schedule; with Redis (the same link),
  // each repository's refresh is claimed by one replica (redis/claim.ts).
  const withLock = appWith((probot) => {
    const link = sharedRedis(probot.log);
    return link ? { sharedLock: redisLock(link, probot.log), digestSchedule: { claim: redisClaim(link) } } : { digestSchedule: {} };
  });
  const app: ApplicationFunction = process.env.APP_ID ? withLock : () => {};
  const server = await run(withObservability(app), {
    Octokit: withServerSettings(MeteredOctokit.plugin(paginateGraphQL), sharedThrottleOptions),
    env: { ...process.env, REDIS_URL: undefined, WEBHOOK_PROXY_URL: proxy.url },
    log,
  });
  process.once("SIGTERM", () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

start().catch((error: unknown) => {
  const why = proxyConnectionFailure(error) ?? (error instanceof Error ? error.message : String(error));
  console.error(`common-ground: could not start: ${why}`);
  process.exit(1);
});
