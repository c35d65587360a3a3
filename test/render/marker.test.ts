import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MARKER_MAX_BYTES, decodeMarker, encodeMarker } from "../../src/render/marker.ts";
import { assertProperty } from "../support/property.ts";

const state = { v: 1, coachOff: false, handled: ["c1:summarize"], nudge: { kind: "escalation", at: "2026-01-01T00:00:00Z", commentIds: ["x"] } };

describe("encodeMarker / decodeMarker", () => {
  it("round-trips a state inside a comment body", () => {
    const body = `Some coaching text.\n\n${encodeMarker(state)}`;
    expect(decodeMarker(body)).toEqual(state);
  });

  it("is a single-line HTML comment with a versioned base64url payload", () => {
    const m = encodeMarker({ text: "ünïcødé ✓ <>&--" });
    expect(m).toMatch(/^<!-- common-ground:state v1 [A-Za-z0-9_-]+ -->$/);
    expect(m.slice(4, -3)).not.toContain("-->");
  });

  it("round-trips any JSON value (property)", () => {
    assertProperty(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const normalised = JSON.parse(JSON.stringify(value)) as unknown;
        expect(decodeMarker(`x\n${encodeMarker(value)}\ny`)).toEqual(normalised);
      }),
      { numRuns: 300 },
    );
  });

  it("tolerates CRLF rewriting and wrapped payloads", () => {
    const marker = encodeMarker(state);
    const payload = marker.split(" ")[3];
    const wrapped = `<!-- common-ground:state v1\r\n${payload.slice(0, 10)}\r\n${payload.slice(10)}\r\n-->`;
    expect(decodeMarker(`text\r\n\r\n${wrapped}`)).toEqual(state);
  });

  it("takes the last marker when there are several", () => {
    const body = `${encodeMarker({ n: 1 })}\n${encodeMarker({ n: 2 })}`;
    expect(decodeMarker(body)).toEqual({ n: 2 });
  });

  it("returns null for absent, malformed, other-version or truncated markers", () => {
    const good = encodeMarker(state);
    const cases = [
      "",
      "no marker here",
      good.replace("v1", "v2"),
      good.replace("v1 ", ""),
      good.replace(" -->", ""),
      good.slice(0, good.length - 20) + " -->",
      "<!-- common-ground:state v1 !!!! -->",
      "<!-- common-ground:state v1 a -->",
      `<!-- common-ground:state v1 ${Buffer.from("not json").toString("base64url")} -->`,
      `<!-- common-ground:state v1 ${Buffer.from([0xff, 0xfe, 0x22]).toString("base64url")} -->`,
    ];
    for (const body of cases) expect(decodeMarker(body)).toBeNull();
  });

  it("refuses oversize states on both sides", () => {
    const big = { s: "x".repeat(MARKER_MAX_BYTES) };
    expect(() => encodeMarker(big)).toThrow(RangeError);
    const forged = `<!-- common-ground:state v1 ${Buffer.from(JSON.stringify(big)).toString("base64url")} -->`;
    expect(decodeMarker(forged)).toBeNull();
  });

  it("refuses values JSON cannot represent", () => {
    expect(() => encodeMarker(undefined)).toThrow(TypeError);
  });

  it("never throws on arbitrary input (property)", () => {
    const fragment = fc.oneof(fc.string(), fc.constantFrom("<!-- common-ground:state", " v1 ", "-->", "eyJ", "==", "\r\n", " "));
    assertProperty(
      fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
        expect(() => decodeMarker(parts.join(""))).not.toThrow();
      }),
      { numRuns: 1000 },
    );
    expect(decodeMarker(undefined as unknown as string)).toBeNull();
  });

  it("stays fast on a huge body", () => {
    const body = `${"<!-- common-ground:state v1 ".repeat(3000)}${"A".repeat(60000)}`;
    const t0 = performance.now();
    expect(decodeMarker(body)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
