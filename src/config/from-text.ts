// The config from the text of `.github/common-ground.yml` as the thread query returned it,
// read the way Probot's context.config reads a file (YAML, an empty file is `{}`, a bare
// string is an error) and validated by parseConfig. A file that extends another is not read
// here: only context.config follows `_extends`. Never throws: a bad file costs one warning.
import { parse as parseYaml } from "yaml";
import { CONFIG_FILE, safeWarn, validatedConfig, type ConfigLog } from "./load.ts";
import { defaultConfig, type Config } from "./schema.ts";

/** The file uses `_extends`: read it through context.config instead. */
export const EXTENDS = "extends";

function parseText(text: string): unknown {
  let raw: unknown;
  try {
    raw = parseYaml(text, { logLevel: "error" }) || {};
  } catch {
    throw new Error("invalid YAML");
  }
  if (typeof raw === "string") throw new Error("YAML is not an object");
  return raw;
}

/** The validated config of `repository`'s file, or EXTENDS when the file names another with `_extends`. */
export function configFromText(text: string, repository: string, log: ConfigLog): Config | typeof EXTENDS {
  let raw: unknown;
  try {
    raw = parseText(text);
  } catch (error) {
    return unreadableConfig(repository, (error as Error).message, log);
  }
  if (raw && typeof raw === "object" && !Array.isArray(raw) && "_extends" in raw) return EXTENDS;
  return validatedConfig(raw, log, { repository });
}

/** The defaults, after one warning saying why `repository`'s file could not be used. */
export function unreadableConfig(repository: string, reason: string, log: ConfigLog): Config {
  safeWarn(log, { configFile: CONFIG_FILE, repository }, `.github/${CONFIG_FILE} could not be read (${repository}: ${reason}); using the defaults`);
  return defaultConfig;
}
