import { describe, expect, it } from "vitest";
import { extractMentions, extractReferences, replaceShas } from "../../src/thread/references.ts";

describe("extractMentions", () => {
  it("finds users and teams, not e-mail addresses, URLs or invalid logins", () => {
    expect(extractMentions("@alice, @bob-smith and @org/team-a; mail c@d.com, see x.com/@eve, @-bad @ok-")).toEqual([
      "alice",
      "bob-smith",
      "org/team-a",
    ]);
  });
  it("deduplicates", () => {
    expect(extractMentions("@a @a @a")).toEqual(["a"]);
  });
});

describe("extractReferences", () => {
  it("finds issue numbers, cross-repo references and SHAs", () => {
    expect(extractReferences("see #1, (#22), owner/repo#3, GH-4 and 0a1b2c3d4e")).toEqual(["#1", "#22", "owner/repo#3", "GH-4", "0a1b2c3d4e"]);
  });
  it("ignores anchors, colours, plain numbers and hex-only words", () => {
    expect(extractReferences("page#3 color #fff 1234567 deadbeef acc")).toEqual([]);
  });
  it("replaces SHAs only", () => {
    expect(replaceShas("fixed in a1b2c3d, not 1234567", "§")).toBe("fixed in §, not 1234567");
  });
});
