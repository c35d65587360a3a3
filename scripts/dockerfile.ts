// Reads the Dockerfile's instructions, so the Docker smoke script and the tests run exactly the
// commands the image runs (Docker itself is not available in CI).

export interface Instruction {
  op: string;
  args: string;
  /** 0-based build stage (each FROM starts one). */
  stage: number;
}

/** Instructions with line continuations joined and comments dropped. */
export function parseDockerfile(text: string): Instruction[] {
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

/** The instructions of the last stage (the image that runs). */
export function runtimeStage(all: Instruction[]): Instruction[] {
  const last = Math.max(...all.map((i) => i.stage));
  return all.filter((i) => i.stage === last);
}

/** KEY=value pairs of the ENV instructions. */
export function envOf(instructions: Instruction[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const i of instructions.filter((x) => x.op === "ENV")) {
    for (const [, key, value] of i.args.matchAll(/(\w+)=("[^"]*"|\S+)/g)) env[key] = value.replace(/^"|"$/g, "");
  }
  return env;
}

/** The exec-form (JSON array) command of CMD or HEALTHCHECK … CMD. */
export function execForm(instructions: Instruction[], op: "CMD" | "HEALTHCHECK"): string[] | undefined {
  const found = instructions.filter((i) => i.op === op).at(-1);
  if (!found) return undefined;
  const json = op === "HEALTHCHECK" ? found.args.replace(/^.*?CMD\s+/, "") : found.args;
  return JSON.parse(json) as string[];
}

/** Sources of the runtime stage's COPY instructions that copy from the build context. */
export function contextCopies(instructions: Instruction[]): string[] {
  return instructions
    .filter((i) => i.op === "COPY" && !i.args.includes("--from="))
    .flatMap((i) => i.args.split(/\s+/).filter((t) => !t.startsWith("--")).slice(0, -1));
}
