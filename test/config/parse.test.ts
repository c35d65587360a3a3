// parseConfig: the pure validation behind loadConfig and `validate-config`.
import { describe, expect, it } from "vitest";
import { formatPath, parseConfig } from "../../src/config/parse.ts";
import { configSchema, defaultConfig } from "../../src/config/schema.ts";

describe("parseConfig", () => {
  it("treats a missing file (null/undefined) and an empty file as the defaults, with no problems", () => {
    for (const raw of [null, undefined, {}]) {
      expect(parseConfig(raw)).toEqual({ config: defaultConfig, problems: [] });
    }
  });

  it("keeps what the user set and fills the rest with defaults", () => {
    const { config, problems } = parseConfig({ sensitivity: "low", cooldown: { hours: 2 }, ignore: { labels: ["rfc-closed"] } });
    expect(problems).toEqual([]);
    expect(config.sensitivity).toBe("low");
    expect(config.cooldown).toEqual({ hours: 2, comments: defaultConfig.cooldown.comments });
    expect(config.ignore).toEqual({ users: [], labels: ["rfc-closed"] });
  });

  it("rejects unknown keys at the top level and inside nested sections, with a suggestion when close", () => {
    const { config, problems } = parseConfig({ sensitivty: "low", nudges: { escalaton: false, zzz: 1 } });
    expect(config).toEqual(defaultConfig);
    expect(problems).toContain('sensitivty: unknown option (did you mean "sensitivity"?)');
    expect(problems).toContain('nudges.escalaton: unknown option (did you mean "escalation"?)');
    expect(problems).toContain("nudges.zzz: unknown option");
  });

  it("names the path and the reason for wrong types, ranges and enum values", () => {
    const { problems } = parseConfig({
      enabled: "yes",
      sensitivity: "extreme",
      minComments: 0,
      openItems: { minLaterComments: 1.5 },
      ignore: { users: ["ok", 42] },
    });
    const byPath = (path: string) => problems.find((p) => p.startsWith(`${path}: `));
    expect(byPath("enabled")).toMatch(/boolean/);
    expect(byPath("sensitivity")).toMatch(/low.*medium.*high/);
    expect(byPath("minComments")).toMatch(/>=\s*1/);
    expect(byPath("openItems.minLaterComments")).toMatch(/int/);
    expect(byPath("ignore.users[1]")).toMatch(/string/);
    expect(problems).toHaveLength(5);
  });

  it("reports a file that is not a mapping at the top level", () => {
    expect(parseConfig(["a"]).problems).toEqual(["(top level): expected object, received array"]);
    expect(parseConfig("enabled").problems[0]).toMatch(/^\(top level\): expected object/);
  });

  it("rejects a coachOff.allowed entry outside the known associations", () => {
    const { problems } = parseConfig({ coachOff: { allowed: ["author", "maintainers"] } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^coachOff\.allowed\[1\]: /);
  });

  it("accepts every default value written out explicitly (the defaults are valid input)", () => {
    expect(parseConfig(structuredClone(defaultConfig))).toEqual({ config: defaultConfig, problems: [] });
    expect(configSchema.parse(defaultConfig)).toEqual(defaultConfig);
  });
});

describe("formatPath", () => {
  it("joins keys with dots and array indices with brackets", () => {
    expect(formatPath(["ignore", "users", 3])).toBe("ignore.users[3]");
    expect(formatPath([])).toBe("(top level)");
  });
});
