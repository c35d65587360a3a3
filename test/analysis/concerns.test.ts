import { describe, expect, it } from "vitest";
import { isConcern, isExplicitConcern } from "../../src/analysis/concerns.ts";

describe("isConcern", () => {
  it.each([
    "I'm worried about maintainability: the next schema change has to be made in two places.",
    "This will break installs for users pinned to Node 16.",
    "-1, this adds a hard dependency on Redis.",
    "What about Windows users who pipe into PowerShell?",
    "I don't think we should ship this before the migration guide exists.",
    "My main concern is the memory use on large repositories.",
    "I do worry about the churn.",
    "This looks risky without a feature flag.",
  ])("finds: %s", (s) => {
    expect(isConcern(s)).toBe(true);
  });

  it.each(["This fixes the crash that broke uploads.", "The tests pass on all three platforms.", "Kill the process with SIGTERM to reproduce.", "Thanks, the new version works."])("ignores: %s", (s) => {
    expect(isConcern(s)).toBe(false);
  });

  it("tells an explicit worry from a description of breakage", () => {
    expect(isExplicitConcern("I'm worried this will break the cache.")).toBe(true);
    expect(isExplicitConcern("Scripts parse the table output, which breaks whenever a column is added.")).toBe(false);
  });
});
