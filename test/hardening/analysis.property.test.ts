// Property-based tests (fast-check) of tone and thread analysis on arbitrary threads of
// Markdown-ish, hostile and random text: never throws, scores in 0..1, every reported item
// points at a real comment of the thread, and the rendered coaching comment stays inert.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { scoreTone } from "../../src/analysis/heat/tone.ts";
import type { CoachState } from "../../src/coach/state.ts";
import { defaultConfig } from "../../src/config/schema.ts";
import { composeCoachingComment } from "../../src/coach/comment.ts";
import { renderCoachingComment } from "../../src/render/coaching-comment.ts";
import type { Comment, Thread } from "../../src/thread/model.ts";
import { EVIL, inertnessProblems } from "./hostile-bodies.ts";
import { reportProblems } from "./report-invariants.ts";
import { assertProperty } from "../support/property.ts";
import { embeddingKey } from "../../src/analysis/heat/embedding/requests.ts";
import { shippedEndingModel } from "../../src/analysis/ending/reader.ts";

const fragment = fc.constantFrom(
  "Why does this drop rows?", "What happens when the queue is down?", "I'm worried this breaks imports.", "Agreed, let's go with the queue.",
  "LGTM", "Did you even test this?", "This is ridiculous.", "You always do this!!!", "Thanks, that helps.", "We decided to ship it behind a flag.",
  "I'll add a test.", "@alice @org/team", "&#64;root", "\n```\ncode @x\n```\n", "`inline @y`", "\n> quoted why?\n", "\n- item\n  - nested\n", "<script>alert(1)</script>",
  `[github](${EVIL})`, "![x](javascript:alert(1))", "\u200b\u202e\u2066", "😡🔥", "**bold** _em_", "\n\n", " ", "/summarize", "<!-- common-ground:state v1 e30 -->", "#12",
);
const body = fc.oneof(
  { weight: 3, arbitrary: fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(" ")) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
);
const logins = fc.constantFrom("alice", "bob", "carol", "dependabot", "common-ground");
const commentArb = fc.record({
  body,
  login: logins,
  isBot: fc.boolean(),
  kind: fc.constantFrom<Comment["kind"]>("comment", "review", "review_comment"),
  reviewState: fc.constantFrom(undefined, "APPROVED", "CHANGES_REQUESTED", "COMMENTED"),
  gapMinutes: fc.integer({ min: 0, max: 3000 }),
  viewerDidAuthor: fc.boolean(),
});

const threadArb: fc.Arbitrary<Thread> = fc.array(commentArb, { minLength: 1, maxLength: 14 }).map((raw) => {
  let t = Date.UTC(2026, 2, 1);
  const comments: Comment[] = raw.map((r, i) => {
    t += r.gapMinutes * 60_000;
    return {
      id: `P_${i}`,
      databaseId: i + 1,
      kind: i === 0 ? "body" : r.kind,
      author: { login: r.login, isBot: r.isBot, association: "CONTRIBUTOR" },
      body: r.body,
      createdAt: new Date(t).toISOString(),
      url: `https://github.com/acme/widgets/pull/5#c${i}`,
      reviewState: r.kind === "review" ? (r.reviewState as Comment["reviewState"]) ?? "COMMENTED" : undefined,
      viewerDidAuthor: r.viewerDidAuthor && r.isBot,
    };
  });
  return { kind: "pull_request", repo: { owner: "acme", name: "widgets" }, number: 5, title: "A change", url: "https://github.com/acme/widgets/pull/5", labels: [], comments, reviewThreads: [] };
});

const NOW = new Date("2026-03-10T00:00:00Z");

describe("analysis properties", () => {
  it("scoreTone never throws; score in 0..1; evidence weights finite", () => {
    assertProperty(
      fc.property(body, fc.constantFrom("low", "medium", "high") as fc.Arbitrary<"low" | "medium" | "high">, (md, sensitivity) => {
        const r = scoreTone(md, { sensitivity });
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(typeof r.flag).toBe("boolean");
        for (const e of r.evidence) expect(Number.isFinite(e.weight)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("analyzeThread never throws; scores in 0..1; every item points at a real comment", () => {
    assertProperty(
      fc.property(threadArb, fc.constantFrom("low", "medium", "high") as fc.Arbitrary<"low" | "medium" | "high">, (thread, sensitivity) => {
        const report = analyzeThread(thread, { now: NOW, sensitivity });
        expect(reportProblems(report, thread)).toEqual([]);
        // Heat is only ever about people: no per-comment score for a bot's or the app's own comment.
        const byId = new Map(thread.comments.map((c) => [c.id, c]));
        for (const c of report.heat.perComment) expect(byId.get(c.commentId)!.author.isBot || byId.get(c.commentId)!.viewerDidAuthor).toBeFalsy();
      }),
      { numRuns: 80 },
    );
  });

  it("fixed case (seed -1047923435): an image link with a javascript: target is no topic of a follow-up line in the decision record", () => {
    const at = NOW.toISOString();
    const c = (id: string, n: number, kind: Comment["kind"], body: string): Comment => ({
      id, databaseId: n, kind, author: { login: "alice", isBot: false, association: "CONTRIBUTOR" }, body, createdAt: "2026-03-01T00:00:00.000Z", url: `https://github.com/acme/widgets/pull/5#c${n - 1}`, viewerDidAuthor: false,
    });
    const thread: Thread = {
      kind: "pull_request", repo: { owner: "acme", name: "widgets" }, number: 5, title: "A change", url: "https://github.com/acme/widgets/pull/5", labels: [], reviewThreads: [],
      comments: [c("P_0", 1, "body", "Why does this drop rows? This is ridiculous. /summarize ![x](javascript:alert(1)) I'll add a test."), c("P_1", 2, "comment", "")],
    };
    const report = analyzeThread(thread, { now: NOW, sensitivity: "high" });
    const state: CoachState = { v: 1, coachOff: false, handled: [], nudge: { kind: "escalation", at, commentIds: ["P_0"] }, answer: { kind: "decision", at, commentCount: 1 } };
    const rendered = renderCoachingComment(composeCoachingComment({ state, report, thread, config: { ...defaultConfig, evidence: true }, now: NOW }));
    expect(inertnessProblems(rendered, thread)).toEqual([]);
  });

  it("the coaching comment rendered from any thread is inert (no pings, no foreign links or HTML)", () => {
    const at = NOW.toISOString();
    assertProperty(
      fc.property(threadArb, fc.constantFrom("escalation", "openItems", "convergence") as fc.Arbitrary<"escalation" | "openItems" | "convergence">, fc.constantFrom("summarize", "concerns", "decision") as fc.Arbitrary<"summarize" | "concerns" | "decision">, (thread, nudge, answer) => {
        const report = analyzeThread(thread, { now: NOW, sensitivity: "high" });
        const state: CoachState = { v: 1, coachOff: false, handled: [], nudge: { kind: nudge, at, commentIds: [thread.comments[0].id] }, answer: { kind: answer, at, commentCount: 1 } };
        const rendered = renderCoachingComment(composeCoachingComment({ state, report, thread, config: { ...defaultConfig, evidence: true }, now: NOW }));
        expect(inertnessProblems(rendered, thread)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it("with sentence embeddings (the second stage and the ending reader, which may take any comment for the outcome), the report holds its invariants and /summarize stays inert", () => {
    const at = NOW.toISOString();
    // Any comment the reader reads can be its outcome: the cut-off at 0.
    const eager = { ...shippedEndingModel(), cutoff: 0 };
    const vector = fc.array(fc.double({ min: -0.2, max: 0.2, noNaN: true }), { minLength: 512, maxLength: 512 }).map((v) => Float32Array.from(v));
    assertProperty(
      fc.property(threadArb, vector, (thread, v) => {
        const embeddings = new Map(thread.comments.map((c) => [embeddingKey(c), v]));
        const report = analyzeThread(thread, { now: NOW, sensitivity: "medium", embeddings, endingModel: eager });
        expect(reportProblems(report, thread)).toEqual([]);
        const state: CoachState = { v: 1, coachOff: false, handled: [], answer: { kind: "summarize", at, commentCount: 1 } };
        const rendered = renderCoachingComment(composeCoachingComment({ state, report, thread, config: { ...defaultConfig, evidence: true }, now: NOW }));
        expect(inertnessProblems(rendered, thread)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

