// vitest global setup: says once, for the whole run, when the Redis tests will skip because
// this machine has no redis-server (test/redis, test/e2e/replicas.test.ts skip on their own).
import { NO_REDIS_NOTICE, redisServerPath } from "./redis-server.ts";

export default function announceMissingRedis(): void {
  if (!redisServerPath) console.warn(NO_REDIS_NOTICE);
}
