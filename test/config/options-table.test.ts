// The README's option table is generated from the schema and up to date.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configOptionsTable, withOptionsTable } from "../../src/config/options-table.ts";
import { defaultConfig } from "../../src/config/schema.ts";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README configuration table", () => {
  it("is up to date with the schema (run `npm run schema` after changing it)", () => {
    expect(withOptionsTable(readme)).toBe(readme);
  });

  it("has one row per leaf option, each with the default the app really uses", () => {
    const rows = configOptionsTable().split("\n").slice(2);
    const byPath = new Map(rows.map((r) => [/^\| `([^`]+)`/.exec(r)![1], r]));
    const leafPaths = (obj: Record<string, unknown>, prefix = ""): string[] =>
      Object.entries(obj).flatMap(([k, v]) =>
        v && typeof v === "object" && !Array.isArray(v) ? leafPaths(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    const paths = leafPaths(defaultConfig as unknown as Record<string, unknown>);
    expect([...byPath.keys()].filter((p) => p !== "_extends").sort()).toEqual([...paths].sort());
    for (const path of paths) {
      const value = path.split(".").reduce<any>((v, k) => v[k], defaultConfig);
      expect(byPath.get(path), path).toContain(`\`${JSON.stringify(value)}\``);
    }
  });

  it("refuses a README without the markers rather than appending somewhere", () => {
    expect(() => withOptionsTable("# no markers")).toThrow(/markers/);
  });
});
