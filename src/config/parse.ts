// Pure validation of a raw config object (parsed YAML) against the schema: the config to use
// plus one readable problem per bad key ("nudges.escalaton: unknown option (did you mean …)").
import type { z } from "zod";
import { configSchema, defaultConfig, type Config } from "./schema.ts";

export interface ParsedConfig {
  /** The validated config, or the defaults when there was any problem. */
  config: Config;
  /** One line per problem, each starting with the key path. Empty when valid. */
  problems: string[];
}

/** Validates `raw` (null/undefined = no file = defaults). Invalid → the defaults and the problems. */
export function parseConfig(raw: unknown): ParsedConfig {
  if (raw === null || raw === undefined) return { config: defaultConfig, problems: [] };
  const result = configSchema.safeParse(raw);
  if (result.success) return { config: result.data, problems: [] };
  return { config: defaultConfig, problems: result.error.issues.flatMap(describeIssue) };
}

/** "ignore.users[1]" from ["ignore", "users", 1]; "(top level)" for the root. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(top level)";
}

function describeIssue(issue: z.core.$ZodIssue): string[] {
  if (issue.code === "unrecognized_keys") {
    const known = knownKeysAt(issue.path);
    return issue.keys.map((key) => {
      const hint = closest(key, known);
      return `${formatPath([...issue.path, key])}: unknown option${hint ? ` (did you mean "${hint}"?)` : ""}`;
    });
  }
  return [`${formatPath(issue.path)}: ${issue.message.replace(/^(Invalid (input|option)|Too (small|big)): /, "")}`];
}

/** The option names allowed in the object at `path` of the schema. */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let node: unknown = configSchema;
  for (const part of path) node = shapeOf(node)?.[String(part)];
  return Object.keys(shapeOf(node) ?? {});
}

/** Unwraps default/prefault/optional wrappers down to an object's shape. */
function shapeOf(schema: unknown): Record<string, unknown> | undefined {
  let current = schema as { _zod?: { def: { type: string; shape?: Record<string, unknown>; innerType?: unknown } } } | undefined;
  for (let depth = 0; current?._zod && depth < 8; depth++) {
    const def = current._zod.def;
    if (def.type === "object") return def.shape;
    current = def.innerType as typeof current;
  }
  return undefined;
}

/** The known key within edit distance 2 of `key` (case-insensitive), if any. */
function closest(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}
