// The coach and renderer on the example threads shipped in examples/, with the real analysis:
// whatever the analysis finds, what is written never quotes a heated comment, never pings
// anyone, always carries the footer, and answers a /summarize.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { isHeated } from "../../src/coach/items.ts";
import { planEvent } from "../../src/coach/plan.ts";
import { defaultConfig } from "../../src/config/schema.ts";
import { composeCoachingComment } from "../../src/coach/comment.ts";
import { renderCoachingComment } from "../../src/render/coaching-comment.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const dir = new URL("../../examples/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

/** Sentences of at least four words: long enough that finding one in the output means it was quoted. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 4);
}

describe.each(files)("examples/%s", (file) => {
  const thread = threadFromSimpleJson(JSON.parse(readFileSync(new URL(file, dir), "utf8")));
  const last = thread.comments[thread.comments.length - 1];
  const now = new Date(Date.parse(last.createdAt) + 30 * 3_600_000);
  const report = analyzeThread(thread, { now });
  const plan = planEvent({ thread, report, config: defaultConfig, state: null, comment: { id: "cmd", body: "/summarize", author: { login: "reader", association: "NONE", isBot: false } }, now });
  const body = renderCoachingComment(composeCoachingComment({ state: plan.state, report, thread, config: defaultConfig, now }));

  it("answers /summarize in the one comment, with the footer", () => {
    expect(plan.write).toBe(true);
    expect(body).toContain("**Summary so far**");
    expect(body).toMatch(/<sub>Common Ground coaches discussions and never takes sides\./);
  });

  it("never quotes a sentence of a heated comment, and pings nobody", () => {
    const heated = thread.comments.filter((c) => isHeated(report, c.id));
    for (const c of heated) for (const s of sentences(c.body)) expect(body).not.toContain(s);
    expect(body).not.toMatch(/(^|[^\w`])@(?=[A-Za-z0-9])/m);
  });
});

it("the heated example gets the escalation nudge and keeps its sharpest comments out", () => {
  const thread = threadFromSimpleJson(JSON.parse(readFileSync(new URL("heated-review.json", dir), "utf8")));
  const now = new Date("2024-03-04T11:00:00Z");
  const report = analyzeThread(thread, { now });
  const plan = planEvent({ thread, report, config: defaultConfig, state: null, now });
  expect(plan.decision.speak).toBe("escalation");
  const body = renderCoachingComment(composeCoachingComment({ state: plan.state, report, thread, config: defaultConfig, now }));
  expect(body).not.toMatch(/ridiculous|even read|always block/i);
});
