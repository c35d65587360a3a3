// Test helper: a real `redis-server` of its own on a free loopback port, without persistence
// (`--save '' --appendonly no`), that a test can stop and start again on the same port.
// `redisServerPath` is undefined on a machine without redis-server: those tests skip.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createConnection } from "node:net";
import { freePort } from "../server/server-process.ts";

function which(name: string): string | undefined {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() || undefined : undefined;
}

export const redisServerPath: string | undefined = which("redis-server");

/** The one line a test file prints when it skips for want of redis-server. */
export const NO_REDIS_NOTICE = "redis-server is not installed: skipping the Redis tests (apt-get install -y redis-server to run them)";

export class RedisServer {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  private output = "";
  port = 0;

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Start (again, on the same port after stop()); resolves once it accepts connections. */
  async start(): Promise<this> {
    if (!redisServerPath) throw new Error(NO_REDIS_NOTICE);
    if (!this.port) this.port = await freePort();
    const child = spawn(redisServerPath, ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "no"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    child.stdout!.setEncoding("utf8").on("data", (d: string) => (this.output += d));
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (this.output += d));
    this.exited = new Promise((resolve) => child.on("exit", () => resolve()));
    await this.waitForPort(10_000);
    return this;
  }

  /** Stop the server (SIGTERM) and wait until the process has exited. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await this.exited;
  }

  private async waitForPort(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child?.exitCode !== null) throw new Error(`redis-server exited early:\n${this.output}`);
      if (await accepts(this.port)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server did not listen on ${this.port} within ${timeoutMs} ms:\n${this.output}`);
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
