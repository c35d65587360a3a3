import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20000,
    hookTimeout: 30000,
    reporters: ["default", "json"],
    outputFile: { json: ".vitest-results.json" },
  },
});
