// Evaluation section: heat on locked issues (issue 18). The app's per-comment flag on held-out
// repositories, per fold and per TBDF kind (eval/locked-flag.ts), the stages' ranking
// (eval/locked-eval.ts), and when the pause note comes: three replays, each after every comment
// (heat-threads.ts), at default settings:
//  - locked-issues threads, each with the models of its repository fold (trained without its
//    repository): does the note come at the first uncivil comment or within the two after it
//    ("in time"), before it, later, or never — overall and where the annotators saw the incivility
//    aimed at people;
//  - calm-threads: threads with any note (false alarms; target ≤ 3%);
//  - the thread panel at its end, per fold of the shared two-fold split (eval/panel-folds.ts): calm
//    endings called warming or heated (≤ 10%), notes where none was needed (≤ 5%), pause where one was.
// Each with the fast stage alone and with the full model (fast + sentence model).
// `npm run eval heat-threads`; `node --import tsx eval/heat-thread-eval.ts --no-locked` skips the CV.
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { requireDataDir, readJsonl } from "./data.ts";
import type { EvalSection } from "./section.ts";
import { analyzeThread } from "../src/analysis/report.ts";
import { shouldNudgeEscalation } from "../src/coach/policy.ts";
import { defaultConfig } from "../src/config/schema.ts";
import { readFileSync } from "node:fs";
import { embedInputs, loadThreads, pauseNotesAfter, threadEmbeddings, toThread } from "./heat-threads.ts";
import { scoreTone } from "../src/analysis/heat/tone.ts";
import { embeddingInput } from "../src/analysis/heat/embedding/input.ts";
import { refineTone } from "../src/analysis/heat/embedding/second-stage.ts";
import { cleanMarkdown } from "../src/thread/clean.ts";
import type { RawThread, Scoring } from "./heat-threads.ts";
import { panelFold } from "./panel-folds.ts";
import { repoFold } from "./locked-folds.ts";
import type { FoldModels } from "./locked-folds.ts";
import { lockedHeldOut, lockedTables } from "./locked-eval.ts";
import { lockedFlagTables } from "./locked-flag.ts";

/** A note this many comments after the first uncivil one, or fewer, is in time. */
export const IN_TIME = 2;

const pct = (a: number, b: number) => `${a}/${b}${b ? ` (${((100 * a) / b).toFixed(1)}%)` : ""}`;

type Mode = "fast" | "full";
const MODES: Mode[] = process.argv.includes("--fast-only") ? ["fast"] : ["fast", "full"];

interface Timing {
  threads: number;
  inTime: number;
  early: number;
  late: number;
  never: number;
}

function timing(raws: RawThread[], scoringOf: (t: RawThread, i: number) => Scoring, people: boolean): Timing {
  const out: Timing = { threads: 0, inTime: 0, early: 0, late: 0, never: 0 };
  raws.forEach((t, i) => {
    if (people && t.target !== "People") return;
    const u = t.comments.findIndex((c) => c.uncivil === 1);
    if (u < 0) return;
    out.threads++;
    const notes = pauseNotesAfter(toThread(t), scoringOf(t, i));
    const first = notes[0];
    if (first === undefined) out.never++;
    else if (first < u) {
      // a note before the first uncivil turn: in time if one also comes at or just after it
      out.early++;
      if (notes.some((k) => k >= u && k <= u + IN_TIME)) out.inTime++;
    } else if (first <= u + IN_TIME) out.inTime++;
    else out.late++;
  });
  return out;
}

async function lockedTiming(dataDir: string, models: FoldModels[]): Promise<string> {
  const raws = loadThreads(dataDir, "locked-issues");
  const embeddings = MODES.includes("full") ? await threadEmbeddings(raws.map(toThread)) : [];
  const rows: string[] = [];
  for (const people of [false, true]) {
    for (const mode of MODES) {
      const t = timing(raws, (r, i) => {
        const m = models[repoFold(r.repo ?? "")];
        return mode === "fast" ? { toneModel: m.toneModel } : { toneModel: m.toneModel, secondStage: m.secondStage, embeddings: embeddings[i] };
      }, people);
      rows.push(
        `| ${people ? "incivility aimed at people" : "all with an uncivil comment"} | ${mode} | ${t.threads} | ${pct(t.inTime, t.threads)} | ${pct(t.early, t.threads)} | ${pct(t.late, t.threads)} | ${pct(t.never, t.threads)} |`,
      );
    }
  }
  return (
    `**Locked-issues threads** (each replayed with the models of its repository fold): when the first pause note comes, against the first comment the annotators coded uncivil. ` +
    `*In time*: a note at that comment or within the ${IN_TIME} after it; *before* counts threads whose first note came earlier (they may still be in time).\n\n` +
    `| threads | model | n | in time | first note before | late | never |\n|---|---|---|---|---|---|---|\n${rows.join("\n")}\n`
  );
}

async function calmThreads(dataDir: string): Promise<string> {
  const raws = loadThreads(dataDir, "calm-threads");
  const threads = raws.map(toThread);
  const embeddings = MODES.includes("full") ? await threadEmbeddings(threads) : [];
  const rows = MODES.map((mode) => {
    let noted = 0;
    threads.forEach((t, i) => {
      if (pauseNotesAfter(t, mode === "fast" ? {} : { embeddings: embeddings[i] }).length) noted++;
    });
    return `| ${mode} | ${pct(noted, threads.length)} |`;
  });
  return `**calm-threads** (${threads.length} ordinary threads, replayed after every comment; target ≤ 3%):\n\n| model | threads with a pause note |\n|---|---|\n${rows.join("\n")}\n`;
}

interface PanelLabel {
  thread_id: string;
  heat: { level_at_end: "calm" | "tense" | "heated" };
  should_coach_at_end: string;
}

async function panel(dataDir: string): Promise<string> {
  const raws = loadThreads(dataDir, "thread-panel");
  const labels = new Map(readJsonl<PanelLabel>(join(dataDir, "thread-panel", "labels.jsonl")).map((l) => [String(l.thread_id), l]));
  const threads = raws.map(toThread);
  const embeddings = MODES.includes("full") ? await threadEmbeddings(threads) : [];
  const rows: string[] = [];
  for (const mode of MODES) {
    for (const fold of ["A", "B", "all"] as const) {
      const c = { calm: 0, calmWarm: 0, none: 0, noneNoted: 0, pause: 0, pauseNoted: 0 };
      threads.forEach((t, i) => {
        if (fold !== "all" && panelFold(i) !== fold) return;
        const lab = labels.get(String(raws[i].thread_id));
        if (!lab) return;
        const last = t.comments[t.comments.length - 1];
        const report = analyzeThread(t, { now: new Date(last.createdAt), sensitivity: defaultConfig.sensitivity, embeddings: mode === "full" ? embeddings[i] : undefined });
        const note = report.commentCount >= defaultConfig.minComments && shouldNudgeEscalation(report, defaultConfig);
        if (lab.heat.level_at_end === "calm") {
          c.calm++;
          if (report.heat.level !== "calm") c.calmWarm++;
        }
        if (lab.should_coach_at_end === "none") {
          c.none++;
          if (note) c.noneNoted++;
        }
        if (lab.should_coach_at_end === "pause") {
          c.pause++;
          if (note) c.pauseNoted++;
        }
      });
      rows.push(`| ${mode} | ${fold} | ${pct(c.calmWarm, c.calm)} | ${pct(c.noneNoted, c.none)} | ${pct(c.pauseNoted, c.pause)} |`);
    }
  }
  return (
    `**Thread panel** at its end, per fold (A = even lines, B = odd): calm endings called warming or heated (target ≤ 10%), ` +
    `pause notes on threads that needed nothing (≤ 5%), pause notes on threads labelled \`pause\`.\n\n` +
    `| model | fold | calm called warming/heated | pause note where none needed | pause note where labelled pause |\n|---|---|---|---|---|\n${rows.join("\n")}\n`
  );
}

function fixtureLines(name: string): string[] {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

/** The hand-made suites (eval/fixtures) through the fast stage and the full model, at the default. */
export async function suites(): Promise<string> {
  const rows: string[] = [];
  for (const [name, file, target] of [
    ["technical vocabulary (flags; target 0)", "tech-vocab.txt", "0"],
    ["hand-made heated suite (flags; target ≥ 9 of 10)", "heated-suite.txt", "≥ 90%"],
  ] as const) {
    const lines = fixtureLines(file);
    const inputs = lines.map((l) => embeddingInput(cleanMarkdown(l).prose));
    const vectors = await embedInputs(inputs);
    let fast = 0;
    let full = 0;
    lines.forEach((l, i) => {
      const t = scoreTone(l);
      if (t.flag) fast++;
      const v = vectors.get(inputs[i]);
      if ((v ? refineTone(t, v) : t).flag) full++;
    });
    rows.push(`| ${name} | ${lines.length} | ${fast} | ${full} | ${target} |`);
  }
  return `**Hand-made suites** (eval/fixtures), flags at the default sensitivity:\n\n| suite | n | fast stage | full model | target |\n|---|---|---|---|---|\n${rows.join("\n")}\n`;
}

export async function run(dataDir: string): Promise<EvalSection[]> {
  const parts: string[] = [await suites()];
  if (!process.argv.includes("--no-locked")) {
    const { ex, held, models } = await lockedHeldOut(dataDir, (s) => console.error(s));
    parts.push(lockedFlagTables(ex, held, models));
    parts.push(lockedTables(ex, held, process.argv.includes("-v")));
    parts.push(await lockedTiming(dataDir, models));
  }
  parts.push(await calmThreads(dataDir));
  parts.push(await panel(dataDir));
  return [{ title: "Heat as GitHub really sounds: locked issues by repository, calm threads, the panel (issue 18)", markdown: parts.join("\n") }];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [s] = await run(requireDataDir("eval/heat-thread-eval.ts"));
  console.log(s.markdown);
}
