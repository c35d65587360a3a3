// Automatic figures for the `/summarize` reply on the thread panel, per fold (A, B) and overall.
// Matching (documented in docs/evaluation.md): a reference decision or agreed point counts as
// conveyed when at least MATCH_SHARE of its key terms (stemmed content words, text-units.ts
// keyTerms; at least 2) occur in the summary's lines of the matching kind — for decisions the
// "Where it stands" line and the Decisions section; for agreed points the Agreed section. Term
// overlap is generous to paraphrase and blind to meaning: the careful reader (SUMMARY-JUDGE.md)
// decides, these figures only track changes between versions.
import { analyzeThread } from "../src/analysis/report.ts";
import { lastActivity } from "../src/cli/analyze.ts";
import { threadFromData } from "../src/cli/thread-json.ts";
import { composeSummary } from "../src/coach/answers.ts";
import { defaultConfig } from "../src/config/schema.ts";
import { keyTerms } from "../src/analysis/text-units.ts";
import { renderSummary } from "../src/render/summary.ts";
import type { Thread } from "../src/thread/model.ts";
import { panelFold, type PanelFold } from "./panel-folds.ts";
import { ratio, type PanelLabel, type PanelThread } from "./panel-score.ts";

/** Share of a reference line's key terms the summary must contain. */
export const MATCH_SHARE = 0.5;

/** The summary's Markdown split into its parts: "status", and each section by title. */
export function summaryParts(markdown: string): Map<string, string> {
  const parts = new Map<string, string>();
  let current = "head";
  for (const line of markdown.split("\n")) {
    const m = /^\*\*(.+?)\*\*/.exec(line);
    if (m) current = m[1];
    parts.set(current, `${parts.get(current) ?? ""}\n${line}`);
  }
  return parts;
}

/** True when `text` carries at least MATCH_SHARE of the reference's key terms (and at least 2 of them, or all of one). */
export function conveys(reference: string, text: string): boolean {
  const ref = keyTerms(reference);
  if (ref.length === 0) return false;
  const have = new Set(keyTerms(text));
  const shared = ref.filter((t) => have.has(t)).length;
  return shared / ref.length >= MATCH_SHARE && shared >= Math.min(2, ref.length);
}

export interface SummaryCounts {
  threads: number;
  decisionsRef: number;
  decisionsConveyed: number;
  agreedRef: number;
  agreedConveyed: number;
  /** Summaries listing no line at all (every section empty) and stating no outcome. */
  listNothing: number;
  /** …of which the labels have something (a decision, an agreed point or an open item). */
  listNothingButLabelled: number;
  /** Threads whose reference has no decision but the summary states an outcome or lists a decision. */
  decisionsInvented: number;
  noDecisionRef: number;
  /** Threads labelled tense or heated at the end whose temperature line says calm at the end. */
  endsTenseCalledCalm: number;
  endsTense: number;
  /** Threads labelled calm at the end whose temperature line says it ends tense or heated. */
  endsCalmCalledTense: number;
  endsCalm: number;
  /** The summary states where the thread stands (an outcome, not "no outcome stated"). */
  statusStated: number;
  /** …of which "where it stands" is the thread's answer ("Answered by …"), not an outcome. */
  statusAnswered: number;
  /** Threads whose reference has no decision and whose "where it stands" is the thread's answer. */
  answeredNoDecisionRef: number;
  /** Summaries with an "Answer so far" line (the answer beside an outcome). */
  answerLines: number;
  /** Summaries with no outcome whose "where it stands" says where the thread is heading. */
  headingStated: number;
  /** Summaries with an outcome and a "Why" line. */
  whyLines: number;
  /** Summaries with a "Workaround" line (a way around the problem others said worked). */
  workaroundLines: number;
  linesListed: number;
}

const empty = (): SummaryCounts => ({
  threads: 0, decisionsRef: 0, decisionsConveyed: 0, agreedRef: 0, agreedConveyed: 0, listNothing: 0, listNothingButLabelled: 0,
  decisionsInvented: 0, noDecisionRef: 0, endsTenseCalledCalm: 0, endsTense: 0, endsCalmCalledTense: 0, endsCalm: 0, statusStated: 0, statusAnswered: 0, answeredNoDecisionRef: 0, answerLines: 0, headingStated: 0, whyLines: 0, workaroundLines: 0, linesListed: 0,
});

/** Sentence embeddings of a thread's latest turns (the full model); absent: the fast stage alone. */
export type EmbeddingsOf = (thread: Thread) => ReadonlyMap<string, ArrayLike<number>> | undefined;

/** The summary the app posts after the last comment (the CLI's Markdown, without the title line). */
export function panelSummary(t: PanelThread, embeddingsOf?: EmbeddingsOf): string {
  const thread = threadFromData({ title: t.title, comments: t.comments }, String(t.thread_id));
  const now = lastActivity(thread);
  const embeddings = embeddingsOf?.(thread);
  const report = analyzeThread(thread, { now, sensitivity: defaultConfig.sensitivity, ignoreUsers: defaultConfig.ignore.users, ...(embeddings ? { embeddings } : {}) });
  return renderSummary(composeSummary(report, thread, now));
}

/** Says the temperature line the thread ends tense or heated. */
export function endsHot(temperature: string): boolean {
  return /heated since|warming up|ends heated|read tense|heated right now/.test(temperature);
}

export function scoreSummaries(threads: PanelThread[], labels: PanelLabel[], embeddingsOf?: EmbeddingsOf): Record<PanelFold | "all", SummaryCounts> {
  const byId = new Map(labels.map((l) => [String(l.thread_id), l]));
  const out: Record<PanelFold | "all", SummaryCounts> = { A: empty(), B: empty(), all: empty() };
  threads.forEach((t, index) => {
    const lab = byId.get(String(t.thread_id));
    if (!lab) return;
    const parts = summaryParts(panelSummary(t, embeddingsOf));
    const decisionText = `${parts.get("Where it stands") ?? ""}\n${parts.get("Decisions") ?? ""}`;
    const agreedText = parts.get("Agreed") ?? "";
    const listed = ["Decisions", "Agreed", "Where people differ", "Open questions", "Unresolved concerns", "Follow-ups"]
      .map((k) => (parts.get(k) ?? "").split("\n").filter((l) => l.startsWith("- ")).length)
      .reduce((a, b) => a + b, 0);
    const temperature = parts.get("Temperature") ?? "";
    const decisions = lab.decisions ?? [];
    const agreed = lab.agreed_points ?? [];
    const labelled = decisions.length + agreed.length + (lab.items ?? []).filter((i) => i.open_at_end).length;
    for (const c of [out[panelFold(index)], out.all]) {
      c.threads++;
      c.decisionsRef += decisions.length;
      c.decisionsConveyed += decisions.filter((d) => conveys(d, decisionText)).length;
      c.agreedRef += agreed.length;
      c.agreedConveyed += agreed.filter((a) => conveys(a, agreedText)).length;
      c.linesListed += listed;
      const outcome = !/No outcome stated/.test(parts.get("Where it stands") ?? "No outcome stated");
      if (listed === 0 && !outcome) {
        c.listNothing++;
        if (labelled > 0) c.listNothingButLabelled++;
      }
      const answered = /\*\*Where it stands\*\* — (?:[^;:]*; )?answered by\b/i.test(parts.get("Where it stands") ?? "");
      if (decisions.length === 0) {
        c.noDecisionRef++;
        if (outcome || (parts.get("Decisions") ?? "").includes("\n- ")) c.decisionsInvented++;
        if (answered) c.answeredNoDecisionRef++;
      }
      if (outcome) c.statusStated++;
      if (answered) c.statusAnswered++;
      if (parts.has("Answer so far")) c.answerLines++;
      if (!outcome && /; (?:the author|a maintainer|another participant) (?:pointed to|offered to send|asked for (?!a response)|took)\b/.test(parts.get("Where it stands") ?? "")) c.headingStated++;
      if (outcome && parts.has("Why")) c.whyLines++;
      if (parts.has("Workaround")) c.workaroundLines++;
      const level = lab.heat.level_at_end;
      if (level === "calm") {
        c.endsCalm++;
        if (endsHot(temperature)) c.endsCalmCalledTense++;
      } else {
        c.endsTense++;
        if (!endsHot(temperature)) c.endsTenseCalledCalm++;
      }
    }
  });
  return out;
}

/** The figures as table rows: [figure, fold A, fold B, all]. */
export function summaryFigures(r: Record<PanelFold | "all", SummaryCounts>): string[][] {
  const row = (name: string, f: (c: SummaryCounts) => string) => [name, f(r.A), f(r.B), f(r.all)];
  return [
    row("threads", (c) => String(c.threads)),
    row("reference decisions conveyed (term overlap)", (c) => ratio(c.decisionsConveyed, c.decisionsRef)),
    row("reference agreed points conveyed (term overlap)", (c) => ratio(c.agreedConveyed, c.agreedRef)),
    row("outcome or decision stated where none labelled", (c) => ratio(c.decisionsInvented, c.noDecisionRef)),
    row("…of which \"where it stands\" is the thread's answer (\"Answered by …\")", (c) => ratio(c.answeredNoDecisionRef, c.decisionsInvented)),
    row("\"where it stands\" states an outcome", (c) => ratio(c.statusStated, c.threads)),
    row("…of which the thread's answer (\"Answered by …\"), no outcome", (c) => ratio(c.statusAnswered, c.statusStated)),
    row("summaries with an \"Answer so far\" line (beside an outcome)", (c) => ratio(c.answerLines, c.threads)),
    row("no outcome, but \"where it stands\" says where the thread is heading", (c) => ratio(c.headingStated, c.threads - c.statusStated)),
    row("an outcome with a \"Why\" line (the reason the thread gives)", (c) => ratio(c.whyLines, c.statusStated)),
    row("summaries with a \"Workaround\" line (a way around others said worked)", (c) => ratio(c.workaroundLines, c.threads)),
    row("summaries with no listed line and no outcome", (c) => ratio(c.listNothing, c.threads)),
    row("…of which the labels have something", (c) => ratio(c.listNothingButLabelled, c.listNothing)),
    row("bullet lines listed (mean per thread; the status line not counted)", (c) => (c.threads ? (c.linesListed / c.threads).toFixed(1) : "0")),
    row("ends tense/heated (labels) but temperature says calm at the end", (c) => ratio(c.endsTenseCalledCalm, c.endsTense)),
    row("ends calm (labels) but temperature says tense at the end", (c) => ratio(c.endsCalmCalledTense, c.endsCalm)),
  ];
}

export function summaryMarkdown(r: Record<PanelFold | "all", SummaryCounts>): string {
  return [
    `The \`/summarize\` reply after the last comment, per fold (A = even lines of threads.jsonl, B = odd). A reference decision or agreed point counts as conveyed when at least ${MATCH_SHARE * 100}% of its key terms (stemmed content words, at least 2) appear in the summary's matching lines: "Where it stands" + Decisions for decisions, Agreed for agreed points. Term overlap is generous to paraphrase and blind to meaning; the reader's judgement (SUMMARY-JUDGE.md) decides.`,
    "",
    "| figure | fold A | fold B | all |",
    "|---|---|---|---|",
    ...summaryFigures(r).map((cells) => `| ${cells.join(" | ")} |`),
  ].join("\n");
}
