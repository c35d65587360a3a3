// Evaluation section: the repository digest (issue 21) on the thread panel's 70 real threads, read
// as one repository's open threads. The digest fits nothing of its own — its sections reuse the
// in-thread policy (heat level, due open items, convergence) — so this measures what a maintainer
// would see listed against the labels: heated threads, questions really still open, debates with
// labelled agreed points but no labelled decision. Caveat: the open-item rules were built on
// these same 70 threads (README, Evaluation), so the "waiting" figures are in-sample for them.
// Run alone with `node --import tsx eval/digest-eval.ts`.
import { fileURLToPath } from "node:url";
import { analyzeThread } from "../src/analysis/report.ts";
import { lastActivity } from "../src/cli/analyze.ts";
import { threadFromData } from "../src/cli/thread-json.ts";
import { buildDigest, type Digest, type DigestThread } from "../src/coach/digest.ts";
import { defaultConfig } from "../src/config/schema.ts";
import { requireDataDir } from "./data.ts";
import { loadPanel } from "./panel-eval.ts";
import { commentNumber, ratio, type PanelLabel, type PanelThread } from "./panel-score.ts";
import type { EvalSection } from "./section.ts";

export interface DigestPanelResult {
  digest: Digest;
  figures: [string, string][];
}

export function digestOnPanel(threads: PanelThread[], labels: PanelLabel[]): DigestPanelResult {
  const byId = new Map(labels.map((l) => [String(l.thread_id), l]));
  const listed: DigestThread[] = [];
  let latest = 0;
  for (const [i, t] of threads.entries()) {
    if (!byId.has(String(t.thread_id))) continue;
    const thread = threadFromData({ title: t.title, comments: t.comments }, String(t.thread_id));
    // Each thread is judged at its own last comment, as the panel's labels are.
    const now = lastActivity(thread);
    latest = Math.max(latest, now.getTime());
    const report = analyzeThread(thread, { now, sensitivity: defaultConfig.sensitivity });
    listed.push({ kind: "issue", number: i + 1, title: String(t.thread_id), url: "", labels: [], comments: thread.comments, report, coachOff: false });
  }
  const digest = buildDigest({ threads: listed, config: defaultConfig, now: new Date(latest), maxPerSection: 10_000 });
  const label = (title: string) => byId.get(title)!;

  const heating = digest.heating.entries.map((e) => label(e.thread.title));
  const heatedGold = labels.filter((l) => l.heat.level_at_end !== "calm");
  const heatingRight = heating.filter((l) => l.heat.level_at_end !== "calm").length;

  const waiting = digest.waiting.entries.map((e) => ({ l: label(e.thread.title), n: commentNumber(e.item.commentId) }));
  const waitingOpen = waiting.filter(({ l, n }) => (l.items ?? []).some((i) => i.comment === n && i.open_at_end)).length;
  const goldOpen = labels.flatMap((l) => (l.items ?? []).filter((i) => i.open_at_end).map((i) => ({ id: String(l.thread_id), n: i.comment })));
  const goldFound = goldOpen.filter((g) => waiting.some((w) => String(w.l.thread_id) === g.id && w.n === g.n)).length;

  const ready = digest.converging.entries.map((e) => label(e.thread.title));
  const readyAgreed = ready.filter((l) => (l.agreed_points ?? []).length > 0).length;
  const readyDecided = ready.filter((l) => (l.decisions ?? []).length > 0).length;
  const readyGold = labels.filter((l) => (l.agreed_points ?? []).length > 0 && (l.decisions ?? []).length === 0).length;

  const anyListed = new Set([...digest.heating.entries, ...digest.waiting.entries, ...digest.converging.entries].map((e) => e.thread.title));
  const needsSomething = labels.filter((l) => (l.should_coach_at_end ?? "none") !== "none");
  const listedNeeding = needsSomething.filter((l) => anyListed.has(String(l.thread_id))).length;

  const figures: [string, string][] = [
    ["threads read", String(listed.length)],
    ["heating up: listed threads labelled not calm at the end", ratio(heatingRight, heating.length)],
    ["heating up: labelled heated threads listed", ratio(heating.filter((l) => l.heat.level_at_end !== "calm").length, heatedGold.length)],
    ["waiting: listed items labelled still open", ratio(waitingOpen, waiting.length)],
    ["waiting: labelled open items listed", ratio(goldFound, goldOpen.length)],
    ["ready for a decision: listed threads with labelled agreed points", ratio(readyAgreed, ready.length)],
    ["ready for a decision: listed threads that have a labelled decision (should not be listed)", ratio(readyDecided, ready.length)],
    ["ready for a decision: threads labelled agreed-without-decision listed", ratio(ready.filter((l) => (l.agreed_points ?? []).length > 0 && (l.decisions ?? []).length === 0).length, readyGold)],
    ["threads listed in any section", ratio(anyListed.size, listed.length)],
    ["threads labelled as needing a note (pause / open questions) listed", ratio(listedNeeding, needsSomething.length)],
  ];
  return { digest, figures };
}

export function digestMarkdown(r: DigestPanelResult): string {
  return [
    "The 70 threads of the thread panel read as one repository's open threads, each judged at its own last comment, default settings, sections uncapped. The digest fits no rule or weight of its own (its sections are the in-thread policy's heat level, due open items and convergence), so nothing here was tuned on these labels by the digest; the open-item rules themselves were built on this panel, so the waiting figures are in-sample for them.",
    "",
    "| figure | digest |",
    "|---|---|",
    ...r.figures.map(([k, v]) => `| ${k} | ${v} |`),
  ].join("\n");
}

export async function run(dataDir: string): Promise<EvalSection[]> {
  const panel = loadPanel(dataDir);
  if (!panel) return [{ title: "Repository digest on the thread panel", markdown: "_thread-panel not found in the data folder: section skipped._" }];
  return [{ title: "Repository digest on the thread panel", markdown: digestMarkdown(digestOnPanel(panel.threads, panel.labels)) }];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const panel = loadPanel(requireDataDir("eval/digest-eval.ts"));
  if (!panel) process.exit(2);
  console.log(digestMarkdown(digestOnPanel(panel.threads, panel.labels)));
}
