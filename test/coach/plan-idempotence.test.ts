// Property: whatever the thread, config, state and command, handling the same event twice
// (a redelivered webhook, or an edit that changed nothing) writes at most once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OpenItem, ThreadReport } from "../../src/analysis/types.ts";
import { planEvent, type PlanInput } from "../../src/coach/plan.ts";
import { config, heated, openItem, report, T0, thread } from "./factories.ts";
import { assertProperty } from "../support/property.ts";

const item = fc.record({
  kind: fc.constantFrom("question" as const, "concern" as const),
  id: fc.integer({ min: 2, max: 12 }),
  ageHours: fc.integer({ min: 0, max: 100 }),
  later: fc.integer({ min: 0, max: 8 }),
  blocking: fc.boolean(),
});

const reportArb = fc
  .record({
    level: fc.constantFrom("calm" as const, "warming" as const, "heated" as const),
    items: fc.array(item, { maxLength: 4 }),
    agreements: fc.integer({ min: 0, max: 2 }),
    decisions: fc.integer({ min: 0, max: 1 }),
    commentCount: fc.integer({ min: 1, max: 14 }),
    english: fc.boolean(),
  })
  .map(({ level, items, agreements, decisions, commentCount, english }): ThreadReport => {
    const open: OpenItem[] = items.map((i) => openItem({ kind: i.kind, commentId: `c${i.id}`, ageMs: i.ageHours * 3_600_000, laterComments: i.later, blocking: i.blocking }));
    return report({
      heat: level === "calm" ? report().heat : { ...heated(commentCount), level },
      openQuestions: open.filter((o) => o.kind === "question"),
      openConcerns: open.filter((o) => o.kind === "concern"),
      agreements: Array.from({ length: agreements }, (_, k) => ({ text: `point ${k}`, author: "a", commentId: `c${k + 2}`, agreedBy: ["b", "c"], agreementCommentIds: [] })),
      decisions: Array.from({ length: decisions }, () => ({ text: "go with B", author: "a", commentId: "c9" })),
      commentCount,
      language: { isEnglish: english, confidence: 0.9 },
    });
  });

const configArb = fc
  .record({
    threshold: fc.constantFrom("warming" as const, "heated" as const),
    hours: fc.constantFrom(0, 1, 24),
    comments: fc.constantFrom(0, 2, 5),
    minComments: fc.constantFrom(1, 4, 8),
    allowed: fc.constantFrom<("author" | "anyone")[]>(["author"], ["anyone"]),
  })
  .map((c) => config({ escalation: { threshold: c.threshold }, cooldown: { hours: c.hours, comments: c.comments }, minComments: c.minComments, coachOff: { allowed: c.allowed } }));

const bodyArb = fc.constantFrom("", "thanks", "/summarize", "/concerns\n/decision", "/coach off", "/coach on", "/coach help", "> /summarize");

describe("planEvent is idempotent", () => {
  it("the same event planned twice (second time with the first's state) never writes again", () => {
    assertProperty(
      fc.property(fc.array(fc.tuple(reportArb, bodyArb), { minLength: 1, maxLength: 4 }), configArb, (events, cfg) => {
        let state: PlanInput["state"] = null;
        events.forEach(([r, body], i) => {
          const input: PlanInput = { thread: thread(6), report: r, config: cfg, state, now: new Date(T0.getTime() + i * 3 * 3_600_000), comment: { id: `c${20 + i}`, body, author: { login: "user", association: "NONE", isBot: false } } };
          const first = planEvent(input);
          const again = planEvent({ ...input, state: first.state });
          expect(again.write).toBe(false);
          expect(again.state).toEqual(first.state);
          state = first.state;
        });
      }),
      { numRuns: 300 },
    );
  });
});
