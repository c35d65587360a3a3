import { describe, expect, it } from "vitest";
import { BoundedCache } from "../../src/app/analysis-cache.ts";

describe("BoundedCache", () => {
  it("keeps at most `limit` entries, dropping the least recently used", () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set("a", 1).set("b", 2);
    expect(cache.get("a")).toBe(1); // a is now the most recent
    cache.set("c", 3);
    expect([...cache.keys()]).toEqual(["a", "c"]);
    expect(cache.get("b")).toBeUndefined();
    cache.set("a", 10);
    cache.set("d", 4);
    expect([...cache.entries()]).toEqual([["a", 10], ["d", 4]]);
  });
});
