// Loading `.github/common-ground.yml` through Probot's context.config (so `_extends` and the
// org's `.github` repo work, arrays replace), validated by the schema. The app takes this path
// only for a file that uses `_extends` (or is too large for the thread query); otherwise the
// file comes with the thread (see from-text.ts). Never throws: a bad or unreadable file costs
// one warning in the log and the app runs on the defaults.
import { defaultConfig, type Config } from "./schema.ts";
import { parseConfig } from "./parse.ts";
export { parseConfig, type ParsedConfig } from "./parse.ts";

export const CONFIG_FILE = "common-ground.yml";

/** The deepmerge options Probot's context.config passes on. */
export interface DeepMergeOptions {
  arrayMerge?: (target: any[], source: any[], options?: any) => any[];
}

/** Where config problems are logged. */
export interface ConfigLog {
  warn: (obj: unknown, msg?: string) => void;
  info: (obj: unknown, msg?: string) => void;
}

/** The part of a Probot context that config loading needs. */
export interface ConfigContext {
  config<T>(fileName: string, defaults?: T, deepMergeOptions?: DeepMergeOptions): Promise<T | null>;
  log: ConfigLog;
}

/** Arrays in a repo's file replace those of the file it extends, instead of concatenating. */
const replaceArrays: DeepMergeOptions = { arrayMerge: (_target, source) => source };

/** The repository's validated config; defaults (and one log line) when the file is invalid. Never throws. */
export async function loadConfig(context: ConfigContext): Promise<Config> {
  let raw: unknown;
  try {
    raw = await context.config<Record<string, unknown>>(CONFIG_FILE, {}, replaceArrays);
  } catch (error) {
    safeWarn(context.log, { configFile: CONFIG_FILE }, `.github/${CONFIG_FILE} could not be read (${reason(error)}); using the defaults`);
    return defaultConfig;
  }
  return validatedConfig(raw, context.log);
}

/** The config a parsed file stands for; the defaults, after one warning naming each problem, when it is invalid. */
export function validatedConfig(raw: unknown, log: ConfigLog, where: Record<string, unknown> = {}): Config {
  const { config, problems } = parseConfig(raw);
  if (problems.length > 0) {
    safeWarn(log, { configFile: CONFIG_FILE, ...where, problems }, `.github/${CONFIG_FILE} is invalid, using the defaults: ${problems.join("; ")}`);
  }
  return config;
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^\[@probot\/octokit-plugin-config\]\s*/, "").split("\n")[0].slice(0, 300);
}

/** Log one warning; a broken logger must not break config loading. */
export function safeWarn(log: ConfigLog, obj: Record<string, unknown>, message: string): void {
  try {
    log.warn(obj, message);
  } catch {
    // a broken logger must not break config loading
  }
}
