import { describe, expect, it } from "vitest";
import { withoutQuotedLines } from "../../src/thread/quoted-lines.ts";

describe("withoutQuotedLines", () => {
  it("drops quoted lines at any indentation and keeps the rest, code included", () => {
    expect(withoutQuotedLines("> see #12\n  > > nested\nMoved to #8550.\n```\n> not a quote in code? still starts with >\n```")).toBe("Moved to #8550.\n```\n```");
    expect(withoutQuotedLines("no quotes here\nat all")).toBe("no quotes here\nat all");
  });
});
