// `common-ground validate-config <file.yml>`: each problem with its key path; exit 1 if invalid.
import { parseArgs } from "node:util";
import { checkConfigFile } from "./config-file.ts";
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE, write, type CliIO } from "./io.ts";
import { sourceName } from "./read-text.ts";

export async function validateConfigCommand(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new CliError("validate-config needs exactly one file, e.g. .github/common-ground.yml", EXIT_USAGE);
  const name = sourceName(positionals[0]);
  const { problems, extendsValue } = await checkConfigFile(positionals[0], io);
  const note = extendsValue ? ` (its _extends "${extendsValue}" is only followed by the app)` : "";
  if (problems.length === 0) {
    await write(io.stdout, `${name}: valid${note}\n`);
    return EXIT_OK;
  }
  const lines = problems.map((p) => `${name}: ${p}\n`).join("");
  await write(io.stderr, `${lines}${name}: invalid, ${problems.length} problem${problems.length === 1 ? "" : "s"}; the app would use the defaults${note}\n`);
  return EXIT_INVALID;
}
