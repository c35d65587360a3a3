// Runs one bench case in a fresh Node process (so its peak RSS and cold costs are its own) and
// reads back its JSON result. A case module calls `emitResult` from its `isMain` branch.
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

const MARK = "@@bench-result ";
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

/** True when this module is the process's entry point. */
export function isMain(metaUrl: string): boolean {
  return Boolean(process.argv[1]) && pathToFileURL(process.argv[1]).href === metaUrl;
}

export function emitResult(value: unknown): void {
  process.stdout.write(`${MARK}${JSON.stringify(value)}\n`);
}

/** `node --import tsx bench/<file> ...args` in the repo root; resolves with the emitted result. */
export function runInChild<T>(file: string, args: string[] = [], env: Record<string, string> = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `bench/${file}`, ...args], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.split("\n").find((l) => l.startsWith(MARK));
      if (code !== 0 || !line) return reject(new Error(`bench/${file} ${args.join(" ")} exited ${code}: ${err.slice(-2000)}`));
      resolve(JSON.parse(line.slice(MARK.length)) as T);
    });
  });
}
