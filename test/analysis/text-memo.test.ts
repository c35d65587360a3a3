import { describe, expect, it } from "vitest";
import { memoByText } from "../../src/analysis/text-memo.ts";

describe("memoByText", () => {
  it("computes each distinct text once and returns the same answer", () => {
    const seen: string[] = [];
    const upper = memoByText(10, (t) => {
      seen.push(t);
      return t.toUpperCase();
    });
    expect(upper("merged, thanks")).toBe("MERGED, THANKS");
    expect(upper("merged, thanks")).toBe("MERGED, THANKS");
    expect(upper("closing as stale")).toBe("CLOSING AS STALE");
    expect(seen).toEqual(["merged, thanks", "closing as stale"]);
  });

  it("keeps at most `size` texts, dropping the oldest first", () => {
    const calls: string[] = [];
    const len = memoByText(2, (t) => {
      calls.push(t);
      return t.length;
    });
    len("a");
    len("bb");
    len("ccc"); // "a" goes
    len("bb"); // still known
    len("a"); // computed again
    expect(calls).toEqual(["a", "bb", "ccc", "a"]);
  });

  it("remembers falsy answers too", () => {
    let n = 0;
    const never = memoByText(4, () => {
      n++;
      return null;
    });
    never("x");
    never("x");
    expect(n).toBe(1);
  });
});
