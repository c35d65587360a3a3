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

function stands(comments: Said[], withReader = true): string {
  const thread = threadFromSimpleJson({ title: "Sidebar contrast is too low", comments });
  const now = new Date(thread.comments.at(-1)!.createdAt);
  const embeddings = new Map(thread.comments.map((c) => [embeddingKey(c), new Float32Array(512).fill(0.01)]));
  const report = analyzeThread(thread, { now, ...(withReader ? { embeddings, endingModel: lastIsOutcome() } : {}) });
  const out = renderSummary(composeSummary(report, thread, now));
  return out.split("\n").find((l) => l.startsWith("**Where it stands**")) ?? "";
}

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
});
