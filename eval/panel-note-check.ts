// A check of when an open item makes an open-questions note (analysis/open-items.ts, quietAside),
// beside the panel figures: on the thread panel, the listed items marked as asides by the label's
// verdict and the thread's labelled note; on calm-threads and locked-issues (no item labels), the
// threads that would get an open-questions note after their last comment. Nothing is fitted here.
// Run with `node --import tsx eval/panel-note-check.ts`.
import { requireDataDir } from "./data.ts";
import { loadPanel } from "./panel-eval.ts";
import { panelFold } from "./panel-folds.ts";
import { commentNumber, nudgeKind, runApp } from "./panel-score.ts";
import { loadThreads, toThread } from "./heat-threads.ts";
import { analyzeThread } from "../src/analysis/report.ts";
import { wouldPost } from "../src/cli/would-post.ts";
import { defaultConfig } from "../src/config/schema.ts";
import { lastActivity } from "../src/cli/analyze.ts";

const dataDir = requireDataDir("eval/panel-note-check.ts");

const panel = loadPanel(dataDir);
if (panel) {
  const labels = new Map(panel.labels.map((l) => [String(l.thread_id), l]));
  const counts = new Map<string, number>();
  panel.threads.forEach((t, i) => {
    const lab = labels.get(String(t.thread_id));
    if (!lab) return;
    const { report } = runApp(t);
    for (const item of [...report.openQuestions, ...report.openConcerns]) {
      const c = commentNumber(item.commentId);
      const gold = (lab.items ?? []).filter((x) => x.comment === c);
      const verdict = !gold.length ? "not an item" : gold.some((x) => x.open_at_end) ? "open" : "answered";
      const key = `fold ${panelFold(i)} | thread labelled ${lab.should_coach_at_end ?? "none"} | item ${verdict} | ${item.quietAside ? "aside" : "not an aside"}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  });
  console.log("Thread panel, listed items:");
  for (const [k, n] of [...counts].sort()) console.log(`  ${k}: ${n}`);
}

for (const set of ["calm-threads", "locked-issues"]) {
  let threads = 0;
  let notes = 0;
  let items = 0;
  let asides = 0;
  for (const raw of loadThreads(dataDir, set)) {
    const thread = toThread(raw);
    threads++;
    const now = lastActivity(thread);
    const report = analyzeThread(thread, { now, sensitivity: defaultConfig.sensitivity, ignoreUsers: defaultConfig.ignore.users });
    const listed = [...report.openQuestions, ...report.openConcerns];
    items += listed.length;
    asides += listed.filter((i) => i.quietAside).length;
    if (nudgeKind(wouldPost(thread, report, defaultConfig, now).trim().split("\n")[0]) === "open_questions") notes++;
  }
  console.log(`${set}: ${threads} threads, open-questions notes after the last comment ${notes}, listed items ${items}, of which asides ${asides}`);
}
