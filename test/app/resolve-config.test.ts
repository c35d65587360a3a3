// resolveConfig: which config source takes which path. Only `_extends` files and files too
// large for the thread query go through context.config.
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/app/resolve-config.ts";
import type { ConfigContext } from "../../src/config/load.ts";
import { defaultConfig, type Config } from "../../src/config/schema.ts";

function setup() {
  const warnings: string[] = [];
  const viaContext: string[] = [];
  const context = { config: async () => ({}), log: { warn: (_o: unknown, m?: string) => void warnings.push(String(m)), info: () => {} } } as unknown as ConfigContext;
  const fromContext = async (): Promise<Config> => {
    viaContext.push("read");
    return { ...defaultConfig, sensitivity: "low" };
  };
  return { warnings, viaContext, context, fromContext };
}

describe("resolveConfig", () => {
  it("none: the defaults, nothing read, nothing logged", async () => {
    const s = setup();
    expect(await resolveConfig({ kind: "none" }, s.context, s.fromContext)).toEqual(defaultConfig);
    expect([...s.viaContext, ...s.warnings]).toEqual([]);
  });

  it("a file: parsed here, unless it uses _extends", async () => {
    const s = setup();
    expect((await resolveConfig({ kind: "file", repository: "acme/w", text: "sensitivity: high\n" }, s.context, s.fromContext)).sensitivity).toBe("high");
    expect(s.viaContext).toEqual([]);
    expect((await resolveConfig({ kind: "file", repository: "acme/w", text: "_extends: other\n" }, s.context, s.fromContext)).sensitivity).toBe("low");
    expect(s.viaContext).toEqual(["read"]);
  });

  it("truncated: read in full through context.config", async () => {
    const s = setup();
    expect((await resolveConfig({ kind: "truncated", repository: "acme/w" }, s.context, s.fromContext)).sensitivity).toBe("low");
    expect(s.viaContext).toEqual(["read"]);
  });

  it("unreadable: one warning with the reason, the defaults", async () => {
    const s = setup();
    expect(await resolveConfig({ kind: "unreadable", repository: "acme/w", reason: "it is a directory, not a file" }, s.context, s.fromContext)).toEqual(defaultConfig);
    expect(s.warnings).toEqual([".github/common-ground.yml could not be read (acme/w: it is a directory, not a file); using the defaults"]);
  });
});
