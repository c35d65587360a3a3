// Evaluation section: whole-thread analysis.
// 1. Escalation forecasting on strudel GitHub threads and ferreira LKML review threads: each
//    toxic/uncivil thread is cut just before its first toxic comment, and counts as caught when
//    the app would have posted an escalation nudge after any comment of that prefix; calm
//    threads are replayed comment by comment the same way (a false alarm at any point counts).
// 2. Question / concern detection on cr-confusion question intents and cr-classification.
import { join } from "node:path";
import { readJsonl } from "./data.ts";
import type { EvalSection } from "./section.ts";
import type { Comment } from "../src/thread/model.ts";
import { analyzeComment, type CommentFeatures } from "../src/analysis/comment-features.ts";
import { assessEscalation, escalationScore, heatThresholds } from "../src/analysis/heat/escalation.ts";
import { defaultConfig } from "../src/config/schema.ts";

interface RawThread {
  thread_id: string;
  comments: { author: string | null; text: string; label: number | string | null }[];
  label: number | null;
  any_comment_toxic?: number;
}

interface Replay {
  set: string;
  toxic: boolean;
  /** Highest escalation score after any comment of the replayed part (−1: nothing to replay). */
  maxScore: number;
  /** Highest score once the thread had ≥ 4 comments (the app's default minComments). */
  maxScoreMin4: number;
  prefixLength: number;
}

const pct = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : "n/a");

function toComments(raw: RawThread["comments"], anonymous: boolean): Comment[] {
  return raw.map((c, i) => ({
    id: `c${i + 1}`,
    kind: i === 0 ? "body" : "comment",
    // strudel has no authors: every comment gets its own, so author-based signals stay silent there.
    author: { login: anonymous || !c.author ? `anon-${i}` : c.author, isBot: false, association: "NONE" },
    body: c.text ?? "",
    // Neither set has timestamps: evenly spaced, so the reply-speed signal stays silent.
    createdAt: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
  }));
}

/** Replays a thread comment by comment and keeps the highest escalation score. */
function replay(comments: Comment[], features: CommentFeatures[]): { max: number; maxMin4: number } {
  let max = -1;
  let maxMin4 = -1;
  for (let n = 1; n <= comments.length; n++) {
    const { score } = escalationScore(comments.slice(0, n), features.slice(0, n));
    max = Math.max(max, score);
    if (n >= 4) maxMin4 = Math.max(maxMin4, score);
  }
  return { max, maxMin4 };
}

function loadReplays(dataDir: string): { replays: Replay[]; skipped: Record<string, number> } {
  const replays: Replay[] = [];
  const skipped: Record<string, number> = { "strudel: toxic at first comment": 0, "ferreira: uncivil at first comment": 0, "strudel: no toxic comment label": 0 };
  const sets: { name: string; file: string; toxicLabel: number | string; anonymous: boolean }[] = [
    { name: "strudel", file: join(dataDir, "strudel", "threads.jsonl"), toxicLabel: 1, anonymous: true },
    { name: "ferreira", file: join(dataDir, "ferreira-incivility", "threads_lkml.jsonl"), toxicLabel: "uncivil", anonymous: false },
  ];
  for (const s of sets) {
    for (const t of readJsonl<RawThread>(s.file)) {
      if (t.label === null || t.label === undefined) continue;
      const first = t.comments.findIndex((c) => c.label === s.toxicLabel);
      const toxic = first >= 0;
      if (!toxic && t.label === 1) {
        skipped["strudel: no toxic comment label"]++;
        continue;
      }
      if (first === 0) {
        skipped[`${s.name}: ${s.name === "strudel" ? "toxic" : "uncivil"} at first comment`]++;
        continue;
      }
      const part = toxic ? t.comments.slice(0, first) : t.comments;
      const comments = toComments(part, s.anonymous);
      const features = comments.map((c) => analyzeComment(c));
      const r = replay(comments, features);
      replays.push({ set: s.name, toxic, maxScore: r.max, maxScoreMin4: r.maxMin4, prefixLength: part.length });
    }
  }
  return { replays, skipped };
}

function rates(rs: Replay[], threshold: number, key: "maxScore" | "maxScoreMin4" = "maxScore") {
  const tp = rs.filter((r) => r.toxic && r[key] >= threshold).length;
  const fn = rs.filter((r) => r.toxic && r[key] < threshold).length;
  const fp = rs.filter((r) => !r.toxic && r[key] >= threshold).length;
  const tn = rs.filter((r) => !r.toxic && r[key] < threshold).length;
  return { tp, fn, fp, tn, precision: tp / (tp + fp), recall: tp / (tp + fn), fpr: fp / (fp + tn) };
}

function escalationSection(dataDir: string): EvalSection {
  const { replays, skipped } = loadReplays(dataDir);
  const [warm, hot] = heatThresholds.medium;
  const lines: string[] = [];
  lines.push(
    "Each toxic/uncivil thread is cut just before its first toxic comment; it is *caught* when the prefix reaches the level after any of its comments. " +
      "Calm threads are replayed comment by comment; a *false alarm* is any point where the level is reached. " +
      "strudel has no authors and neither set has timestamps, so the back-and-forth, repetition and reply-speed signals are silent here. " +
      `Skipped: ${Object.entries(skipped).map(([k, v]) => `${k} ${v}`).join("; ")}.`,
    "",
    "| set | level | toxic prefixes | calm threads | precision | recall | false-positive rate on calm |",
    "|---|---|---|---|---|---|---|",
  );
  for (const set of ["strudel", "ferreira", "both"]) {
    const rs = set === "both" ? replays : replays.filter((r) => r.set === set);
    for (const [name, th] of [["heated (default nudge)", hot], ["warming", warm]] as const) {
      const m = rates(rs, th);
      lines.push(`| ${set} | ${name} | ${m.tp + m.fn} | ${m.fp + m.tn} | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.fpr)} |`);
    }
    const m4 = rates(rs, hot, "maxScoreMin4");
    lines.push(`| ${set} | heated, only once ≥ 4 comments (app default) | ${m4.tp + m4.fn} | ${m4.fp + m4.tn} | ${pct(m4.precision)} | ${pct(m4.recall)} | ${pct(m4.fpr)} |`);
  }
  lines.push("", "Trade-off curve (both sets, score threshold; the default heated threshold is " + hot + "):", "", "| threshold | precision | recall | false-positive rate on calm |", "|---|---|---|---|");
  for (let th = 0.05; th <= 0.901; th += 0.05) {
    const m = rates(replays, th);
    lines.push(`| ${th.toFixed(2)} | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.fpr)} |`);
  }
  lines.push(
    "",
    "A thread reads heated only through the gate of src/analysis/heat/gate.ts (a flagged turn aimed at a person, or warmth sustained by two people); " +
      "while it is shut the score is capped just below the default heated threshold, so thresholds under that cap show the ungated score (the warming level). " +
      "The level thresholds were read off this curve on these same sets (no held-out split), and turn heat depends on the tone model: " +
      "re-run `npm run eval thread` after retraining it. Real repositories have far fewer hostile threads than these sets, so precision there is lower than shown.",
  );
  return { title: "Escalation forecasting (thread prefixes before the first toxic comment)", markdown: lines.join("\n") };
}

function asComment(text: string): Comment {
  return { id: "q", kind: "review_comment", author: { login: "reviewer", isBot: false, association: "NONE" }, body: text, createdAt: "2024-01-01T00:00:00Z" };
}

function questionSection(dataDir: string): EvalSection {
  const lines: string[] = [];
  // cr-confusion: every row is a reviewer question; rhetorical/criticism/anger (alone) are not open items.
  const notOpen = new Set(["rhetorical question", "criticism", "anger", "surprise"]);
  const rows = readJsonl<{ text: string; label: string[] }>(join(dataDir, "cr-confusion", "questions_intent.jsonl"));
  let tp = 0, fp = 0, fn = 0, tn = 0, rhetCaught = 0;
  for (const r of rows) {
    const positive = r.label.some((l) => !notOpen.has(l));
    const f = analyzeComment(asComment(r.text));
    const predicted = f.candidates.length > 0;
    if (positive && predicted) tp++;
    else if (positive) fn++;
    else if (predicted) fp++;
    else tn++;
    if (!positive && f.rhetorical > 0) rhetCaught++;
  }
  lines.push(
    "**cr-confusion question intents** (395 reviewer questions from Android code review). Positive: a genuine question or request (any intent other than rhetorical question, criticism, anger, surprise alone); predicted: the comment yields an open question or concern.",
    "",
    "| rows | precision | recall | non-genuine rows kept out | non-genuine rows recognised as rhetorical |",
    "|---|---|---|---|---|",
    `| ${rows.length} | ${pct(tp / (tp + fp))} | ${pct(tp / (tp + fn))} | ${tn} of ${tn + fp} | ${rhetCaught} |`,
    "",
  );
  // cr-classification: "Question" among 17 review-comment intents.
  const cls = readJsonl<{ text: string; label: string }>(join(dataDir, "cr-classification", "data.jsonl"));
  tp = fp = fn = tn = 0;
  let concernTp = 0;
  for (const r of cls) {
    const positive = r.label === "Question";
    const f = analyzeComment(asComment(r.text));
    const predicted = f.candidates.some((c) => c.kind === "question");
    const any = f.candidates.length > 0;
    if (positive && predicted) tp++;
    else if (positive) fn++;
    else if (predicted) fp++;
    else tn++;
    if (positive && any) concernTp++;
  }
  lines.push(
    '**cr-classification** (1,829 OpenStack Nova inline review comments, 17 intents). Positive: label "Question"; predicted: the comment yields an open question.',
    "",
    "| rows | positives | precision | recall | recall counting questions or concerns |",
    "|---|---|---|---|---|",
    `| ${cls.length} | ${tp + fn} | ${pct(tp / (tp + fp))} | ${pct(tp / (tp + fn))} | ${pct(concernTp / (tp + fn))} |`,
    "",
    "Many comments labelled with another intent (e.g. Solution approach, Documentation) are phrased as questions (\"should this be X?\"); those count as false positives here, though they are open items for the thread.",
  );
  return { title: "Question and concern detection", markdown: lines.join("\n") };
}

interface AryaSentence {
  text: string;
  thread_id: string;
  is_issue_author: boolean;
  /** Time position of the comment in the thread, 0..1. */
  tpos1: string;
}

/** arya-infotypes keeps sentences; consecutive sentences with the same time position form one comment. */
function aryaThreads(dataDir: string): Map<string, Comment[]> {
  const threads = new Map<string, Comment[]>();
  let last = "";
  for (const r of readJsonl<AryaSentence>(join(dataDir, "arya-infotypes", "data.jsonl"))) {
    const list = threads.get(r.thread_id) ?? [];
    threads.set(r.thread_id, list);
    const key = `${r.thread_id}|${r.tpos1}|${r.is_issue_author}`;
    if (key === last && list.length) {
      list[list.length - 1].body += ` ${r.text}`;
      continue;
    }
    last = key;
    const i = list.length;
    list.push({
      id: `c${i + 1}`,
      kind: i === 0 ? "body" : "comment",
      // Only the issue author is known; everyone else gets a name of their own per comment.
      author: { login: r.is_issue_author ? "issue-author" : `anon-${i}`, isBot: false, association: "NONE" },
      body: r.text,
      // Spread over 90 days by the comment's time position.
      createdAt: new Date(Date.UTC(2024, 0, 1) + Number(r.tpos1) * 90 * 86_400_000).toISOString(),
    });
  }
  return threads;
}

/** One escalation nudge the app would post while a thread grows. */
interface Nudge {
  /** 1-based position of the comment whose arrival triggered it. */
  at: number;
  /** 1-based position of the hottest turn from where the rise began to the trigger. */
  hottest: number;
  score: number;
  reasons: string[];
}

/**
 * Replays a thread event by event the way the app decides on escalation nudges at default
 * settings: only from `minComments` on; a nudge on display stays (no new post) while the thread
 * is heated and is withdrawn once it is calm; a new nudge waits for the cooldown (comments, and
 * hours when the thread has real timestamps).
 */
function simulateNudges(comments: Comment[], features: CommentFeatures[], realTimes: boolean): Nudge[] {
  const { minComments, cooldown } = defaultConfig;
  const nudges: Nudge[] = [];
  let shown = false;
  let last: { n: number; t: number } | null = null;
  for (let n = minComments; n <= comments.length; n++) {
    const heat = assessEscalation(comments.slice(0, n), features.slice(0, n));
    const heated = heat.level === "heated";
    if (shown && !heated) shown = false;
    if (!heated || shown) continue;
    const t = Date.parse(comments[n - 1].createdAt);
    if (last && (n - last.n < cooldown.comments || (realTimes && t - last.t < cooldown.hours * 3_600_000))) continue;
    const from = heat.since?.index ?? n - 1;
    let hottest = from;
    for (let i = from; i < n; i++) if (features[i].tone.score > features[hottest].tone.score) hottest = i;
    nudges.push({ at: n, hottest: hottest + 1, score: heat.score, reasons: heat.reasons.slice(0, 2) });
    shown = true;
    last = { n, t };
  }
  return nudges;
}

interface LongThread {
  set: string;
  id: string;
  comments: Comment[];
  realTimes: boolean;
  /** 1-based positions of comments labelled toxic/uncivil (empty for unlabelled sets). */
  toxicAt: number[];
  labelled: boolean;
}

/** Threads of at least this many comments count as long here. */
const LONG = 15;

function longThreads(dataDir: string): LongThread[] {
  const out: LongThread[] = [];
  for (const [id, comments] of aryaThreads(dataDir)) out.push({ set: "arya", id, comments, realTimes: true, toxicAt: [], labelled: false });
  const sets = [
    { name: "strudel", file: join(dataDir, "strudel", "threads.jsonl"), toxicLabel: 1 as number | string, anonymous: true },
    { name: "ferreira", file: join(dataDir, "ferreira-incivility", "threads_lkml.jsonl"), toxicLabel: "uncivil", anonymous: false },
  ];
  for (const s of sets) {
    for (const t of readJsonl<RawThread>(s.file)) {
      if (t.comments.length < LONG || t.label === null || t.label === undefined) continue;
      const toxicAt = t.comments.flatMap((c, i) => (c.label === s.toxicLabel ? [i + 1] : []));
      // A thread labelled toxic without a labelled comment cannot tell a warranted nudge from a false one.
      if (t.label === 1 && !toxicAt.length) continue;
      out.push({ set: s.name, id: t.thread_id, comments: toComments(t.comments, s.anonymous), realTimes: false, toxicAt, labelled: true });
    }
  }
  return out;
}

/** A nudge is near a labelled toxic comment when it comes at most 3 turns before it (a forecast) or up to 4 after (the heat is still in the window). */
const nearToxic = (nudge: Nudge, toxicAt: number[]): boolean => toxicAt.some((p) => nudge.at >= p - 3 && nudge.at <= p + 4);

const excerpt = (text: string, max = 220): string => {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
};

/**
 * Long threads, replayed event by event as the app would see them: how many get at least one
 * escalation nudge and how many nudges in all. With EVAL_SHOW_NUDGES=1 the triggering comments
 * are printed to stderr for reading (never written into the repository: the data is not ours).
 */
function longThreadSection(dataDir: string): EvalSection {
  const show = process.env.EVAL_SHOW_NUDGES === "1";
  const rows: string[] = ["| set | thread | comments | labelled toxic comments | nudges (at comment: hottest turn) | near a labelled toxic comment |", "|---|---|---|---|---|---|"];
  const totals = new Map<string, { threads: number; nudged: number; nudges: number; near: number; calmThreads: number; calmNudged: number }>();
  for (const t of longThreads(dataDir)) {
    const features = t.comments.map((c) => analyzeComment(c));
    const nudges = simulateNudges(t.comments, features, t.realTimes);
    const near = nudges.filter((x) => nearToxic(x, t.toxicAt)).length;
    const tot = totals.get(t.set) ?? { threads: 0, nudged: 0, nudges: 0, near: 0, calmThreads: 0, calmNudged: 0 };
    totals.set(t.set, tot);
    tot.threads++;
    tot.nudges += nudges.length;
    tot.near += near;
    if (nudges.length) tot.nudged++;
    if (t.labelled && !t.toxicAt.length) {
      tot.calmThreads++;
      if (nudges.length) tot.calmNudged++;
    }
    const where = nudges.map((x) => `${x.at}: ${x.hottest}`).join(", ") || "none";
    rows.push(`| ${t.set} | ${t.id} | ${t.comments.length} | ${t.labelled ? t.toxicAt.join(", ") || "none (calm)" : "unlabelled"} | ${where} | ${t.labelled ? `${near} of ${nudges.length}` : "–"} |`);
    if (show) {
      for (const x of nudges) {
        const c = t.comments[x.hottest - 1];
        process.stderr.write(
          `\n[${t.set} ${t.id}] nudge at ${x.at}/${t.comments.length} (score ${x.score}), hottest turn ${x.hottest} ` +
            `(tone ${features[x.hottest - 1].tone.score.toFixed(2)}; ${features[x.hottest - 1].tone.evidence.map((e) => `${e.category}:"${e.phrase}"`).join(" ")})\n` +
            `  reasons: ${x.reasons.join(" | ")}\n  trigger: ${excerpt(t.comments[x.at - 1].body)}\n  hottest: ${excerpt(c.body)}\n`,
        );
      }
    }
  }
  const summary = ["| set | long threads | with ≥ 1 nudge | nudges | calm-labelled threads nudged | nudges near a labelled toxic comment |", "|---|---|---|---|---|---|"];
  for (const [set, x] of totals) {
    summary.push(`| ${set} | ${x.threads} | ${x.nudged} | ${x.nudges} | ${set === "arya" ? "–" : `${x.calmNudged} of ${x.calmThreads}`} | ${set === "arya" ? "–" : `${x.near} of ${x.nudges}`} |`);
  }
  return {
    title: "Escalation nudges on long threads (replayed event by event)",
    markdown:
      `Every thread of at least ${LONG} comments: the fifteen arya-infotypes GitHub issue threads (TensorFlow, scikit-learn, spaCy; unlabelled, ` +
      "rebuilt into comments from the set's sentences, only the issue author known, times spread over 90 days by each comment's time position) and the " +
      "long labelled strudel and ferreira (LKML) threads, replayed whole. Each comment is an event; at default settings the app posts an escalation " +
      `nudge when the thread reads heated with at least ${defaultConfig.minComments} comments, keeps it (no new post) while the heat lasts, withdraws ` +
      `it when calm, and waits ${defaultConfig.cooldown.comments} comments and ${defaultConfig.cooldown.hours} h before a new one (strudel and ferreira ` +
      "have no timestamps: only the comment cooldown applies there, so their counts are an upper bound). On labelled threads, a nudge is *near* a " +
      "labelled toxic comment when it comes at most 3 comments before it or up to 4 after.\n\n" +
      summary.join("\n") +
      "\n\n" +
      rows.join("\n") +
      "\n\nRun with `EVAL_SHOW_NUDGES=1` to read each nudge's triggering and hottest comment (printed, not stored: the data is not ours to copy).",
  };
}

export async function run(dataDir: string): Promise<EvalSection[]> {
  return [escalationSection(dataDir), longThreadSection(dataDir), questionSection(dataDir)];
}
