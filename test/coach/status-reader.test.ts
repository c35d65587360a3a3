// The ending reader in "Where it stands": where the rules name no outcome, the comment the reader
// takes for the outcome is quoted as "Likely outcome, by …", its kind unnamed; where the rules name
// one, they speak; a heated comment is never quoted; thread words cannot ping anyone.
import { describe, expect, it } from "vitest";
import { ENDING_FEATURES, STRUCTURE } from "../../src/analysis/ending/features.ts";
import type { EndingModel } from "../../src/analysis/ending/reader.ts";
import { embeddingKey } from "../../src/analysis/heat/embedding/requests.ts";
import { analyzeThread } from "../../src/analysis/report.ts";
import { composeSummary } from "../../src/coach/answers.ts";
import { renderSummary } from "../../src/render/summary.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

type Said = { author: string; text: string; association?: "OWNER" | "MEMBER" | "NONE" };

/** Reads the last comment as the outcome (p 0.98), every other as not (0.02). */
function lastIsOutcome(): EndingModel {
  const weights = new Float32Array(ENDING_FEATURES);
  weights[STRUCTURE.indexOf("last")] = 8;
  return { logistic: { weights, bias: -4, calibration: { a: 1, b: 0 } }, cutoff: 0.5 };
}

function summary(comments: Said[], withReader = true): string {
  const thread = threadFromSimpleJson({ title: "Sidebar contrast is too low", comments });
  const now = new Date(thread.comments.at(-1)!.createdAt);
  const embeddings = new Map(thread.comments.map((c) => [embeddingKey(c), new Float32Array(512).fill(0.01)]));
  const report = analyzeThread(thread, { now, ...(withReader ? { embeddings, endingModel: lastIsOutcome() } : {}) });
  return renderSummary(composeSummary(report, thread, now));
}
const line = (out: string, head: string) => out.split("\n").find((l) => l.startsWith(`**${head}**`)) ?? "";
const stands = (comments: Said[], withReader = true) => line(summary(comments, withReader), "Where it stands");

const opening: Said = { author: "ana", text: "The sidebar text is grey on grey and hard to read on the docs site." };

describe("the ending reader's line", () => {
  const comments: Said[] = [
    opening,
    { author: "kim", text: "Same here on a laptop screen." },
    { author: "lee", association: "MEMBER", text: "Accessibility matters to us; the darker palette from the design review goes into the next site deploy." },
  ];

  it("quotes the comment it takes for the outcome where the rules state none", () => {
    expect(stands(comments, false)).toMatch(/No outcome stated/);
    const line = stands(comments);
    expect(line).toBe(
      "**Where it stands** — Likely outcome, by lee (maintainer), in comment 3: Accessibility matters to us; the darker palette from the design review goes into the next site deploy.",
    );
  });

  it("leaves a named outcome to the rules", () => {
    const line = stands([opening, { author: "lee", association: "MEMBER", text: "Fixed in #412, thanks for the report." }]);
    expect(line).not.toMatch(/Likely outcome/);
    expect(line).toMatch(/fixed/i);
  });

  it("never quotes a heated comment", () => {
    const line = stands([opening, { author: "kim", text: "This is pathetic. You idiots clearly never test anything, stop wasting everyone's time." }]);
    expect(line).not.toMatch(/Likely outcome/);
  });

  it("never pings: a handle in the quoted sentence stays inert", () => {
    const line = stands([...comments.slice(0, 2), { author: "lee", association: "MEMBER", text: "The darker palette ships next deploy, @kim did the review of it." }]);
    expect(line).toMatch(/Likely outcome/);
    expect(line).not.toMatch(/(^|[^\w`\u200b])@kim\b/);
  });

  it("a weak answer (nobody accepted it, no maintainer gave it) gives way to the reader's outcome, and stays listed as the answer so far", () => {
    const weak: Said[] = [
      opening,
      { author: "kim", text: "You can switch the docs theme to the high-contrast variant in the settings menu as a workaround." },
      { author: "max", text: "Same problem for me on the API pages." },
      { author: "lee", text: "The darker palette from the design review goes into the next site deploy." },
    ];
    expect(stands(weak, false)).toMatch(/^\*\*Where it stands\*\* — Answered by kim/);
    const out = summary(weak);
    expect(line(out, "Where it stands")).toMatch(/^\*\*Where it stands\*\* — Likely outcome, by lee, in comment 4: /);
    expect(out.slice(out.indexOf("**Answer so far**"))).toMatch(/^\*\*Answer so far\*\*\n- You can switch the docs theme to the high-contrast variant/);
  });

  it("an answer the opener accepted keeps its place", () => {
    const accepted: Said[] = [
      opening,
      { author: "kim", text: "You can switch the docs theme to the high-contrast variant in the settings menu as a workaround." },
      { author: "ana", text: "Thanks, that answers my question." },
      { author: "max", text: "Same problem for me on the API pages." },
    ];
    expect(stands(accepted)).toMatch(/^\*\*Where it stands\*\* — Answered by kim \(accepted by the author in comment 3\)/);
  });

  it("on a thread GitHub says is closed, the reader's line follows GitHub's state", () => {
    const base = threadFromSimpleJson({ title: "Sidebar contrast is too low", comments });
    const thread = { ...base, state: "closed" as const, closedAt: base.comments.at(-1)!.createdAt };
    const now = new Date(Date.parse(thread.closedAt) + 2 * 86_400_000);
    const embeddings = new Map(thread.comments.map((c) => [embeddingKey(c), new Float32Array(512).fill(0.01)]));
    const out = renderSummary(composeSummary(analyzeThread(thread, { now, embeddings, endingModel: lastIsOutcome() }), thread, now));
    expect(line(out, "Where it stands")).toMatch(/^\*\*Where it stands\*\* — Closed 2 days ago; likely outcome, by lee \(maintainer\), in comment 3: /);
  });
});

