// Item-level check of answer matching on the thread panel: for every labelled question, concern
// or request the app also detects, does findAnswer agree with the label (answered or still open),
// and does it name the labelled answering comment? 300 labelled items against the 20 open ones the
// panel figures rest on, so weights and cuts can be chosen on one fold and read on the other.
// Run alone with `node --import tsx eval/panel-answers.ts [-v]` (-v lists every disagreement).
import { fileURLToPath } from "node:url";
import { analyzeComment } from "../src/analysis/comment-features.ts";
import { humanComments } from "../src/analysis/report.ts";
import { termIndex } from "../src/analysis/term-index.ts";
import { findAnswer, type AnswerContext } from "../src/analysis/answered.ts";
import { ANSWER_WEIGHTS, type AnswerWeights } from "../src/analysis/address-score.ts";
import { commentItems } from "../src/analysis/item-parts.ts";
import { keyTerms } from "../src/analysis/text-units.ts";
import { threadFromData } from "../src/cli/thread-json.ts";
import { requireDataDir } from "./data.ts";
import { loadPanel } from "./panel-eval.ts";
import { panelFold, type PanelFold } from "./panel-folds.ts";
import { commentNumber, ratio, type PanelLabel, type PanelThread } from "./panel-score.ts";

export interface AnswerCounts {
  items: number;
  detected: number;
  /** Labelled open at the end, detected, and found unanswered by the app. */
  open: number;
  openKept: number;
  /** Labelled answered (answered_by set), detected, and found answered by the app. */
  answered: number;
  answeredFound: number;
  /** …by the labelled comment itself. */
  answeredRightComment: number;
}

export interface AnswerMiss {
  threadId: string;
  comment: number;
  gold: string;
  app: string;
  text: string;
}

/** The detected item of comment `index` that best matches the label's quote (shared key terms), or null. */
function matchItem(texts: string[], quote: string): string | null {
  const q = new Set(keyTerms(quote));
  let best: string | null = null;
  let bestHits = 0;
  for (const t of texts) {
    const hits = keyTerms(t).filter((x) => q.has(x)).length;
    if (hits > bestHits || (hits === bestHits && hits > 0 && t.includes(quote.slice(0, 20)))) {
      best = t;
      bestHits = hits;
    }
  }
  return bestHits >= Math.min(2, q.size) && bestHits > 0 ? best : null;
}

export function checkAnswers(threads: PanelThread[], labels: PanelLabel[], weights: AnswerWeights = ANSWER_WEIGHTS): { counts: AnswerCounts; misses: AnswerMiss[] } {
  const byId = new Map(labels.map((l) => [String(l.thread_id), l]));
  const counts: AnswerCounts = { items: 0, detected: 0, open: 0, openKept: 0, answered: 0, answeredFound: 0, answeredRightComment: 0 };
  const misses: AnswerMiss[] = [];
  for (const t of threads) {
    const lab = byId.get(String(t.thread_id));
    if (!lab) continue;
    const thread = threadFromData({ title: t.title, comments: t.comments }, String(t.thread_id));
    const comments = humanComments(thread);
    const features = comments.map((c) => analyzeComment(c));
    const ctx: AnswerContext = { thread, comments, features, docFreq: termIndex(comments, features).docFreq };
    for (const g of lab.items ?? []) {
      counts.items++;
      const i = comments.findIndex((c) => c.id === `c${g.comment}`);
      if (i < 0) continue;
      const texts = commentItems(features[i]).map((p) => p.text);
      const text = matchItem(texts, g.quote ?? "");
      if (!text) continue;
      counts.detected++;
      const answer = findAnswer(ctx, i, text, weights);
      const got = answer ? `${answer.kind} c${commentNumber(answer.commentId)}` : "open";
      if (g.open_at_end) {
        counts.open++;
        if (!answer) counts.openKept++;
        else misses.push({ threadId: String(t.thread_id), comment: g.comment, gold: "open", app: got, text });
      } else if (g.answered_by != null) {
        counts.answered++;
        if (answer) {
          counts.answeredFound++;
          if (commentNumber(answer.commentId) === g.answered_by) counts.answeredRightComment++;
        } else misses.push({ threadId: String(t.thread_id), comment: g.comment, gold: `answered by c${g.answered_by}`, app: got, text });
      }
    }
  }
  return { counts, misses };
}

export function answerFigures(c: AnswerCounts): [string, string][] {
  return [
    ["labelled items matched to an app item (same comment, shared words)", ratio(c.detected, c.items)],
    ["labelled open items kept open", ratio(c.openKept, c.open)],
    ["labelled answered items found answered", ratio(c.answeredFound, c.answered)],
    ["… by the labelled comment", ratio(c.answeredRightComment, c.answered)],
  ];
}

export function answersMarkdown(panel: { threads: PanelThread[]; labels: PanelLabel[] }): string {
  const per = (fold: PanelFold | null) =>
    new Map(answerFigures(checkAnswers(fold ? panel.threads.filter((_, i) => panelFold(i) === fold) : panel.threads, panel.labels).counts));
  const a = per("A");
  const b = per("B");
  const all = per(null);
  return [
    "Per labelled item (every question, concern or request the labels list and the app detects): does the app's answer matching agree with the label?",
    "",
    "| figure | fold A | fold B | all |",
    "|---|---|---|---|",
    ...[...all.keys()].map((k) => `| ${k} | ${a.get(k)} | ${b.get(k)} | ${all.get(k)} |`),
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const panel = loadPanel(requireDataDir("eval/panel-answers.ts"));
  if (!panel) process.exit(2);
  const foldArg = process.argv.find((x) => x === "A" || x === "B") as PanelFold | undefined;
  const threads = foldArg ? panel.threads.filter((_, i) => panelFold(i) === foldArg) : panel.threads;
  const { counts, misses } = checkAnswers(threads, panel.labels);
  if (process.argv.includes("-v")) for (const m of misses) console.log(`${m.threadId} c${m.comment} [gold ${m.gold} | app ${m.app}] ${JSON.stringify(m.text.slice(0, 110))}`);
  console.log(answersMarkdown(panel));
  void counts;
}
