// The Dockerfile cannot be built here, so check what it promises and run its commands
// outside Docker: the CMD is `npm start`'s command, and with the image's environment the
// server answers the image's own HEALTHCHECK.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort, repoRoot, rsaPrivateKey, startServer, waitUntilServing, type ServerProcess } from "./server-process.ts";

interface Instruction { op: string; args: string; stage: number }

/** Dockerfile instructions with line continuations joined and comments dropped. */
function instructions(text: string): Instruction[] {
  const joined = text.replace(/\\\r?\n/g, " ");
  let stage = -1;
  return joined
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((line) => {
      const [, op, args] = /^(\S+)\s*(.*)$/.exec(line)!;
      if (op.toUpperCase() === "FROM") stage++;
      return { op: op.toUpperCase(), args: args.trim(), stage };
    });
}

const dockerfile = instructions(readFileSync(join(repoRoot, "Dockerfile"), "utf8"));
const lastStage = Math.max(...dockerfile.map((i) => i.stage));
const runtime = dockerfile.filter((i) => i.stage === lastStage);
const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));

function runtimeEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const i of runtime.filter((x) => x.op === "ENV")) {
    for (const [, key, value] of i.args.matchAll(/(\w+)=("[^"]*"|\S+)/g)) env[key] = value.replace(/^"|"$/g, "");
  }
  return env;
}

function execForm(op: string): string[] {
  const found = runtime.find((i) => i.op === op);
  expect(found, op).toBeDefined();
  const json = op === "HEALTHCHECK" ? found!.args.replace(/^.*?CMD\s+/, "") : found!.args;
  return JSON.parse(json) as string[];
}

describe("Dockerfile", () => {
  it("is multi-stage and installs production dependencies only, with npm ci", () => {
    expect(lastStage).toBeGreaterThanOrEqual(1);
    const installs = dockerfile.filter((i) => i.op === "RUN" && /\bnpm ci\b/.test(i.args));
    expect(installs.length).toBeGreaterThan(0);
    for (const i of installs) expect(i.args).toContain("--omit=dev");
    expect(runtime.some((i) => i.op === "COPY" && i.args.includes("--from=") && i.args.includes("node_modules"))).toBe(true);
  });

  it("runs as a non-root user with HOST=0.0.0.0 and NODE_ENV=production", () => {
    const user = runtime.filter((i) => i.op === "USER").at(-1)?.args;
    expect(user).toBeDefined();
    expect(["root", "0"]).not.toContain(user);
    expect(runtimeEnv()).toMatchObject({ HOST: "0.0.0.0", NODE_ENV: "production" });
  });

  it("starts with exactly npm start's command, and copies what that command reads", () => {
    expect(execForm("CMD").join(" ")).toBe(pkg.scripts.start);
    const copied = runtime.filter((i) => i.op === "COPY" && !i.args.includes("--from=")).map((i) => i.args).join(" ");
    for (const needed of ["package.json", "app.yml", "src"]) expect(copied).toContain(needed);
    const ignored = readFileSync(join(repoRoot, ".dockerignore"), "utf8").split("\n").map((l) => l.trim());
    for (const needed of ["package.json", "package-lock.json", "app.yml", "src"]) expect(ignored).not.toContain(needed);
    expect(ignored).toContain(".env");
    expect(ignored).toContain("node_modules");
  });

  it("has a HEALTHCHECK that uses node (no curl in the image) against /ping", () => {
    const check = execForm("HEALTHCHECK");
    expect(check[0]).toBe("node");
    expect(check.join(" ")).toContain("/ping");
  });
});

describe("the image's commands, outside Docker", () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it("CMD with the image's environment serves /ping, and the HEALTHCHECK passes, then fails once stopped", async () => {
    const port = await freePort();
    const [command, ...args] = execForm("CMD");
    expect(command).toBe("node");
    server = await startServer(
      { ...runtimeEnv(), PORT: String(port), APP_ID: "12345", PRIVATE_KEY: rsaPrivateKey(), WEBHOOK_SECRET: "docker-test-secret" },
      args,
    );
    await waitUntilServing(server);
    const [checkCommand, ...checkArgs] = execForm("HEALTHCHECK");
    expect(checkCommand).toBe("node");
    const healthy = spawnSync(process.execPath, checkArgs, { env: { ...process.env, PORT: String(port) }, timeout: 15_000 });
    expect(healthy.status).toBe(0);

    await server.stop();
    expect(await server.exited).toBe(0); // SIGTERM (what `docker stop` sends) shuts down cleanly
    const unhealthy = spawnSync(process.execPath, checkArgs, { env: { ...process.env, PORT: String(port) }, timeout: 15_000 });
    expect(unhealthy.status).toBe(1);
  });
});
