import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One line when redis-server is missing and the Redis tests skip.
    globalSetup: ["test/support/redis-notice.ts"],
    testTimeout: 20000,
    hookTimeout: 30000,
    reporters: ["default", "json"],
    outputFile: { json: ".vitest-results.json" },
  },
});
