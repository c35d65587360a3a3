// `node --import tsx scripts/docker-smoke.ts`: what `docker build` + `docker run` would do,
// without Docker. Copies the files the image copies into a temporary directory, runs the
// image's `npm ci` there, starts the image's CMD with the image's ENV (plus throwaway
// credentials), runs the image's HEALTHCHECK, and stops it with SIGTERM. Exit 0 when all pass.
import { spawn, spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { contextCopies, envOf, execForm, parseDockerfile, runtimeStage } from "./dockerfile.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
const all = parseDockerfile(readFileSync(join(repo, "Dockerfile"), "utf8"));
const runtime = runtimeStage(all);
const work = mkdtempSync(join(tmpdir(), "cg-docker-smoke-"));

function fail(message: string): never {
  console.error(`docker smoke: FAILED: ${message}`);
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// 1. The build context, as the image's COPY instructions take it.
for (const source of new Set(contextCopies(runtime))) cpSync(join(repo, source), join(work, source), { recursive: true });

// 2. The dependency install of the build stages (npm ci only: never clean the machine's npm cache).
for (const run of all.filter((i) => i.op === "RUN" && i.stage < runtime[0].stage)) {
  for (const command of run.args.split("&&").map((c) => c.trim()).filter((c) => c.startsWith("npm ci"))) {
    console.log(`docker smoke: ${command}`);
    const result = spawnSync(command, { cwd: work, shell: true, stdio: "inherit" });
    if (result.status !== 0) fail(`"${command}" exited with ${result.status}`);
  }
}

// 3. CMD with the image's environment.
const cmd = execForm(runtime, "CMD") ?? fail("no CMD");
const check = execForm(runtime, "HEALTHCHECK") ?? fail("no HEALTHCHECK");
const port = String(await freePort());
const key = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
const env = { PATH: process.env.PATH ?? "", HOME: work, ...envOf(runtime), PORT: port, APP_ID: "1", PRIVATE_KEY: key, WEBHOOK_SECRET: "smoke" };
console.log(`docker smoke: ${cmd.join(" ")} (PORT=${port})`);
const server = spawn(cmd[0] === "node" ? process.execPath : cmd[0], cmd.slice(1), { cwd: work, env, stdio: ["ignore", "inherit", "inherit"] });
const exited = new Promise<number | null>((resolve) => server.on("exit", (code) => resolve(code)));

// 4. The HEALTHCHECK, until healthy or 30 s.
const runCheck = () => spawnSync(check[0] === "node" ? process.execPath : check[0], check.slice(1), { env, timeout: 10_000 }).status;
let healthy = false;
for (let i = 0; i < 60 && !healthy && server.exitCode === null; i++) {
  await new Promise((r) => setTimeout(r, 500));
  healthy = runCheck() === 0;
}
if (!healthy) {
  server.kill("SIGTERM");
  fail("the HEALTHCHECK never passed");
}
console.log("docker smoke: HEALTHCHECK passed");

// 5. `docker stop` sends SIGTERM.
server.kill("SIGTERM");
const code = await exited;
if (code !== 0) fail(`SIGTERM exit code ${code}`);
rmSync(work, { recursive: true, force: true });
console.log("docker smoke: ok");
