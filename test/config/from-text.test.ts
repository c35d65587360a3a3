// configFromText: the file's text from the thread query, read as Probot's context.config reads a
// file, then validated. One warning for a bad file, never an exception.
import { describe, expect, it } from "vitest";
import { configFromText, EXTENDS } from "../../src/config/from-text.ts";
import { defaultConfig } from "../../src/config/schema.ts";

function recorder() {
  const warnings: string[] = [];
  return { warnings, log: { warn: (_obj: unknown, msg?: string) => void warnings.push(String(msg)), info: () => {} } };
}

describe("configFromText", () => {
  it("validates the YAML and fills in the defaults", () => {
    const { warnings, log } = recorder();
    const config = configFromText("sensitivity: high\nnudges:\n  convergence: false\n", "acme/widgets", log);
    expect(config).toMatchObject({ sensitivity: "high", nudges: { escalation: true, openItems: true, convergence: false } });
    expect(warnings).toEqual([]);
  });

  it("an empty file, or one with only comments, is the defaults without a warning", () => {
    const { warnings, log } = recorder();
    expect(configFromText("", "acme/widgets", log)).toEqual(defaultConfig);
    expect(configFromText("# nothing yet\n", "acme/widgets", log)).toEqual(defaultConfig);
    expect(warnings).toEqual([]);
  });

  it("leaves a file with _extends to context.config", () => {
    const { warnings, log } = recorder();
    expect(configFromText("_extends: .github\nsensitivity: low\n", "acme/widgets", log)).toBe(EXTENDS);
    expect(warnings).toEqual([]);
  });

  it("unparsable YAML, or a bare string: one warning naming the repository, then the defaults", () => {
    for (const text of ["sensitivity: [high\n", "just words"]) {
      const { warnings, log } = recorder();
      expect(configFromText(text, "acme/.github", log)).toEqual(defaultConfig);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^\.github\/common-ground\.yml could not be read \(acme\/\.github: .*\); using the defaults$/);
    }
  });

  it("an invalid option: one warning naming every bad key, then the defaults; a broken logger is survived", () => {
    const { warnings, log } = recorder();
    expect(configFromText("sensitivity: extreme\ncooldown:\n  hours: -1\n", "acme/widgets", log)).toEqual(defaultConfig);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/sensitivity.*cooldown\.hours/);
    const broken = { warn: () => { throw new Error("logger down"); }, info: () => {} };
    expect(configFromText("sensitivity: extreme\n", "acme/widgets", broken)).toEqual(defaultConfig);
  });
});
