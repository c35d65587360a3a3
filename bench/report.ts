// Turns the bench results into the compact stdout table and docs/performance.md: every figure
// beside its target, misses stated with their factor, the machine and command, and the hot spots.
import type { ApiCostRow, EventCost } from "./api-cost.ts";
import type { DigestCostRow } from "./digest-cost.ts";
import type { ColdStartResult } from "./cold-start.ts";
import type { HostileRow } from "./hostile.ts";
import type { HotSpotReport } from "./hot-spots.ts";
import type { IncrementalResult } from "./incremental.ts";
import type { SizeCaseResult } from "./size-case.ts";

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  loadBefore: number[];
  loadAfter: number[];
  date: string;
  command: string;
  textSource: string;
  durationS: number;
}

export interface BenchResults {
  machine: MachineInfo;
  sizes: SizeCaseResult[];
  real: SizeCaseResult[];
  realNote?: string;
  incremental?: IncrementalResult;
  hostile?: HostileRow[];
  coldStart?: ColdStartResult;
  apiCost?: ApiCostRow[];
  /** The repository digest's refresh (issue 21): requests, own time, body length. */
  digestCost?: DigestCostRow[];
  /** CPU profiles: "full 1000" first, then "incremental …" and "hostile …" when run. */
  profiles?: HotSpotReport[];
}

export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean;
  /** How far off, when missed ("3.2× over"). */
  miss?: string;
  /** What the run's own figures say about the cause, when missed. */
  why?: string;
}

/**
 * How many REST config-file reads the events made, with and without the repository's own file
 * (the file normally comes with the thread query; REST reads remain only for `_extends`).
 */
function configReadsWhy(rows: ApiCostRow[]): string {
  const configGets = (e: EventCost) => e.requests.filter((q) => q.includes("/contents/")).reduce((n, q) => n + Number(/×(\d+)$/.exec(q)?.[1] ?? 1), 0);
  const perEvent = (a: ApiCostRow) => Math.max(...a.events.map(configGets));
  const without = rows.filter((a) => !a.withConfig).map(perEvent);
  const withOwn = rows.filter((a) => a.withConfig).map(perEvent);
  const events = rows.flatMap((a) => a.events);
  const reading = events.filter((e) => configGets(e) > 0).length;
  return `${reading} of ${events.length} events also read the config file (${Math.max(...without)} GET(s) when the repository has none: its own path, then the organisation's .github repository` + (withOwn.length ? `; ${Math.max(...withOwn)} when it has its own` : "") + ")";
}

/** The heaviest of our functions in the profile (inclusive), the entry point and anonymous callbacks left out. */
function heaviest(r: BenchResults, workload: string, n = 3): string | undefined {
  const rows = r.profiles?.find((p) => p.workload.startsWith(workload))?.byTotal.filter((h) => !/ (analyzeThread|\(anonymous\))$/.test(h.where)).slice(0, n);
  return rows?.length ? `profile shares (${workload}): ${rows.map((h) => `\`${h.where}\` ${pct(h.totalShare)}`).join(", ")}` : undefined;
}

const f0 = (x: number) => Math.round(x).toLocaleString("en-US");
const f1 = (x: number) => x.toFixed(1);
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`);
const wps = (words: number, t: number) => (words * 1000) / Math.max(t, 1e-6);
const kwps = (x: number) => `${f0(x / 1000)}k words/s`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
/** A factor, with two decimals when it is close to 1 (so "1.03×" does not read as "1.0×"). */
const factor = (x: number) => x.toFixed(x < 1.1 ? 2 : 1);
const over = (measured: number, target: number) => `${factor(measured / target)}× over`;
const under = (measured: number, target: number) => `${factor(target / Math.max(measured, 1e-9))}× short`;

/** Each issue-5 target against what was measured. Missing parts of the run are left out. */
export function checkTargets(r: BenchResults): TargetCheck[] {
  const out: TargetCheck[] = [];
  const k1000 = r.sizes.find((s) => s.comments === 1000);
  if (k1000) {
    const rate = wps(k1000.words, k1000.warmMs);
    const cpuRate = wps(k1000.words, k1000.warmCpuMs);
    out.push({ name: "full analysis speed (1,000 comments)", target: "≥ 150k words/s", measured: `${kwps(rate)} wall, ${kwps(cpuRate)} CPU`, met: rate >= 150_000, miss: rate >= 150_000 ? undefined : under(rate, 150_000), why: heaviest(r, "full") });
    out.push({ name: "1,000-comment thread", target: "≤ 0.5 s", measured: `${ms(k1000.warmMs)} wall (${ms(k1000.warmCpuMs)} CPU)`, met: k1000.warmMs <= 500, miss: k1000.warmMs <= 500 ? undefined : over(k1000.warmMs, 500), why: heaviest(r, "full") });
    const ratio = k1000.naive.ms / k1000.warmMs;
    out.push({ name: "vs naive full parse (1,000 comments)", target: "≥ 10× faster", measured: `${ratio.toFixed(1)}× faster`, met: ratio >= 10, miss: ratio >= 10 ? undefined : under(ratio, 10) });
  }
  if (r.incremental) {
    const t = r.incremental.medianMs;
    const why = `with every comment already cached, re-analysing the same thread took ${ms(r.incremental.unchangedMs)}, against ${ms(t)} for an event with a new comment: the time goes to the thread-level passes that the per-comment memo cache does not cover, not to reading the new comment${heaviest(r, "incremental") ? `; ${heaviest(r, "incremental")}` : ""}`;
    out.push({ name: `incremental event (${f0(r.incremental.comments)} comments)`, target: "≤ 20 ms", measured: `median ${ms(t)} wall (${ms(r.incremental.medianCpuMs)} CPU), max ${ms(r.incremental.maxMs)}`, met: t <= 20, miss: t <= 20 ? undefined : over(t, 20), why });
  }
  const k5000 = r.sizes.find((s) => s.comments === 5000);
  if (k5000) out.push({ name: "peak RSS (5,000 comments)", target: "≤ 300 MB", measured: `${f0(k5000.peakRssMb)} MB`, met: k5000.peakRssMb <= 300, miss: k5000.peakRssMb <= 300 ? undefined : over(k5000.peakRssMb, 300) });
  if (r.coldStart) {
    const t = r.coldStart.medianReadyMs;
    const fa = r.coldStart.firstAnalysis;
    const why = `in a fresh process, importing compromise took ${ms(fa.compromiseMs)} and then the analysis modules ${ms(fa.analysisMs)} more (${ms(fa.importMs)} from process start); tsx's loader handles every module at start, compromise's ESM sources included`;
    out.push({ name: "cold start (spawn → /ping)", target: "≤ 1.5 s", measured: `median ${ms(t)}`, met: t <= 1500, miss: t <= 1500 ? undefined : over(t, 1500), why });
  }
  if (r.apiCost?.length) {
    const events = r.apiCost.flatMap((a) => a.events);
    const small = events.filter((e) => e.items <= 100);
    const worstSmall = Math.max(...small.map((e) => e.reads + e.writes));
    const overEvents = small.filter((e) => e.reads + e.writes > 2);
    const reqWhy = overEvents.length ? `${overEvents.length} of ${small.length} events made more than 2: ${[...new Set(overEvents.map((e) => `${e.event} (${e.requests.join(", ")})`))].join("; ")}` : undefined;
    if (small.length) out.push({ name: "requests per event (≤ 100 items)", target: "≤ 2", measured: `up to ${worstSmall}`, met: worstSmall <= 2, miss: worstSmall <= 2 ? undefined : `${worstSmall - 2} request(s) over`, why: reqWhy });
    const readsOk = events.every((e) => e.reads <= Math.max(1, Math.ceil(e.items / 100)));
    out.push({ name: "reads per event", target: "⌈items/100⌉ (1 up to 100)", measured: r.apiCost.map((a) => `${f0(a.items)} items${a.withConfig ? " (own config)" : ""}: ${a.maxReads}`).join("; "), met: readsOk, miss: readsOk ? undefined : "reads beyond the thread's pages", why: readsOk ? undefined : configReadsWhy(r.apiCost) });
    const writes = Math.max(...r.apiCost.map((a) => a.maxWrites));
    const writer = events.find((e) => e.writes === writes);
    out.push({ name: "writes per event", target: "≤ 1", measured: `up to ${writes}`, met: writes <= 1, miss: writes <= 1 ? undefined : `${writes} writes in one event`, why: writer && writes > 1 ? `${writer.event} wrote ${writer.requests.filter((q) => /^(?:POST|PATCH|PUT|DELETE) |^(?:Add|Update|Delete|Remove)[A-Z]/.test(q)).join(" and ")}` : undefined });
  }
  for (const d of r.digestCost ?? []) {
    const requests = Math.max(...d.runs.map((x) => x.requests));
    const own = Math.max(...d.runs.map((x) => x.ownMs));
    const chars = Math.max(...d.runs.map((x) => x.bodyChars));
    const label = `digest refresh, ${f0(d.openThreads)} open threads`;
    if (d.openThreads <= 500) {
      out.push({ name: `${label}: requests`, target: "≤ 40", measured: d.runs.map((x) => `${x.outcome} ${x.requests}`).join(", "), met: requests <= 40, miss: requests <= 40 ? undefined : `${requests - 40} over` });
      out.push({ name: `${label}: app's own time`, target: "≤ 15 s", measured: d.runs.map((x) => `${x.outcome} ${ms(x.ownMs)}`).join(", "), met: own <= 15_000, miss: own <= 15_000 ? undefined : over(own, 15_000) });
    }
    const said = d.truncation.length > 0;
    out.push({ name: `${label}: body`, target: "< 65,536 chars, says how many more", measured: `${f0(chars)} chars; ${said ? "counts the rest, with a search link" : "nothing left out"}`, met: chars < 65_536 && (d.threadsRead >= d.openThreads || said), miss: chars < 65_536 ? "does not say what it left out" : `${f0(chars - 65_536)} chars over` });
  }
  if (r.hostile?.length) {
    const worst = r.hostile.reduce((a, b) => (b.analyzeMs > a.analyzeMs ? b : a));
    out.push({ name: "hostile 65,536-char comment (analyzeThread)", target: "≤ 100 ms", measured: `worst ${ms(worst.analyzeMs)} (${worst.name})`, met: worst.analyzeMs <= 100, miss: worst.analyzeMs <= 100 ? undefined : over(worst.analyzeMs, 100), why: `${r.hostile.filter((h) => h.analyzeMs > 100).length} of ${r.hostile.length} kinds over; scoreTone alone took ${ms(worst.toneMs)} on the worst${heaviest(r, "hostile") ? `; ${heaviest(r, "hostile")}` : ""}` });
  }
  return out;
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)];
}

function sizeRows(cases: SizeCaseResult[]): string[][] {
  return cases.map((s) => {
    const lex = s.lexicons.map((l) => `${ms(l.ms)} (${(s.warmMs / Math.max(l.ms, 1e-6)).toFixed(1)}×)`);
    return [
      s.name,
      f0(s.words),
      `${ms(s.warmMs)} / ${ms(s.warmCpuMs)}`,
      kwps(wps(s.words, s.warmMs)),
      ms(s.repeatMs),
      ms(s.renderMs),
      s.questions ? `${ms(s.questions.ms)} (${f0(s.questions.items)})` : "–",
      `${f0(s.peakRssMb)} (${f0(s.rssBeforeMb)})`,
      `${ms(s.naive.ms)}${s.naive.extrapolated ? ` (extrapolated from ${f0(s.naive.sampleComments)})` : ""}`,
      `${(s.naive.ms / s.warmMs).toFixed(1)}×`,
      ...lex,
    ];
  });
}

const SIZE_HEAD = ["thread", "words", "analysis wall / CPU", "speed (wall)", "re-analysis", "summary render", "questions on read (items)", "peak RSS MB (before analysis)", "naive parse", "naive ÷ ours", "AFINN (ours ÷ it)", "VADER (ours ÷ it)"];

/** The compact table for stdout. */
export function renderTable(r: BenchResults): string {
  const lines: string[] = [];
  lines.push(...table(SIZE_HEAD, sizeRows([...r.sizes, ...r.real])));
  lines.push("");
  lines.push(...table(["target", "goal", "measured", "result"], checkTargets(r).map((c) => [c.name, c.target, c.measured, c.met ? "met" : `MISSED (${c.miss})`])));
  return lines.join("\n");
}

/** docs/performance.md. */
export function renderPerformanceDoc(r: BenchResults): string {
  const m = r.machine;
  const checks = checkTargets(r);
  const out: string[] = [
    "# Performance",
    "",
    "Written by `npm run bench` (bench/run.ts); do not edit by hand — re-run the bench.",
    "",
    `- Date: ${m.date}; command: \`${m.command}\`; the whole run took ${f0(m.durationS)} s.`,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${f1(m.memoryGb)} GB RAM, ${m.platform}; Node ${m.node}.`,
    `- Load average (1/5/15 min) before: ${m.loadBefore.map(f1).join(" / ")}, after: ${m.loadAfter.map(f1).join(" / ")}.` +
      (Math.max(...m.loadBefore, ...m.loadAfter) > m.cores ? ` The machine was shared and busy (load above its ${m.cores} cores): wall times are pessimistic.` : ""),
    "- CPU time counts all of a process's threads: V8 compiles and collects garbage on helper threads, so on a quiet machine CPU time can exceed wall time; on a busy one wall time also includes waiting for a core.",
    `- Thread text: ${m.textSource}. Words are runs of non-space characters of the raw comment bodies, counted the same way for every tool.`,
    "",
    "## Targets (issue 5)",
    "",
    ...table(["target", "goal", "measured", "result"], checks.map((c) => [c.name, c.target, c.measured, c.met ? "met" : `**missed**: ${c.miss}`])),
    "",
    "## Full analysis by thread size",
    "",
    "`analyzeThread` (tone, escalation, questions and concerns, agreements, decisions, action items, participants, language) on issue threads; each size in its own process. " +
      "Threads up to 1,000 comments are timed in three processes and the median process is shown (the baselines run in the first). Each process first analyses a thread of other real text (up to 300 GitHub comments of gh-sentiment-novielli; composed text without ../shared/data) to warm up the JIT and compromise; *analysis* is then the first analysis of the thread itself, nothing of its text memoised — the headline figure, with its CPU time beside the wall time. " +
      "*Re-analysis* is the median of further runs with an empty per-comment cache (module-level memos such as the noun phrases of open items stay warm, as in a server that has seen the thread). " +
      "*Questions on read* is the time to read every open item's facilitator questions after the first analysis (the number of open items in brackets): they are built with compromise on first read, which only an escalation nudge and `--format json` do, so the analysis time above leaves them out; the warm-up reads its own. " +
      "*Peak RSS* is the process's maximum resident set after the analysis runs (module loading and the generated thread included, before the baselines run); in brackets, its resident set just before the first analysis. " +
      "The naive design is a full compromise parse plus `questions()` and `nouns()` of every raw body; AFINN and VADER score every raw body. Ratios are against our analysis wall time. Generated threads draw each body once from a seeded shuffle of the real comments (the 5,000-comment thread uses each about 3 times).",
    "",
    ...table(SIZE_HEAD, sizeRows(r.sizes)),
    "",
  ];
  out.push("### The longest real threads in ../shared/data", "");
  if (r.real.length) out.push(...table(SIZE_HEAD, sizeRows(r.real)), "");
  else out.push(r.realNote ?? "Skipped: ../shared/data is not present.", "");

  if (r.incremental) {
    const i = r.incremental;
    out.push(
      "## Incremental event",
      "",
      `A ${f0(i.comments)}-comment thread analysed once by this process (per-comment memo cache keyed by comment id + updatedAt), then ${i.events} new comments arrive, one per event.`,
      "",
      ...table(
        ["case", "analysis time"],
        [
          ["first event, empty cache (whole thread read)", ms(i.coldMs)],
          ["same thread again, all comments cached", ms(i.unchangedMs)],
          ["one new comment (median of events)", `${ms(i.medianMs)} wall, ${ms(i.medianCpuMs)} CPU`],
          ["one new comment (slowest event)", ms(i.maxMs)],
        ],
      ),
      "",
    );
  }
  if (r.coldStart) {
    const c = r.coldStart;
    out.push(
      "## Cold start",
      "",
      "`node --import tsx src/main.ts` spawned with APP_ID, PRIVATE_KEY, WEBHOOK_SECRET and GHE_HOST pointing at a fake GitHub on loopback; time until `GET /ping` answers `PONG` (polled every 10 ms).",
      "",
      ...table(["start", "ready after", "idle RSS MB"], c.starts.map((s, i) => [String(i + 1), ms(s.readyMs), s.idleRssMb === null ? "n/a" : f0(s.idleRssMb)])),
      "",
      `In a fresh process: importing compromise took ${ms(c.firstAnalysis.compromiseMs)}, then the analysis modules ${ms(c.firstAnalysis.analysisMs)} (${ms(c.firstAnalysis.importMs)} from process start, tsx included); the first analysis of a ${c.firstAnalysis.comments}-comment thread ${ms(c.firstAnalysis.firstMs)}, the second ${ms(c.firstAnalysis.secondMs)}.`,
      "",
    );
  }
  if (r.apiCost?.length) {
    out.push(
      "## GitHub API cost per event",
      "",
      "The real app (registerHandlers, real analysis and config loading) in a real Probot with token auth, against a fake GitHub on loopback that pages connections 100 at a time. " +
        "Each row is one delivered `issue_comment.created` webhook; the repository has no `.github/common-ground.yml` unless the heading says so. " +
        "Not counted: the installation-token request a deployed app makes about once an hour per installation.",
      "",
    );
    for (const a of r.apiCost) {
      out.push(`### ${f0(a.items)} items${a.withConfig ? ", repository has its own config file" : ""}`, "", ...table(["event", "items then", "reads", "writes", "requests"], a.events.map((e) => [e.event, String(e.items), String(e.reads), String(e.writes), e.requests.join(", ")])), "");
    }
    const maxWrites = Math.max(...r.apiCost.map((a) => a.maxWrites));
    out.push(
      `Secondary limit on content creation (80 content-creating requests a minute, 500 an hour): ` +
        (maxWrites <= 1
          ? "no event wrote more than once, so the app's writes stay at most one per event; only a burst of more than 80 events a minute on one installation could reach the limit."
          : `an event wrote ${maxWrites} times (see the table), so a burst of more than ${Math.floor(80 / maxWrites)} such events a minute on one installation could reach it.`),
      "",
    );
  }
  if (r.digestCost?.length) {
    out.push(
      "## Repository digest refresh",
      "",
      "The app's own refresh (`app/digest-refresh.ts`: list the open threads in pages of 50 with their latest 30 comments, analyse, build, render, find the digest page, write) against the loopback fake GitHub " +
        "(`test/support/fake-github-server.ts`), run twice: the first creates the digest, the second edits it (per-comment analysis memoised by then). " +
        "Own time = wall time minus the time spent waiting for the fake's answers. The repository's threads: issues, pull requests and discussions of 6–12 comments, some heated, some with a question left waiting.",
      "",
      ...table(
        ["open threads", "digest.maxThreads", "run", "requests", "wall", "own time", "body chars"],
        r.digestCost.flatMap((d) => d.runs.map((x) => [f0(d.openThreads), f0(d.maxThreads), x.outcome, String(x.requests), ms(x.wallMs), ms(x.ownMs), f0(x.bodyChars)])),
      ),
      "",
      ...r.digestCost.flatMap((d) => (d.truncation.length ? [`${f0(d.openThreads)} open threads, what the page says about the rest: ${d.truncation.map((t) => `"${t.replace(/^- /, "")}"`).join("; ")}`, ""] : [])),
    );
  }
  if (r.hostile?.length) {
    out.push(
      "## Hostile input",
      "",
      "One comment of exactly 65,536 characters (GitHub's limit) of each kind; `scoreTone` on the body and `analyzeThread` on a thread of the opening post plus that comment, median of 3 in a warm process.",
      "",
      ...table(["kind", "scoreTone", "analyzeThread", "≤ 100 ms"], r.hostile.map((h) => [h.name, ms(h.toneMs), ms(h.analyzeMs), h.analyzeMs <= 100 ? "yes" : `no (${over(h.analyzeMs, 100)})`])),
      "",
    );
  }
  if (r.profiles?.length) {
    out.push(
      "## Where the analysis time goes",
      "",
      "CPU profiles (`node --cpu-prof`, bench/profile-target.ts) of each workload; shares of the samples taken inside `analyzeThread`. " +
        "tsx's compiled modules report every function on line 1, so functions are named by file and name.",
      "",
    );
    for (const h of r.profiles) {
      out.push(
        `### ${h.workload}`,
        "",
        ...table(["our function", "inclusive", "self"], h.byTotal.map((x) => [`\`${x.where}\``, pct(x.totalShare), pct(x.selfShare)])),
        "",
        ...table(["any code, by self time", "self", "inclusive"], h.bySelf.map((x) => [`\`${x.where.length > 90 ? `${x.where.slice(0, 87)}…` : x.where}\``, pct(x.selfShare), pct(x.totalShare)])),
        "",
      );
    }
  }
  const missed = checks.filter((c) => !c.met);
  out.push("## Misses", "");
  if (!missed.length) out.push("None: every target of issue 5 was met in this run.", "");
  else out.push(...missed.map((c) => `- **${c.name}**: goal ${c.target}, measured ${c.measured} — ${c.miss}.${c.why ? ` Why: ${c.why}.` : ""}`), "");
  return out.join("\n");
}
