// Scores the app on the thread panel (../shared/data/thread-panel): the same figures, with the
// same matching, as the panel's reference scorer score.py — but in-process, through the same
// pure functions the CLI's `analyze --format json` and `--format comment` call. An app item
// counts as open when the labels have an item still open in the same comment.
import { analyzeThread } from "../src/analysis/report.ts";
import type { ThreadReport } from "../src/analysis/types.ts";
import { wouldPost } from "../src/cli/would-post.ts";
import { threadFromData } from "../src/cli/thread-json.ts";
import { defaultConfig } from "../src/config/schema.ts";
import { lastActivity } from "../src/cli/analyze.ts";
import { auroc } from "./tone-metrics.ts";

export interface PanelThread {
  thread_id: string | number;
  title?: string;
  comments: { author: string; text: string; createdAt?: string }[];
}

export interface PanelItemLabel {
  comment: number;
  quote?: string;
  kind?: string;
  answered_by?: number | null;
  open_at_end?: boolean;
}

export interface PanelLabel {
  thread_id: string | number;
  items?: PanelItemLabel[];
  heat: { per_comment?: number[]; level_at_end: string; first_tense_comment?: number | null };
  agreed_points?: string[];
  decisions?: string[];
  should_coach_at_end?: string;
}

export type NudgeKind = "none" | "pause" | "open_questions" | "summary";

/** One app item with the label's verdict on it (for `-v` listings). */
export interface ItemVerdict {
  threadId: string;
  comment: number | null;
  verdict: "open" | "answered" | "not an item";
  answeredBy?: number | null;
  text: string;
}

export interface PanelRow {
  id: string;
  appKind: NudgeKind;
  goldKind: string;
  appLevel: string;
  goldLevel: string;
  appItems: number;
  goldOpen: number;
  firstLine: string;
}

export interface PanelResult {
  counts: Record<string, number>;
  /** [scores, tense-or-worse, heated] per labelled comment the app scored. */
  commentScores: { score: number; tense: boolean; heated: boolean }[];
  confusion: Map<string, number>;
  items: ItemVerdict[];
  rows: PanelRow[];
}

/** The nudge kind of a coaching comment from its first line, as score.py reads it. */
export function nudgeKind(firstLine: string): NudgeKind {
  const f = firstLine.toLowerCase();
  if (f.includes("would stay silent")) return "none";
  if (f.includes("pause") || f.includes("heat") || f.includes("tense")) return "pause";
  if (f.includes("waiting for an answer")) return "open_questions";
  return "summary";
}

/** The trailing number of a comment id ("c12" → 12). */
export function commentNumber(id: string | undefined): number | null {
  const m = /(\d+)$/.exec(String(id ?? ""));
  return m ? Number(m[1]) : null;
}

/** The app's report and first line of its coaching comment for one panel thread, as the CLI computes them. */
export function runApp(t: PanelThread): { report: ThreadReport; firstLine: string } {
  const thread = threadFromData({ title: t.title, comments: t.comments }, String(t.thread_id));
  const now = lastActivity(thread);
  const config = defaultConfig;
  const report = analyzeThread(thread, { now, sensitivity: config.sensitivity, ignoreUsers: config.ignore.users });
  // The JSON output is a serialisation of the report: read it the same way (lazy fields included).
  const plain = JSON.parse(JSON.stringify(report)) as ThreadReport;
  const firstLine = wouldPost(thread, report, config, now).trim().split("\n")[0];
  return { report: plain, firstLine };
}

/** Scores every labelled thread (labels without a thread are skipped, as score.py reads labels first). */
export function scorePanel(threads: PanelThread[], labels: PanelLabel[]): PanelResult {
  const byId = new Map(threads.map((t) => [String(t.thread_id), t]));
  const keys = [
    "threads", "app_items", "app_items_open", "app_items_answered", "app_items_not_item", "gold_open", "gold_open_found",
    "nudges", "nudge_ok", "should", "should_found", "oq_nudges", "oq_nudges_ok", "silent_ok", "silent_gold",
    "false_nudges_on_none", "agree_none", "agree_invented", "agree_some", "agree_found", "dec_none", "dec_invented",
    "heated_gold", "heated_caught", "calm_gold", "calm_called_heated",
  ];
  const st: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  const confusion = new Map<string, number>();
  const commentScores: PanelResult["commentScores"] = [];
  const items: ItemVerdict[] = [];
  const rows: PanelRow[] = [];
  const sorted = [...labels].sort((a, b) => (String(a.thread_id) < String(b.thread_id) ? -1 : 1));
  for (const lab of sorted) {
    const id = String(lab.thread_id);
    const t = byId.get(id);
    if (!t) continue;
    const { report, firstLine } = runApp(t);
    const kind = nudgeKind(firstLine);
    const goldKind = lab.should_coach_at_end ?? "none";
    st.threads++;
    confusion.set(`${goldKind}->${kind}`, (confusion.get(`${goldKind}->${kind}`) ?? 0) + 1);

    const gold = lab.items ?? [];
    const byComment = new Map<number, PanelItemLabel[]>();
    for (const g of gold) byComment.set(g.comment, [...(byComment.get(g.comment) ?? []), g]);
    const appItems = [...report.openQuestions, ...report.openConcerns];
    const found = new Set<PanelItemLabel>();
    for (const it of appItems) {
      const c = commentNumber(it.commentId);
      st.app_items++;
      const g = c === null ? [] : (byComment.get(c) ?? []);
      let verdict: ItemVerdict["verdict"];
      if (!g.length) {
        st.app_items_not_item++;
        verdict = "not an item";
      } else if (g.some((x) => x.open_at_end)) {
        st.app_items_open++;
        verdict = "open";
        for (const x of g) if (x.open_at_end) found.add(x);
      } else {
        st.app_items_answered++;
        verdict = "answered";
      }
      items.push({ threadId: id, comment: c, verdict, answeredBy: verdict === "answered" ? g[0].answered_by : undefined, text: it.text });
    }
    const goldOpen = gold.filter((x) => x.open_at_end);
    st.gold_open += goldOpen.length;
    st.gold_open_found += goldOpen.filter((x) => found.has(x)).length;

    if (kind !== "none") {
      st.nudges++;
      if (kind === goldKind) st.nudge_ok++;
      if (goldKind === "none") st.false_nudges_on_none++;
    }
    if (kind === "open_questions") {
      st.oq_nudges++;
      if (goldKind === "open_questions") st.oq_nudges_ok++;
    }
    if (goldKind !== "none") {
      st.should++;
      if (kind === goldKind) st.should_found++;
    } else {
      st.silent_gold++;
      if (kind === "none") st.silent_ok++;
    }
    if (!lab.agreed_points?.length) {
      st.agree_none++;
      if (report.agreements.length) st.agree_invented++;
    } else {
      st.agree_some++;
      if (report.agreements.length) st.agree_found++;
    }
    if (!lab.decisions?.length) {
      st.dec_none++;
      if (report.decisions.length) st.dec_invented++;
    }
    const level = report.heat.level;
    const goldLevel = lab.heat.level_at_end;
    if (goldLevel === "heated") {
      st.heated_gold++;
      if (level === "heated") st.heated_caught++;
    }
    if (goldLevel === "calm") {
      st.calm_gold++;
      if (level !== "calm") st.calm_called_heated++;
    }
    const appScore = new Map(report.heat.perComment.map((x) => [commentNumber(x.commentId), x.score]));
    (lab.heat.per_comment ?? []).forEach((v, i) => {
      const s = appScore.get(i + 1);
      if (s !== undefined) commentScores.push({ score: s, tense: v >= 1, heated: v >= 2 });
    });
    rows.push({ id, appKind: kind, goldKind, appLevel: level, goldLevel, appItems: appItems.length, goldOpen: goldOpen.length, firstLine });
  }
  return { counts: st, commentScores, confusion, items, rows };
}

/** "x/y (z%)" as score.py prints a ratio. */
export function ratio(x: number, y: number): string {
  return y ? `${x}/${y} (${Math.round((x / y) * 100)}%)` : `${x}/${y}`;
}

/** The figures of score.py, in its order and with its names. */
export function panelFigures(r: PanelResult): [string, string][] {
  const s = r.counts;
  const scores = r.commentScores.map((c) => c.score);
  const t = auroc(scores, r.commentScores.map((c) => Number(c.tense)));
  const h = auroc(scores, r.commentScores.map((c) => Number(c.heated)));
  return [
    ["threads", String(s.threads)],
    ["open_items_listed_really_open", ratio(s.app_items_open, s.app_items)],
    ["open_items_listed_but_answered", ratio(s.app_items_answered, s.app_items)],
    ["open_items_listed_not_a_question", ratio(s.app_items_not_item, s.app_items)],
    ["gold_open_items_found", ratio(s.gold_open_found, s.gold_open)],
    ["nudges_posted_right_kind", ratio(s.nudge_ok, s.nudges)],
    ["open_question_nudges_warranted", ratio(s.oq_nudges_ok, s.oq_nudges)],
    ["nudges_on_threads_that_needed_none", ratio(s.false_nudges_on_none, s.silent_gold)],
    ["needed_nudges_given", ratio(s.should_found, s.should)],
    ["agreements_listed_where_none_labelled", ratio(s.agree_invented, s.agree_none)],
    ["agreements_listed_where_some_labelled", ratio(s.agree_found, s.agree_some)],
    ["decisions_listed_where_none_labelled", ratio(s.dec_invented, s.dec_none)],
    ["heated_at_end_called_heated", ratio(s.heated_caught, s.heated_gold)],
    ["calm_at_end_called_warming_or_heated", ratio(s.calm_called_heated, s.calm_gold)],
    ["comment_auroc_tense_or_worse", Number.isNaN(t) ? "n/a" : t.toFixed(3)],
    ["n_tense", String(r.commentScores.filter((c) => c.tense).length)],
    ["comment_auroc_heated", Number.isNaN(h) ? "n/a" : h.toFixed(3)],
    ["n_heated", String(r.commentScores.filter((c) => c.heated).length)],
    ["n_comments", String(r.commentScores.length)],
  ];
}
