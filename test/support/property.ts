// Runs a fast-check property with a printed seed, so a failure in CI can always be replayed.
// FC_SEED=<n> replays a run; FC_RUNS=<n> overrides every property's number of runs (for a
// long local shake-out, e.g. FC_RUNS=20000). Counterexamples found are kept as fixed cases
// in the test files, never left to luck.
import fc from "fast-check";
import { expect } from "vitest";

function envInt(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`${name} must be an integer, got ${JSON.stringify(raw)}`);
  return n;
}

/** The seed for one property run: FC_SEED, or a fresh random 32-bit integer. */
export function propertySeed(): number {
  return envInt("FC_SEED") ?? (Math.random() * 0x1_0000_0000) | 0;
}

/** fc.assert with a seed that is logged (with the test's name) before the run starts. */
export function assertProperty<Ts>(property: fc.IProperty<Ts>, params: fc.Parameters<Ts> = {}): void {
  const seed = propertySeed();
  const numRuns = envInt("FC_RUNS") ?? params.numRuns ?? 100;
  console.log(`[fast-check] seed=${seed} runs=${numRuns} (replay: FC_SEED=${seed}) ${expect.getState().currentTestName ?? ""}`);
  fc.assert(property, { ...params, seed, numRuns });
}
