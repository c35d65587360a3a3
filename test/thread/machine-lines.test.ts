// Machine-line helpers: the hand-written scanners must agree exactly with the regular
// expressions they stand in for (the tone model was trained on the cleaner's output).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasNonSpaceRun, isMachineLine, looksMachineLike } from "../../src/thread/machine-lines.ts";

describe("hasNonSpaceRun", () => {
  const spacey = fc.array(fc.constantFrom("a", "§", " ", "\t", "\u3000", "\u2009", "\ufeff", "é", "x".repeat(7)), { maxLength: 40 }).map((p) => p.join(""));
  it("agrees with /\\S{n,}/", () => {
    fc.assert(
      fc.property(fc.oneof(spacey, fc.string({ maxLength: 80 })), fc.integer({ min: 1, max: 12 }), (t, n) => {
        expect(hasNonSpaceRun(t, n)).toBe(new RegExp(`\\S{${n},}`).test(t));
      }),
      { numRuns: 2000 },
    );
  });
  it("finds a 60-character token and ignores shorter ones", () => {
    expect(hasNonSpaceRun(`see ${"a".repeat(60)} here`, 60)).toBe(true);
    expect(hasNonSpaceRun(`see ${"a".repeat(59)} ${"b".repeat(59)}`, 60)).toBe(false);
  });
});

describe("looksMachineLike", () => {
  it("counts symbols against letters", () => {
    expect(looksMachineLike("{{ 1, 2, 3, 4 }}")).toBe(true);
    expect(looksMachineLike("plain words here")).toBe(false);
    expect(looksMachineLike("é è = 1 2")).toBe(true); // three symbols and digits, two letters (accented ones count)
  });
  it("treats a long unbroken token as machine-made", () => {
    expect(looksMachineLike(`hash ${"f0".repeat(30)}`)).toBe(true);
  });
});

describe("looksMachineLike with knownNotMachineLine", () => {
  it("gives the same answer as without the hint whenever the hint is true", () => {
    const piece = fc.constantFrom("at f (a.js:1:2)", "TypeError: x", "x = 1;", "if (a) {", "plain words", " ", "\t", "\u3000", "ERROR 1", "{", "}", "a", "2024-01-01 10:00", "$ ls");
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 12 }).map((p) => p.join("")), (line) => {
        fc.pre(!isMachineLine(line));
        expect(looksMachineLike(line, true)).toBe(looksMachineLike(line));
      }),
      { numRuns: 2000 },
    );
  });
});
