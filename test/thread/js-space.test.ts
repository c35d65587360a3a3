import { describe, expect, it } from "vitest";
import { isJsSpace } from "../../src/thread/js-space.ts";

describe("isJsSpace", () => {
  it("matches JavaScript's \\s on every UTF-16 code unit", () => {
    const mismatches: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) mismatches.push(c);
    expect(mismatches).toEqual([]);
  });
});

describe("isJsSpace and trim()", () => {
  it("trim() strips exactly the code units isJsSpace matches", () => {
    const mismatches: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isJsSpace(c) !== (String.fromCharCode(c).trim() === "")) mismatches.push(c);
    expect(mismatches).toEqual([]);
  });
});
