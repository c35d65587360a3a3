import { describe, expect, it } from "vitest";
import { shortLinks } from "../../src/coach/short-links.ts";

describe("shortLinks", () => {
  it("turns GitHub issue, pull request and commit links into #N and short hashes", () => {
    expect(shortLinks("As noted in https://github.com/o/r/pull/21925#issuecomment-1246002997, see https://github.com/o/r/issues/3.")).toBe("As noted in #21925, see #3.");
    expect(shortLinks("fixed in https://github.com/o/r/commit/49bc55f966d91b2a407c883cf1d0f21d0cdd9f4a")).toBe("fixed in 49bc55f");
  });
  it("keeps other links as host and the start of the path, with no scheme (so not linked)", () => {
    expect(shortLinks("moved to https://gitlab.com/link2xt/logfmt-pandas")).toBe("moved to gitlab.com/link2xt/logfmt-pandas");
    expect(shortLinks("see https://docs.example.org/a/very/long/path/to/some/page.html")).toBe("see docs.example.org/a/very/long/path/t…");
    expect(shortLinks("no links here")).toBe("no links here");
  });
});
