// Evaluation section: thread. (Stub: replaced by the real implementation.)
import type { EvalSection } from "./section.ts";

export async function run(_dataDir: string): Promise<EvalSection[]> {
  return [];
}
