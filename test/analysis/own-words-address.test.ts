// Whom a reply opens by addressing: one reader (analysis/own-words.ts) for the thread's answer, the
// contest of an outcome and the summary's "Since then" line. Hand-written bodies.
import { describe, expect, it } from "vitest";
import { addressesOnlyOthers, openingAddressees } from "../../src/analysis/own-words.ts";

describe("openingAddressees / addressesOnlyOthers", () => {
  it("reads the @names of the first line that is not a quote, lower-cased", () => {
    expect(openingAddressees("> @ana said so\n\n@Kai, @lee: the flag is gone")).toEqual(["kai", "lee"]);
    expect(openingAddressees("Thanks @kai, that works")).toEqual([]);
  });

  it("is true only when every name is someone other than the given login", () => {
    expect(addressesOnlyOthers("@kai I think the package does not solve this", "ana")).toBe(true);
    expect(addressesOnlyOthers("@kai @ana the flag is gone", "ana")).toBe(false);
    expect(addressesOnlyOthers("The flag is gone", "ana")).toBe(false);
  });
});
