// Reading a local `common-ground.yml` for `validate-config` and `analyze --config`.
import { parse as parseYaml } from "yaml";
import { parseConfig } from "../config/parse.ts";
import { defaultConfig, type Config } from "../config/schema.ts";
import { CliError, type CliIO } from "./io.ts";
import { readText, sourceName } from "./read-text.ts";

export interface ConfigFileResult {
  config: Config;
  /** Problems, each "path: reason". */
  problems: string[];
  /** The file names another with `_extends`, which only the app (not a local check) follows. */
  extendsValue?: string;
}

/** Parses and validates a YAML config file. Throws CliError when it cannot be read or is not YAML. */
export async function checkConfigFile(path: string, io: CliIO): Promise<ConfigFileResult> {
  const name = sourceName(path);
  const text = await readText(path, io.stdin);
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    throw new CliError(`${name}: not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  let extendsValue: string | undefined;
  if (raw && typeof raw === "object" && !Array.isArray(raw) && "_extends" in raw) {
    const { _extends, ...rest } = raw as Record<string, unknown>;
    if (typeof _extends !== "string") {
      const problems = ['_extends: expected a string such as "owner/repo" or "repo:path/file.yml"', ...parseConfig(rest).problems];
      return { config: defaultConfig, problems };
    }
    extendsValue = _extends;
    raw = rest;
  }
  return { ...parseConfig(raw), extendsValue };
}

/** The config of a file for `analyze --config`; an invalid file is an error there. */
export async function readConfigFile(path: string, io: CliIO): Promise<Config> {
  const { config, problems } = await checkConfigFile(path, io);
  if (problems.length) throw new CliError(`${sourceName(path)}: invalid config:\n  ${problems.join("\n  ")}`);
  return config;
}
