#!/usr/bin/env node
// The `common-ground` command. Runs the TypeScript sources directly through tsx (no build
// step), so `node bin/common-ground.js …` works right after `npm ci`.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");

process.stdout.on("error", (error) => {
  // The reader went away (e.g. `| head`): stop quietly.
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  now: () => new Date(),
});
