// Loading `.github/common-ground.yml` through Probot's context.config. (Stub: replaced.)
import { defaultConfig, type Config } from "./schema.ts";

/** The part of a Probot context that config loading needs. */
export interface ConfigContext {
  config: <T>(fileName: string, defaults?: T, deepMergeOptions?: unknown) => Promise<T | null>;
  log: { warn: (obj: unknown, msg?: string) => void; info: (obj: unknown, msg?: string) => void };
}

/** The repository's validated config; defaults (and one log line) when the file is invalid. Never throws. */
export async function loadConfig(_context: ConfigContext): Promise<Config> {
  return defaultConfig;
}
