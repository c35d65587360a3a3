import { describe, expect, it } from "vitest";
import { memoByBody, memoByText, textKey } from "../../src/analysis/text-memo.ts";

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

describe("memoByBody and textKey", () => {
  it("computes each distinct body once, keyed without holding the body", () => {
    const seen: string[] = [];
    const closes = memoByBody(10, (body) => {
      seen.push(body);
      return body.startsWith("Closing");
    });
    const body = "Closing this for now, feel free to reopen.";
    expect(closes(body)).toBe(true);
    expect(closes(`${body}`)).toBe(true);
    expect(closes("Still broken on 2.3.")).toBe(false);
    expect(seen).toHaveLength(2);
  });

  it("tells apart bodies of the same length", () => {
    expect(textKey("merged, thanks")).not.toBe(textKey("merged, thankz"));
    expect(textKey("ab")).not.toBe(textKey("ba"));
    expect(textKey("")).toBe(textKey(""));
    expect(textKey("same text")).toBe(textKey("same text"));
  });
});
