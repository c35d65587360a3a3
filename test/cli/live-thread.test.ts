// Recognising a live thread argument: owner/repo#N and github.com URLs.
import { describe, expect, it } from "vitest";
import { loadLiveThread, parseThreadLocator } from "../../src/cli/live-thread.ts";

describe("parseThreadLocator", () => {
  it("reads owner/repo#N", () => {
    expect(parseThreadLocator("acme/widgets#12")).toEqual({ owner: "acme", repo: "widgets", number: 12 });
    expect(parseThreadLocator("a-b/c.d_e#1")).toEqual({ owner: "a-b", repo: "c.d_e", number: 1 });
  });

  it("reads pull, issue and discussion URLs, with the kind", () => {
    expect(parseThreadLocator("https://github.com/acme/widgets/pull/7/files")).toEqual({ owner: "acme", repo: "widgets", number: 7, kind: "pull_request" });
    expect(parseThreadLocator("https://github.com/acme/widgets/issues/8#issuecomment-1")).toMatchObject({ number: 8, kind: "issue" });
    expect(parseThreadLocator("https://github.com/acme/widgets/discussions/9")).toMatchObject({ number: 9, kind: "discussion" });
  });

  it("rejects anything else", () => {
    for (const arg of ["thread.json", "acme/widgets", "acme#3", "acme/widgets#x", "-", "https://github.com/acme/widgets/tree/main"]) {
      expect(parseThreadLocator(arg), arg).toBeUndefined();
    }
  });
});

describe("loadLiveThread", () => {
  it("asks for GITHUB_TOKEN before touching the network", async () => {
    await expect(loadLiveThread({ owner: "acme", repo: "widgets", number: 1 }, {})).rejects.toThrow(/GITHUB_TOKEN/);
  });
});
