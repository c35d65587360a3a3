// Profiles the full analysis of a generated thread in a child process (node --cpu-prof) and
// returns where analyzeThread spends its time: by function, self and inclusive shares.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hotSpots, type HotSpot } from "./profile-summary.ts";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export interface HotSpotReport {
  /** What was profiled, e.g. "full 1000", "incremental 1000", "hostile random unicode". */
  workload: string;
  /** By self time, any code (compromise included). */
  bySelf: HotSpot[];
  /** By inclusive time, our src/ functions only. */
  byTotal: HotSpot[];
}

/** Profiles one workload of bench/profile-target.ts (mode "full" | "incremental" | "hostile", with its argument). */
export async function profileAnalysis(mode = "full", arg = "1000", top = 12): Promise<HotSpotReport> {
  const dir = mkdtempSync(join(tmpdir(), "cg-bench-prof-"));
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--import", "tsx", "bench/profile-target.ts", mode, arg], { cwd: repoRoot, stdio: "ignore" });
      child.on("error", reject);
      child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`profile-target exited ${code}`))));
    });
    // tsx runs a loader thread that writes its own profile: keep the one that ran the analysis.
    const profiles = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
    const main = profiles.find((p) => p.nodes.some((n: { callFrame: { functionName: string } }) => n.callFrame.functionName === "analyzeThread"));
    if (!main) throw new Error("no profile contains analyzeThread");
    const all = hotSpots(main, 100_000, "analyzeThread");
    return {
      workload: `${mode} ${arg}`,
      bySelf: all.slice(0, top),
      byTotal: all.filter((h) => h.where.startsWith("src/")).sort((a, b) => b.totalShare - a.totalShare).slice(0, top),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
