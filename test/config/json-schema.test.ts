// The committed JSON Schema for editors matches the zod schema, and documents every option.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_PATH, configJsonSchema, configJsonSchemaText } from "../../src/config/json-schema.ts";
import { defaultConfig } from "../../src/config/schema.ts";

interface Node { type?: string; description?: string; default?: unknown; properties?: Record<string, Node>; additionalProperties?: unknown }

/** Every [path, node] of the schema's object properties, depth first. */
function walk(node: Node, prefix = ""): [string, Node][] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [[path, child] as [string, Node], ...walk(child, path)];
  });
}

describe("config JSON Schema", () => {
  it("is committed and up to date (run `npm run schema` after changing src/config/schema.ts)", () => {
    const committed = readFileSync(new URL(`../../${JSON_SCHEMA_PATH}`, import.meta.url), "utf8");
    expect(committed).toBe(configJsonSchemaText());
  });

  it("describes every option, and every leaf option states the default the app uses", () => {
    const nodes = walk(configJsonSchema() as Node);
    expect(nodes.length).toBeGreaterThan(10);
    for (const [path, node] of nodes) {
      expect(node.description, path).toMatch(/\w/);
      if (node.type !== "object" && path !== "_extends") {
        const actual = path.split(".").reduce<any>((value, key) => value?.[key], defaultConfig);
        expect(node.default, path).toEqual(actual);
      }
    }
  });

  it("rejects unknown keys at every level, as the loader does", () => {
    const schema = configJsonSchema() as Node;
    expect(schema.additionalProperties).toBe(false);
    for (const [path, node] of walk(schema)) {
      if (node.type === "object") expect(node.additionalProperties, path).toBe(false);
    }
  });

  it("allows _extends, which Probot's loader consumes before validation", () => {
    expect(walk(configJsonSchema() as Node).map(([p]) => p)).toContain("_extends");
  });
});
