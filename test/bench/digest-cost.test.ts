// Smoke test of the digest refresh bench (bench/digest-cost.ts) on a small repository, and of its
// targets in the bench report. No timing is asserted (the machine is shared).
import { describe, expect, it } from "vitest";
import { measureDigestCost } from "../../bench/digest-cost.ts";
import { checkTargets, renderPerformanceDoc, type BenchResults } from "../../bench/report.ts";

describe("measureDigestCost", { timeout: 120_000 }, () => {
  it("creates the digest, then edits it, counting requests and saying what it left out", async () => {
    const row = await measureDigestCost(70, 60);
    expect(row.runs.map((r) => r.outcome)).toEqual(["created", "updated"]);
    // 60 of 70 threads: two issue pages, one pull-request page, one discussion page, the title search, the newest issues, the write.
    for (const r of row.runs) expect(r.requests).toBeLessThanOrEqual(8);
    expect(row.runs.every((r) => r.bodyChars > 0 && r.bodyChars < 65_536)).toBe(true);
    expect(row.threadsRead).toBeLessThanOrEqual(60);
    expect(row.truncation.some((t) => /more open threads were not read/.test(t))).toBe(true);

    const results = { machine: { cpu: "x", cores: 2, memoryGb: 1, node: "v20", platform: "linux", loadBefore: [0, 0, 0], loadAfter: [0, 0, 0], date: "", command: "", textSource: "", durationS: 1 }, sizes: [], real: [], digestCost: [{ ...row, openThreads: 500 }] } as unknown as BenchResults;
    const names = checkTargets(results).map((c) => c.name);
    expect(names).toEqual(["digest refresh, 500 open threads: requests", "digest refresh, 500 open threads: app's own time", "digest refresh, 500 open threads: body"]);
    expect(renderPerformanceDoc(results)).toContain("## Repository digest refresh");
  });
});
