// The CLI entry: picks the command, runs it, turns errors into one clear stderr line and an
// exit code. Commands are imported on demand so `--help` and `--version` start instantly.
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE, write, type CliIO } from "./io.ts";
import { USAGE } from "./help.ts";
import { packageVersion } from "./version.ts";

type Command = (args: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import("./analyze.ts")).analyzeCommand,
  score: async () => (await import("./score.ts")).scoreCommand,
  "validate-config": async () => (await import("./validate-config.ts")).validateConfigCommand,
  digest: async () => (await import("./digest.ts")).digestCommand,
};

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    await write(name === undefined ? io.stderr : io.stdout, USAGE);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === "-v" || name === "--version") {
    await write(io.stdout, `${packageVersion()}\n`);
    return EXIT_OK;
  }
  const load = COMMANDS[name];
  if (!load) {
    await write(io.stderr, `common-ground: unknown command "${name}"\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    await write(io.stdout, USAGE);
    return EXIT_OK;
  }
  try {
    return await (await load())(rest, io);
  } catch (error) {
    const usage = (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    const code = error instanceof CliError ? error.exitCode : usage ? EXIT_USAGE : EXIT_INVALID;
    const message = error instanceof Error ? error.message : String(error);
    await write(io.stderr, `common-ground ${name}: ${message}\n`);
    if (!(error instanceof CliError) && !usage && io.env.DEBUG) await write(io.stderr, `${(error as Error).stack ?? ""}\n`);
    return code;
  }
}
