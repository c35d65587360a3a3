// Locating and reading the labeled data sets in ../shared/data (never copied into the repo).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The data folder: $COMMON_GROUND_DATA, else ../shared/data beside the repo. null when absent. */
export function findDataDir(): string | null {
  const candidates = [process.env.COMMON_GROUND_DATA, join(repoRoot, "..", "shared", "data")].filter(
    (p): p is string => Boolean(p),
  );
  for (const dir of candidates) if (existsSync(join(dir, "README.md")) || existsSync(join(dir, "toxicr"))) return dir;
  return null;
}

/** Like findDataDir, but exits with a clear message when the data is not there. */
export function requireDataDir(command: string): string {
  const dir = findDataDir();
  if (!dir) {
    console.error(
      `${command}: the labeled data sets were not found.\n` +
        `Looked in $COMMON_GROUND_DATA and ${join(repoRoot, "..", "shared", "data")}.\n` +
        `They are not part of this repository (several are GPL-3.0); place them there, or set COMMON_GROUND_DATA.`,
    );
    process.exit(2);
  }
  return dir;
}

/** Reads a JSON Lines file into objects (blank lines skipped). */
export function readJsonl<T = Record<string, unknown>>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}
