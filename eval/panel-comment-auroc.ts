// The thread panel's per-comment tone labels against the app's heat score, each comment scored as
// the app scores it when it is the thread's latest (a replay, prefix by prefix): the fast stage
// alone, and the full model (the sentence model re-reading the latest turns, embeddings from the
// evaluation cache). score.py's own figure (the Thread panel section) scores every comment at the
// thread's end with the fast stage; this one is the app's reading of each turn as it came.
import { analyzeThread } from "../src/analysis/report.ts";
import type { CommentFeatures } from "../src/analysis/comment-features.ts";
import { threadFromData } from "../src/cli/thread-json.ts";
import { defaultConfig } from "../src/config/schema.ts";
import type { Thread } from "../src/thread/model.ts";
import type { PanelLabel, PanelThread } from "./panel-score.ts";
import { panelFold, type PanelFold } from "./panel-folds.ts";
import type { EmbeddingsOf } from "./panel-summary.ts";
import { auroc } from "./tone-metrics.ts";

interface Scored {
  fold: PanelFold;
  fast: number;
  full: number;
  tense: boolean;
  heated: boolean;
}

/** Each labelled comment's score when it was the latest, by the fast stage and by the full model. */
function replayScores(thread: Thread, perComment: readonly (number | null | undefined)[], fold: PanelFold, embeddingsOf: EmbeddingsOf): Scored[] {
  const embeddings = embeddingsOf(thread);
  // Each comment's fast reading is memoised across prefixes and both stages (the second stage refines a copy).
  const cache = new Map<string, CommentFeatures>();
  const out: Scored[] = [];
  for (let n = 1; n <= thread.comments.length; n++) {
    const label = perComment[n - 1];
    if (typeof label !== "number") continue;
    const prefix: Thread = { ...thread, comments: thread.comments.slice(0, n) };
    const last = prefix.comments[n - 1];
    const opts = { now: new Date(last.createdAt), sensitivity: defaultConfig.sensitivity, cache };
    const score = (o: object) => analyzeThread(prefix, { ...opts, ...o }).heat.perComment.find((c) => c.commentId === last.id)?.score;
    const fast = score({});
    const full = score(embeddings ? { embeddings } : {});
    if (fast === undefined || full === undefined) continue;
    out.push({ fold, fast, full, tense: label >= 1, heated: label >= 2 });
  }
  return out;
}

/** The replayed comment AUROC table, per fold and whole panel. */
export function panelCommentAurocMarkdown(threads: readonly PanelThread[], labels: readonly PanelLabel[], embeddingsOf: EmbeddingsOf): string {
  const byId = new Map(labels.map((l) => [String(l.thread_id), l]));
  const scored = threads.flatMap((t, i) => {
    const per = byId.get(String(t.thread_id))?.heat?.per_comment;
    return per ? replayScores(threadFromData({ title: t.title, comments: t.comments }, String(t.thread_id)), per, panelFold(i), embeddingsOf) : [];
  });
  const row = (name: string, xs: Scored[]) => {
    const a = (pick: (s: Scored) => number, y: (s: Scored) => boolean) => auroc(xs.map(pick), xs.map((s) => Number(y(s)))).toFixed(3);
    return `| ${name} | ${xs.length} | ${xs.filter((s) => s.tense).length} | ${a((s) => s.fast, (s) => s.tense)} | ${a((s) => s.full, (s) => s.tense)} | ${a((s) => s.fast, (s) => s.heated)} | ${a((s) => s.full, (s) => s.heated)} |`;
  };
  return [
    "**Per-comment heat on the panel, as the app reads each turn** (replayed: each labelled comment scored when it was the latest; target for tense or worse ≥ 0.90):",
    "",
    "| fold | comments | tense or worse | AUROC tense, fast stage | AUROC tense, full model | AUROC heated, fast stage | AUROC heated, full model |",
    "|---|---|---|---|---|---|---|",
    row("A", scored.filter((s) => s.fold === "A")),
    row("B", scored.filter((s) => s.fold === "B")),
    row("all", scored),
  ].join("\n");
}
