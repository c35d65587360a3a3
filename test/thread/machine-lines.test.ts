// Machine-line helpers: the hand-written scanners must agree exactly with the regular
// expressions they stand in for (the tone model was trained on the cleaner's output).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDenseOrUnbroken, isMachineLine, looksMachineLike } from "../../src/thread/machine-lines.ts";
import { assertProperty } from "../support/property.ts";

describe("isDenseOrUnbroken", () => {
  // The definition the one-pass scan must agree with exactly.
  const SYMBOLS = /[{}()[\];=<>|\\/$#@*&^%~`"':,.+\-!?0-9]/g;
  const LETTERS = /[A-Za-z\u00c0-\u024f]/g;
  const oracle = (t: string): boolean =>
    /\S{60,}/.test(t) || (t.length >= 8 && (t.match(SYMBOLS)?.length ?? 0) > (t.match(LETTERS)?.length ?? 0));
  const piece = fc.constantFrom("a", "é", "ȵ", "§", " ", "\t", "\u3000", "\u2009", "\ufeff", "{", "=", "9", "(", "x".repeat(7), "f0".repeat(8), "—", "plain words here ", "a".repeat(30), "b".repeat(25));
  it("agrees with its regular-expression definition", () => {
    assertProperty(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 10 })), { maxLength: 40 }).map((p) => p.join("")), (t) => {
        expect(isDenseOrUnbroken(t)).toBe(oracle(t));
      }),
      { numRuns: 5000 },
    );
  });
  it("finds a 60-character token and ignores shorter ones", () => {
    expect(isDenseOrUnbroken(`see ${"a".repeat(60)} here`)).toBe(true);
    expect(isDenseOrUnbroken(`see ${"a".repeat(59)} ${"b".repeat(59)}`)).toBe(false);
    expect(isDenseOrUnbroken(`${"plain words here ".repeat(5)}${"c".repeat(60)}`)).toBe(true); // after the letters have won
    expect(isDenseOrUnbroken(`${"plain words here ".repeat(5)}${"c".repeat(30)}\t${"d".repeat(30)}`)).toBe(false);
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
    assertProperty(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 12 }).map((p) => p.join("")), (line) => {
        fc.pre(!isMachineLine(line));
        expect(looksMachineLike(line, true)).toBe(looksMachineLike(line));
      }),
      { numRuns: 2000 },
    );
  });
});
