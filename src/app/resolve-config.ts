// The repository's config for one event, from the config file the thread query brought along
// (no request of its own). Two cases still go through Probot's context.config: a file that
// extends another (`_extends`, which only context.config follows) and a file too large for
// GraphQL to return whole (context.config reads it in full, so nothing changes for its users).
import { configFromText, EXTENDS, unreadableConfig } from "../config/from-text.ts";
import type { ConfigContext } from "../config/load.ts";
import { defaultConfig, type Config } from "../config/schema.ts";
import type { ConfigSource } from "../github/index.ts";

/** Reads the config through Probot's context.config (src/config/load.ts). */
export type ContextConfigLoader = (context: ConfigContext) => Promise<Config>;

/** The validated config; the defaults (after one warning) when the file is unreadable or invalid. Never throws. */
export async function resolveConfig(source: ConfigSource, context: ConfigContext, viaContextConfig: ContextConfigLoader): Promise<Config> {
  switch (source.kind) {
    case "none":
      return defaultConfig;
    case "unreadable":
      return unreadableConfig(source.repository, source.reason, context.log);
    case "truncated":
      return viaContextConfig(context);
    case "file": {
      const config = configFromText(source.text, source.repository, context.log);
      return config === EXTENDS ? viaContextConfig(context) : config;
    }
  }
}
