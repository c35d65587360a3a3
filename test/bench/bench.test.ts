// Smoke tests of `npm run bench`'s parts on tiny inputs: the generators make what they say,
// every measuring function runs and reports consistent shapes, the report states misses.
// No timing is asserted (the machine is shared); ../shared/data is not needed.
import { describe, expect, it } from "vitest";
import { measureApiCost } from "../../bench/api-cost.ts";
import { benchComment, countWords, generateThread, threadWords } from "../../bench/generate-threads.ts";
import { measureHostile } from "../../bench/hostile.ts";
import { hostileBodies } from "../../bench/hostile-inputs.ts";
import { measureIncremental } from "../../bench/incremental.ts";
import { lexiconBaselines } from "../../bench/lexicon-baselines.ts";
import { naiveComment, naiveThread } from "../../bench/naive.ts";
import { hotSpots } from "../../bench/profile-summary.ts";
import { checkTargets, renderPerformanceDoc, renderTable, type BenchResults } from "../../bench/report.ts";
import { measureSize, mergeProcesses, type SizeCaseResult } from "../../bench/size-case.ts";

describe("generateThread", () => {
  it("builds the asked number of comments, opening post first, in time order, with unique ids", () => {
    const { thread, words, source } = generateThread(40, { seed: 3, source: "composed" });
    expect(source).toBe("composed");
    expect(thread.comments).toHaveLength(40);
    expect(thread.comments[0].kind).toBe("body");
    expect(thread.comments.slice(1).every((c) => c.kind === "comment")).toBe(true);
    expect(new Set(thread.comments.map((c) => c.id)).size).toBe(40);
    const times = thread.comments.map((c) => Date.parse(c.createdAt));
    expect(times.every((t, i) => i === 0 || t > times[i - 1])).toBe(true);
    expect(words).toBe(threadWords(thread));
    expect(words).toBeGreaterThan(40);
  });

  it("is deterministic for a seed and differs across seeds", () => {
    const a = generateThread(15, { seed: 1, source: "composed" }).thread.comments.map((c) => c.body);
    const b = generateThread(15, { seed: 1, source: "composed" }).thread.comments.map((c) => c.body);
    const c = generateThread(15, { seed: 2, source: "composed" }).thread.comments.map((x) => x.body);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("never writes an @mention into generated text", () => {
    const { thread } = generateThread(200, { seed: 9, source: "composed" });
    expect(thread.comments.some((c) => /(^|\s)@\w/.test(c.body))).toBe(false);
  });

  it("counts words as runs of non-space characters", () => {
    expect(countWords("  one two\nthree\t")).toBe(3);
    expect(countWords("")).toBe(0);
    expect(benchComment(4, "x y", "dev", 10).body).toBe("x y");
  });
});

describe("hostileBodies", () => {
  it("makes each kind exactly the asked length, with no cut surrogate pair", () => {
    const bodies = hostileBodies(3000);
    expect(bodies.length).toBeGreaterThanOrEqual(6);
    expect(new Set(bodies.map((b) => b.name)).size).toBe(bodies.length);
    for (const b of bodies) {
      expect(b.body.length).toBe(3000);
      expect(/[\ud800-\udbff]$/.test(b.body)).toBe(false);
    }
  });
});

describe("baselines", () => {
  it("the naive design finds questions and nouns", () => {
    const r = naiveComment("Why does the cache drop entries? The parser owns the buffer.");
    expect(r.questions).toBe(1);
    expect(r.nouns).toBeGreaterThanOrEqual(2);
    expect(naiveThread(["Is it ready?", "What about Windows?"]).questions).toBe(2);
  });

  it("AFINN and VADER count a clearly negative comment and not a neutral one", () => {
    for (const b of lexiconBaselines) {
      expect(b.run(["This is terrible, awful and broken. I hate it."])).toBe(1);
      expect(b.run(["The function returns a list."])).toBe(0);
    }
  });
});

describe("measuring functions on tiny inputs", () => {
  it("measureSize reports the thread and all baselines", () => {
    const r = measureSize("6", { repeatRuns: 1 });
    expect(r.comments).toBe(6);
    expect(r.words).toBeGreaterThan(0);
    expect(r.naive.extrapolated).toBe(false);
    expect(r.lexicons.map((l) => l.name)).toEqual(lexiconBaselines.map((b) => b.name));
    expect(r.peakRssMb).toBeGreaterThan(0);
    const limited = measureSize("6", { repeatRuns: 1, naiveLimit: 2 });
    expect(limited.naive).toMatchObject({ extrapolated: true, sampleComments: 2 });
  });

  it("measureSize can time the analysis alone, and processes merge on the median one", () => {
    const only = measureSize("4", { repeatRuns: 1, analysisOnly: true });
    expect(only.lexicons).toEqual([]);
    const runs = [30, 10, 20].map((warmMs, i) => ({ ...only, warmMs, warmCpuMs: warmMs + 1, peakRssMb: 100 + i, lexicons: i === 0 ? [{ name: "first", ms: 1 }] : [] }));
    const merged = mergeProcesses(runs);
    expect(merged).toMatchObject({ warmMs: 20, warmCpuMs: 21, peakRssMb: 102, processes: 3, lexicons: [{ name: "first", ms: 1 }] });
  });

  it("measureIncremental times one event per new comment", () => {
    const r = measureIncremental(12, 2);
    expect(r.samplesMs).toHaveLength(2);
    expect(r.maxMs).toBe(Math.max(...r.samplesMs));
  });

  it("measureHostile runs every kind through scoreTone and analyzeThread", () => {
    const rows = measureHostile(1500, 1);
    expect(rows.map((r) => r.name)).toEqual(hostileBodies(1500).map((b) => b.name));
    expect(rows.every((r) => r.chars === 1500 && r.toneMs >= 0 && r.analyzeMs >= 0)).toBe(true);
  });

  it("measureApiCost counts the real app's reads and writes against the loopback fake", async () => {
    const row = await measureApiCost(10);
    expect(row.events.length).toBeGreaterThanOrEqual(3);
    for (const e of row.events) {
      expect(e.requests.some((r) => r.startsWith("IssueThread"))).toBe(true);
      expect(e.reads).toBeGreaterThanOrEqual(1);
    }
    expect(row.maxWrites).toBe(Math.max(...row.events.map((e) => e.writes)));
  }, 60_000);
});

describe("hotSpots", () => {
  it("shares samples by self and inclusive time, only inside the root when asked", () => {
    const frame = (functionName: string, url = "file:///work/main/src/a.ts") => ({ functionName, url, lineNumber: 0 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame("(root)", ""), hitCount: 0, children: [2, 5] },
        { id: 2, callFrame: frame("analyzeThread"), hitCount: 1, children: [3, 4] },
        { id: 3, callFrame: frame("slow"), hitCount: 6 },
        { id: 4, callFrame: frame("fast"), hitCount: 3 },
        { id: 5, callFrame: frame("elsewhere"), hitCount: 10 },
      ],
    };
    const inside = hotSpots(profile, 10, "analyzeThread");
    expect(inside[0]).toEqual({ where: "src/a.ts slow", selfShare: 0.6, totalShare: 0.6 });
    expect(inside.find((h) => h.where.endsWith("analyzeThread"))?.totalShare).toBe(1);
    expect(inside.some((h) => h.where.endsWith("elsewhere"))).toBe(false);
    expect(hotSpots(profile, 1)[0].where).toBe("src/a.ts elsewhere");
  });
});

describe("report", () => {
  const size = (comments: number, words: number, warmMs: number, naiveMs: number, peakRssMb = 120): SizeCaseResult => ({
    name: `${comments} comments`,
    comments,
    words,
    source: "composed text",
    rssBeforeMb: 100,
    warmupMs: warmMs * 2,
    warmMs,
    warmCpuMs: warmMs,
    repeatMs: warmMs,
    repeatRuns: 1,
    renderMs: 1,
    questions: { ms: 2, items: 3 },
    peakRssMb,
    naive: { ms: naiveMs, extrapolated: false, sampleComments: comments },
    lexicons: [{ name: "AFINN (sentiment)", ms: 10 }],
  });
  const results = (warmMs: number): BenchResults => ({
    machine: { cpu: "Test CPU", cores: 2, memoryGb: 4, node: "v20.0.0", platform: "linux", loadBefore: [0.5, 0.5, 0.5], loadAfter: [0.5, 0.5, 0.5], date: "2026-01-01T00:00:00Z", command: "npm run bench", textSource: "composed", durationS: 60 },
    sizes: [size(1000, 80_000, warmMs, 8000), size(5000, 400_000, warmMs * 5, 40_000, 400)],
    real: [],
    incremental: { comments: 1000, coldMs: 500, unchangedMs: 5, events: 2, medianMs: 10, medianCpuMs: 10, maxMs: 12, samplesMs: [8, 12] },
    apiCost: [{ items: 10, maxReads: 1, maxWrites: 2, events: [{ event: "/summarize", items: 10, reads: 1, writes: 2, requests: ["IssueThread", "AddReaction", "PATCH /issues/comments/:n"] }] }],
  });

  it("checks each target against the figures given", () => {
    const fast = checkTargets(results(400));
    expect(fast.find((c) => c.name.startsWith("full analysis speed"))?.met).toBe(true); // 80k words in 0.4 s = 200k/s
    expect(fast.find((c) => c.name.startsWith("vs naive"))?.met).toBe(true); // 8000 / 400 = 20×
    expect(fast.find((c) => c.name.startsWith("incremental"))?.met).toBe(true);
    expect(fast.find((c) => c.name.startsWith("peak RSS"))).toMatchObject({ met: false, miss: "1.3× over" });
    expect(fast.find((c) => c.name === "writes per event")).toMatchObject({ met: false });
    const slow = checkTargets(results(1000));
    expect(slow.find((c) => c.name.startsWith("1,000-comment"))).toMatchObject({ met: false, miss: "2.0× over" });
    expect(slow.find((c) => c.name.startsWith("vs naive"))).toMatchObject({ met: false, miss: "1.3× short" });
  });

  it("writes the machine, the command, every section present and the misses", () => {
    const doc = renderPerformanceDoc(results(1000));
    expect(doc).toContain("Test CPU, 2 cores");
    expect(doc).toContain("`npm run bench`");
    expect(doc).toContain("## Incremental event");
    expect(doc).toContain("## GitHub API cost per event");
    expect(doc).toContain("Skipped: ../shared/data is not present");
    expect(doc).toMatch(/## Misses\n\n- \*\*full analysis speed/);
    expect(doc).toContain("- **1,000-comment thread**: goal ≤ 0.5 s, measured 1.00 s wall (1.00 s CPU) — 2.0× over.");
    expect(doc).toContain("/summarize wrote AddReaction and PATCH /issues/comments/:n");
    expect(doc).not.toMatch(/(^|\s)@\w/);
    expect(renderTable(results(1000)).split("\n")[0]).toMatch(/^\| thread \| words \|/);
  });
});
