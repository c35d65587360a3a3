// The Dockerfile cannot be built here, so check what it promises and run its commands
// outside Docker: the CMD is `npm start`'s command, and with the image's environment the
// server answers the image's own HEALTHCHECK.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { contextCopies, envOf, execForm, parseDockerfile, runtimeStage } from "../../scripts/dockerfile.ts";
import { freePort, repoRoot, rsaPrivateKey, startServer, waitUntilServing, type ServerProcess } from "./server-process.ts";

const dockerfile = parseDockerfile(readFileSync(join(repoRoot, "Dockerfile"), "utf8"));
const runtime = runtimeStage(dockerfile);
const lastStage = runtime[0].stage;
const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
const runtimeEnv = () => envOf(runtime);

function command(op: "CMD" | "HEALTHCHECK"): string[] {
  const found = execForm(runtime, op);
  expect(found, op).toBeDefined();
  return found!;
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
    expect(command("CMD").join(" ")).toBe(pkg.scripts.start);
    const copied = contextCopies(runtime);
    for (const needed of ["package.json", "package-lock.json", "app.yml", "src"]) expect(copied).toContain(needed);
    const ignored = readFileSync(join(repoRoot, ".dockerignore"), "utf8").split("\n").map((l) => l.trim());
    for (const needed of ["package.json", "package-lock.json", "app.yml", "src"]) expect(ignored).not.toContain(needed);
    expect(ignored).toContain(".env");
    expect(ignored).toContain("node_modules");
  });

  it("has a HEALTHCHECK that uses node (no curl in the image) against /ping", () => {
    const check = command("HEALTHCHECK");
    expect(check[0]).toBe("node");
    expect(check.join(" ")).toContain("/ping");
  });
});

describe("the image's commands, outside Docker", { timeout: 90_000 }, () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it("CMD with the image's environment serves /ping, and the HEALTHCHECK passes, then fails once stopped", async () => {
    const port = await freePort();
    const [program, ...args] = command("CMD");
    expect(program).toBe("node");
    server = await startServer(
      { ...runtimeEnv(), PORT: String(port), APP_ID: "12345", PRIVATE_KEY: rsaPrivateKey(), WEBHOOK_SECRET: "docker-test-secret" },
      args,
    );
    await waitUntilServing(server);
    const [checkCommand, ...checkArgs] = command("HEALTHCHECK");
    expect(checkCommand).toBe("node");
    const healthy = spawnSync(process.execPath, checkArgs, { env: { ...process.env, PORT: String(port) }, timeout: 15_000 });
    expect(healthy.status).toBe(0);

    await server.stop();
    expect(await server.exited).toBe(0); // SIGTERM (what `docker stop` sends) shuts down cleanly
    const unhealthy = spawnSync(process.execPath, checkArgs, { env: { ...process.env, PORT: String(port) }, timeout: 15_000 });
    expect(unhealthy.status).toBe(1);
  });
});
