// Cold start: from spawning the server (`node --import tsx src/main.ts`, with app credentials
// and a fake GitHub Enterprise host on loopback) until GET /ping answers; and, in a fresh
// process, the time to load the analysis and run the first analysis of a 100-comment thread.
import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { FakeGitHubServer } from "../test/support/fake-github-server.ts";
import { emitResult, isMain, runInChild } from "./child.ts";
import { median } from "./timing.ts";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export interface ServerStart {
  readyMs: number;
  /** Resident memory of the idle server right after it answered /ping. */
  idleRssMb: number | null;
}

export interface FirstAnalysis {
  /** Importing compromise, first thing in the process. */
  compromiseMs: number;
  /** Then importing the analysis modules (compromise already loaded). */
  analysisMs: number;
  /** From process start to the analysis modules loaded (tsx compile included). */
  importMs: number;
  firstMs: number;
  secondMs: number;
  comments: number;
}

export interface ColdStartResult {
  starts: ServerStart[];
  medianReadyMs: number;
  firstAnalysis: FirstAnalysis;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function rssOf(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** Spawns the server once and polls /ping every 10 ms; returns how long until PONG. */
export async function timeServerStart(gheHost: string, privateKey: string, timeoutMs = 30_000): Promise<ServerStart> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, APP_ID: "12345", PRIVATE_KEY: privateKey, WEBHOOK_SECRET: "bench-secret", GHE_HOST: gheHost, GHE_PROTOCOL: "http", PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", NODE_ENV: "production" };
  const t0 = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: repoRoot, env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  try {
    while (performance.now() - t0 < timeoutMs) {
      if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${stderr.slice(-1000)}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/ping`);
        if (res.ok && (await res.text()).includes("PONG")) {
          const readyMs = performance.now() - t0;
          return { readyMs, idleRssMb: child.pid ? rssOf(child.pid) : null };
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`server not ready after ${timeoutMs} ms: ${stderr.slice(-1000)}`);
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
  }
}

export async function measureColdStart(runs = 3): Promise<ColdStartResult> {
  const github = await new FakeGitHubServer().start();
  const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
  const starts: ServerStart[] = [];
  try {
    for (let i = 0; i < runs; i++) starts.push(await timeServerStart(github.host, privateKey));
  } finally {
    await github.stop();
  }
  const firstAnalysis = await runInChild<FirstAnalysis>("first-analysis.ts");
  return { starts, medianReadyMs: median(starts.map((s) => s.readyMs)), firstAnalysis };
}

if (isMain(import.meta.url)) emitResult(await measureColdStart(Number(process.argv[2] ?? 3)));
