// Test helper: starts `node --import tsx src/main.ts` (what `npm start` runs) on a free
// loopback port and waits until it answers.
import { spawn, type ChildProcess } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function rsaPrivateKey(): string {
  return generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  base: string;
  /** Everything written to stdout and stderr so far. */
  output: () => string;
  /** Resolves with the exit code once the process ended. */
  exited: Promise<number | null>;
  stop: () => Promise<void>;
}

/**
 * The environment minus anything from the developer's shell that changes Probot's behaviour.
 * npm_lifecycle_event too: under `npx vitest` it says "npx", and Probot then fetches a missing
 * smee-client with npx instead of importing the installed one as under `npm start`.
 */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (/^(APP_ID|PRIVATE_KEY|PRIVATE_KEY_PATH|WEBHOOK_SECRET|WEBHOOK_PROXY_URL|NO_SMEE_SETUP|GHE_HOST|GHE_PROTOCOL|HOST|PORT|NODE_ENV|LOG_LEVEL|LOG_FORMAT|REDIS_URL|SENTRY_DSN|npm_lifecycle_event|VITEST.*)$/.test(key)) continue;
    env[key] = value;
  }
  return env;
}

/** Starts `command` (default: `npm start`'s) in `cwd` (default: the repository), where `.env` is read and written. */
export async function startServer(env: Record<string, string>, command: string[] = ["--import", "tsx", "src/main.ts"], cwd = repoRoot): Promise<ServerProcess> {
  const port = Number(env.PORT) || (await freePort());
  const child = spawn(process.execPath, command, {
    cwd,
    env: { ...cleanEnv(), NO_SMEE_SETUP: "true", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (output += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  return { child, port, base: `http://127.0.0.1:${port}`, output: () => output, exited, stop };
}

/** Polls `url` until it answers (any status) or the process exits; throws after `timeoutMs`. */
export async function waitUntilServing(server: ServerProcess, path = "/ping", timeoutMs = 25_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let done = false;
  server.exited.then(() => (done = true));
  while (Date.now() < deadline) {
    if (done) throw new Error(`server exited early:\n${server.output()}`);
    try {
      await fetch(`${server.base}${path}`, { redirect: "manual" });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`server did not answer within ${timeoutMs} ms:\n${server.output()}`);
}
