// Hostile and odd comment bodies through the pure pipeline (clean → tone → thread analysis →
// every nudge and command answer rendered): nothing throws, scores stay in 0..1, items point
// at real comments, and every rendered body is inert and fits GitHub's limit. No timing here:
// the worst cases are measured by `npm run bench:load` (docs/hardening.md).
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { scoreTone } from "../../src/analysis/heat/tone.ts";
import type { AnswerKind, CoachState, NudgeKind } from "../../src/coach/state.ts";
import { defaultConfig } from "../../src/config/schema.ts";
import { composeCoachingComment } from "../../src/coach/comment.ts";
import { renderCoachingComment } from "../../src/render/coaching-comment.ts";
import { encodeMarker } from "../../src/render/marker.ts";
import { cleanMarkdown } from "../../src/thread/clean.ts";
import { GITHUB_BODY_LIMIT, HOSTILE_BODIES, hostileThread, inertnessProblems } from "./hostile-bodies.ts";
import { reportProblems } from "./report-invariants.ts";

const NOW = new Date("2026-03-03T10:00:00Z");
const NUDGES: NudgeKind[] = ["escalation", "openItems", "convergence", "calm"];
const ANSWERS: AnswerKind[] = ["summarize", "concerns", "decision", "help"];

function states(commentIds: string[]): CoachState[] {
  const at = NOW.toISOString();
  const out: CoachState[] = [{ v: 1, coachOff: true, handled: [] }];
  for (const kind of NUDGES) for (const answer of ANSWERS) out.push({ v: 1, coachOff: false, handled: [], nudge: { kind, at, commentIds, previous: "escalation" }, answer: { kind: answer, at, commentCount: 5 } });
  return out;
}

const cases = Object.entries(HOSTILE_BODIES);

describe("hostile comment bodies", () => {
  it("are really at GitHub's limit where they claim to be", () => {
    expect(HOSTILE_BODIES["heated prose at the limit"].length).toBe(GITHUB_BODY_LIMIT);
    expect(HOSTILE_BODIES["thousands of mentions"].match(/@user\d+/g)!.length).toBeGreaterThan(5000);
    for (const body of Object.values(HOSTILE_BODIES)) expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT + 20_000);
  });

  it.each(cases)("%s: cleaning and tone never throw and stay in range", (_name, body) => {
    const cleaned = cleanMarkdown(body);
    expect(typeof cleaned.prose).toBe("string");
    const tone = scoreTone(body);
    expect(tone.score).toBeGreaterThanOrEqual(0);
    expect(tone.score).toBeLessThanOrEqual(1);
    for (const e of tone.evidence) expect(cleaned.prose).toContain(e.phrase);
  });

  // Some of these take seconds of analysis (measured in docs/hardening.md), hence the timeout.
  it.each(cases)("%s: analysis holds its invariants and every rendered body is inert", (_name, body) => {
    const thread = hostileThread(body, 2);
    for (const sensitivity of ["high"] as const) {
      const report = analyzeThread(thread, { now: NOW, sensitivity });
      expect(reportProblems(report, thread)).toEqual([]);
      for (const evidence of [true, false]) {
        const config = { ...defaultConfig, sensitivity, evidence };
        for (const state of states(thread.comments.slice(1, 4).map((c) => c.id))) {
          const rendered = renderCoachingComment(composeCoachingComment({ state, report, thread, config, now: NOW }));
          expect(inertnessProblems(rendered, thread), `${state.nudge?.kind}/${state.answer?.kind}`).toEqual([]);
        }
      }
    }
  }, 60_000);

  it("the inertness check catches what it must (it is not vacuous)", () => {
    const thread = hostileThread("hi");
    const marker = encodeMarker({ v: 1, coachOff: false, handled: [] });
    const ok = `Fine.\n\n${marker}`;
    expect(inertnessProblems(ok, thread)).toEqual([]);
    expect(inertnessProblems(ok.replace("Fine.", "Hey @alice"), thread)).not.toEqual([]);
    expect(inertnessProblems(ok.replace("Fine.", "<img src=x>"), thread)).not.toEqual([]);
    expect(inertnessProblems(ok.replace("Fine.", "[x](https://evil.example)"), thread)).not.toEqual([]);
    expect(inertnessProblems(ok.replace("Fine.", `[x](${thread.comments[1].url})`), thread)).toEqual([]);
    expect(inertnessProblems(ok.replace("Fine.", "`@alice` and @\u200balice"), thread)).toEqual([]);
    expect(inertnessProblems(`${ok}\n\n${marker}`, thread)).not.toEqual([]);
    expect(inertnessProblems(`${"x".repeat(70_000)}\n\n${marker}`, thread)).not.toEqual([]);
  });
});
