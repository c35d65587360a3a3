import { describe, expect, it } from "vitest";
import { cachedConfigLoader, CONFIG_TTL_MS } from "../../src/app/config-cache.ts";
import type { ConfigContext } from "../../src/config/load.ts";
import { defaultConfig, type Config } from "../../src/config/schema.ts";

const log = { warn: () => {}, info: () => {} };
const context = (fullName?: string, installation = 1) =>
  ({ config: async () => ({}), log, payload: { repository: fullName ? { full_name: fullName } : undefined, installation: { id: installation } } }) as unknown as ConfigContext;

function counting() {
  const reads: string[] = [];
  const load = async (c: ConfigContext): Promise<Config> => {
    reads.push((c as unknown as { payload: { repository?: { full_name: string } } }).payload.repository?.full_name ?? "?");
    return { ...defaultConfig, sensitivity: reads.length % 2 ? "low" : "high" };
  };
  return { reads, load };
}

describe("cachedConfigLoader", () => {
  it("reads a repository's config once per TTL, then again after it expires", async () => {
    let t = 0;
    const { reads, load } = counting();
    const cached = cachedConfigLoader(load, () => new Date(t));
    const first = await cached(context("acme/widgets"));
    t = CONFIG_TTL_MS - 1;
    expect(await cached(context("ACME/Widgets"))).toBe(first);
    expect(reads).toEqual(["acme/widgets"]);
    t = CONFIG_TTL_MS;
    const fresh = await cached(context("acme/widgets"));
    expect(reads).toHaveLength(2);
    expect(fresh.sensitivity).not.toBe(first.sensitivity);
  });

  it("keeps repositories and installations apart, and does not cache what it cannot name", async () => {
    const { reads, load } = counting();
    const cached = cachedConfigLoader(load, () => new Date(0));
    await cached(context("acme/a"));
    await cached(context("acme/b"));
    await cached(context("acme/a", 2));
    await cached(context(undefined));
    await cached(context(undefined));
    expect(reads).toEqual(["acme/a", "acme/b", "acme/a", "?", "?"]);
  });

  it("shares one read between events that arrive together", async () => {
    const { reads, load } = counting();
    const cached = cachedConfigLoader(load, () => new Date(0));
    await Promise.all([cached(context("acme/a")), cached(context("acme/a")), cached(context("acme/a"))]);
    expect(reads).toHaveLength(1);
  });
});
