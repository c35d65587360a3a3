// loadConfig through a real Probot instance and Probot's own config loader, with GitHub
// faked by nock: repo file, org `.github` fallback, `_extends`, array replacement, bad files.
import { generateKeyPairSync } from "node:crypto";
import nock from "nock";
import { Probot, ProbotOctokit, type Context } from "probot";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.ts";
import { defaultConfig, type Config } from "../../src/config/schema.ts";

const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
const api = "https://api.github.com";
const contents = (repo: string, file = ".github/common-ground.yml") => `/repos/acme/${repo}/contents/${encodeURIComponent(file)}`;

interface Logged { level: string; obj: unknown; msg?: string }

/** A logger shaped like pino's, remembering every call. */
function recordingLogger(lines: Logged[]) {
  const logger: Record<string, unknown> = {};
  for (const level of ["trace", "debug", "info", "warn", "error", "fatal"]) {
    logger[level] = (obj: unknown, msg?: string) => lines.push({ level, obj, msg });
  }
  logger.child = () => logger;
  logger.level = "info";
  return logger;
}

async function configFromEvent(logs: Logged[]): Promise<Config> {
  let loaded: Config | undefined;
  const probot = new Probot({
    appId: 1,
    privateKey,
    secret: "test",
    log: recordingLogger(logs) as never,
    Octokit: ProbotOctokit.defaults({ retry: { enabled: false }, throttle: { enabled: false } }),
  });
  await probot.load((app: Probot) => {
    app.on("issue_comment.created", async (context: Context<"issue_comment.created">) => {
      loaded = await loadConfig(context);
    });
  });
  await probot.receive({
    id: "1",
    name: "issue_comment",
    payload: {
      action: "created",
      installation: { id: 7 },
      repository: { name: "widgets", owner: { login: "acme" }, full_name: "acme/widgets" },
      issue: { number: 1 },
      comment: { id: 1, body: "hi", user: { login: "someone", type: "User" } },
    } as never,
  });
  if (!loaded) throw new Error("handler did not run");
  return loaded;
}

function yamlReply(yaml: string): [number, string, Record<string, string>] {
  return [200, yaml, { "content-type": "application/vnd.github.v3.raw; charset=utf-8" }];
}

describe("loadConfig with Probot's config loader", { timeout: 60_000 }, () => {
  let logs: Logged[];
  beforeAll(() => nock.disableNetConnect());
  beforeEach(() => {
    logs = [];
    nock(api).post("/app/installations/7/access_tokens").reply(200, { token: "t", permissions: {} }).persist();
  });
  afterEach(() => {
    const pending = nock.pendingMocks().filter((m) => !m.includes("access_tokens"));
    nock.cleanAll();
    expect(pending).toEqual([]);
  });

  it("reads the repository's own file and fills in the rest with defaults", async () => {
    nock(api).get(contents("widgets")).reply(...yamlReply("sensitivity: high\nnudges:\n  convergence: false\n"));
    const config = await configFromEvent(logs);
    expect(config.sensitivity).toBe("high");
    expect(config.nudges).toEqual({ escalation: true, openItems: true, convergence: false });
    expect(config.cooldown).toEqual(defaultConfig.cooldown);
    expect(logs.filter((l) => l.level === "warn")).toEqual([]);
  });

  it("falls back to the org's .github repository when the repo has no file", async () => {
    nock(api).get(contents("widgets")).reply(404, { message: "Not Found" });
    nock(api).get(contents(".github")).reply(...yamlReply("minComments: 9\n"));
    const config = await configFromEvent(logs);
    expect(config.minComments).toBe(9);
  });

  it("gives the defaults when neither the repo nor the org has a file", async () => {
    nock(api).get(contents("widgets")).reply(404, { message: "Not Found" });
    nock(api).get(contents(".github")).reply(404, { message: "Not Found" });
    expect(await configFromEvent(logs)).toEqual(defaultConfig);
    expect(logs.filter((l) => l.level === "warn")).toEqual([]);
  });

  it("follows _extends, the repo's values win, and arrays replace instead of concatenating", async () => {
    nock(api)
      .get(contents("widgets"))
      .reply(...yamlReply("_extends: policies:shared/coach.yml\nignore:\n  users: [dependabot-helper]\n"));
    nock(api)
      .get(contents("policies", "shared/coach.yml"))
      .reply(...yamlReply("sensitivity: low\nignore:\n  users: [release-robot, docs-robot]\n  labels: [wontfix]\n"));
    const config = await configFromEvent(logs);
    expect(config.sensitivity).toBe("low");
    expect(config.ignore.users).toEqual(["dependabot-helper"]);
    expect(config.ignore.labels).toEqual(["wontfix"]);
  });

  it("on an invalid file: one warning naming every bad key, then the defaults", async () => {
    nock(api)
      .get(contents("widgets"))
      .reply(...yamlReply("sensitivity: extreme\nnudges:\n  escalaton: false\ncooldown:\n  hours: -1\n"));
    const config = await configFromEvent(logs);
    expect(config).toEqual(defaultConfig);
    const warnings = logs.filter((l) => l.level === "warn");
    expect(warnings).toHaveLength(1);
    const text = String(warnings[0].msg);
    expect(text).toContain("common-ground.yml");
    expect(text).toContain("sensitivity");
    expect(text).toContain("nudges.escalaton");
    expect(text).toContain('did you mean "escalation"');
    expect(text).toContain("cooldown.hours");
  });

  it("on unparsable YAML: one warning and the defaults, no exception", async () => {
    nock(api).get(contents("widgets")).reply(...yamlReply("sensitivity: [high\n  nudges: {\n"));
    expect(await configFromEvent(logs)).toEqual(defaultConfig);
    const warnings = logs.filter((l) => l.level === "warn");
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0].msg)).toMatch(/could not be read.*defaults/);
  });

  it("when GitHub fails: one warning and the defaults", async () => {
    nock(api).get(contents("widgets")).reply(500, { message: "Server Error" });
    expect(await configFromEvent(logs)).toEqual(defaultConfig);
    expect(logs.filter((l) => l.level === "warn")).toHaveLength(1);
  });
});

describe("loadConfig with a minimal context", () => {
  it("never throws, even when the loader and the logger both fail", async () => {
    const context = {
      config: async () => {
        throw new Error("boom");
      },
      log: {
        warn: () => {
          throw new Error("logger down");
        },
        info: () => {},
      },
    };
    await expect(loadConfig(context)).resolves.toEqual(defaultConfig);
  });

  it("asks for common-ground.yml with {} defaults and an array merge that replaces", async () => {
    const calls: unknown[][] = [];
    const context = {
      config: async (...args: unknown[]) => {
        calls.push(args);
        return { enabled: false } as never;
      },
      log: { warn: () => {}, info: () => {} },
    };
    const config = await loadConfig(context);
    expect(config.enabled).toBe(false);
    expect(calls[0][0]).toBe("common-ground.yml");
    expect(calls[0][1]).toEqual({});
    const merge = (calls[0][2] as { arrayMerge: (a: unknown[], b: unknown[]) => unknown[] }).arrayMerge;
    expect(merge([1, 2], [3])).toEqual([3]);
  });
});
