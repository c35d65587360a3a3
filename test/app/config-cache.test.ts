import { describe, expect, it } from "vitest";
import { cachedConfigLoader, CONFIG_TTL_MS } from "../../src/app/config-cache.ts";
import type { ConfigContext } from "../../src/config/load.ts";
import { defaultConfig, type Config } from "../../src/config/schema.ts";
import type { ConfigSource } from "../../src/github/index.ts";

const log = { warn: () => {}, info: () => {} };
const context = (fullName?: string, installation = 1) =>
  ({ config: async () => ({}), log, payload: { repository: fullName ? { full_name: fullName } : undefined, installation: { id: installation } } }) as unknown as ConfigContext;
const file = (text: string, repository = "acme/widgets"): ConfigSource => ({ kind: "file", repository, text });
const none: ConfigSource = { kind: "none" };

function counting() {
  const reads: string[] = [];
  const load = async (c: ConfigContext, _source: ConfigSource): Promise<Config> => {
    reads.push((c as unknown as { payload: { repository?: { full_name: string } } }).payload.repository?.full_name ?? "?");
    return { ...defaultConfig, sensitivity: reads.length % 2 ? "low" : "high" };
  };
  return { reads, load };
}

describe("cachedConfigLoader", () => {
  it("resolves a repository's unchanged config once per TTL, then again after it expires", async () => {
    let t = 0;
    const { reads, load } = counting();
    const cached = cachedConfigLoader(load, () => new Date(t));
    const first = await cached(context("acme/widgets"), file("sensitivity: low\n"));
    t = CONFIG_TTL_MS - 1;
    expect(await cached(context("ACME/Widgets"), file("sensitivity: low\n"))).toBe(first);
    expect(reads).toEqual(["acme/widgets"]);
    t = CONFIG_TTL_MS;
    const fresh = await cached(context("acme/widgets"), file("sensitivity: low\n"));
    expect(reads).toHaveLength(2);
    expect(fresh.sensitivity).not.toBe(first.sensitivity);
  });

  it("resolves again at once when the file the thread query found has changed (or appeared)", async () => {
    const { reads, load } = counting();
    const cached = cachedConfigLoader(load, () => new Date(0));
    await cached(context("acme/widgets"), none);
    await cached(context("acme/widgets"), file("sensitivity: low\n"));
    await cached(context("acme/widgets"), file("sensitivity: low\n"));
    await cached(context("acme/widgets"), file("sensitivity: high\n"));
    await cached(context("acme/widgets"), file("sensitivity: high\n", "acme/.github"));
    expect(reads).toHaveLength(4);
  });

  it("keeps repositories and installations apart, and does not cache what it cannot name", async () => {
    const { reads, load } = counting();
    const cached = cachedConfigLoader(load, () => new Date(0));
    await cached(context("acme/a"), none);
    await cached(context("acme/b"), none);
    await cached(context("acme/a", 2), none);
    await cached(context(undefined), none);
    await cached(context(undefined), none);
    expect(reads).toEqual(["acme/a", "acme/b", "acme/a", "?", "?"]);
  });

  it("shares one resolution between events that arrive together", async () => {
    const { reads, load } = counting();
    const cached = cachedConfigLoader(load, () => new Date(0));
    await Promise.all([cached(context("acme/a"), none), cached(context("acme/a"), none), cached(context("acme/a"), none)]);
    expect(reads).toHaveLength(1);
  });
});
