// Every REST route the app calls exists, with that method, in GitHub's OpenAPI description
// for api.github.com (and for the oldest GitHub Enterprise Server version shipped with it).
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { REST_ROUTES } from "../../src/github/rest-routes.ts";

const require = createRequire(import.meta.url);
const generated = dirname(require.resolve("@octokit/openapi/generated/api.github.com.json"));

function paths(file: string): Record<string, Record<string, unknown>> {
  return JSON.parse(readFileSync(`${generated}/${file}`, "utf8")).paths;
}

const oldestGhes = readdirSync(generated)
  .filter((f) => /^ghes-[\d.]+\.json$/.test(f))
  .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))[0];

describe("REST routes against GitHub's OpenAPI description", () => {
  const routes = Object.values(REST_ROUTES);

  it("the route list is not empty and every entry is METHOD /path", () => {
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) expect(r).toMatch(/^(GET|POST|PATCH|PUT|DELETE) \/\S+$/);
  });

  it.each([["api.github.com.json"], [oldestGhes]])("%s has every route", (file) => {
    const spec = paths(file);
    const missing = routes.filter((route) => {
      const [method, path] = route.split(" ");
      return !spec[path]?.[method.toLowerCase()];
    });
    expect(missing).toEqual([]);
  });
});
