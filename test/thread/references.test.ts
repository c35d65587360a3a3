import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractMentions, extractReferences, extractReferencesAndReplaceShas, replaceShas } from "../../src/thread/references.ts";
import { assertProperty } from "../support/property.ts";

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

describe("extractReferencesAndReplaceShas", () => {
  const piece = fc.constantFrom("#12", "GH-3", "o/r#4", "o/r@abc1234", "abc1234", "deadbeef12", "1234567", "abcdefa", "x", " ", "(", "-", "/", "@", "#");
  it("equals extractReferences followed by replaceShas", () => {
    assertProperty(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 30 }).map((p) => p.join("")), (text) => {
        expect(extractReferencesAndReplaceShas(text, "§")).toEqual({ references: extractReferences(text), text: replaceShas(text, "§") });
      }),
      { numRuns: 1000 },
    );
  });
  it("replaces a SHA and reports it", () => {
    expect(extractReferencesAndReplaceShas("fixed in abc1234 see #5", "§")).toEqual({ references: ["#5", "abc1234"], text: "fixed in § see #5" });
  });
});
