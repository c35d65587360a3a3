// The second tone stage as the analysis runs it, with hand-made embeddings and a hand-made
// regression (no encoder): the fast-scale mapping, refineTone, and analyzeThread re-reading only
// the latest turns it was given embeddings for.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assertProperty } from "../support/property.ts";
import { onFastScale, refineTone, SECOND_STAGE_WINDOW } from "../../src/analysis/heat/embedding/second-stage.ts";
import type { SecondStageModel } from "../../src/analysis/heat/embedding/second-stage.ts";
import { embeddingKey, embeddingRequests } from "../../src/analysis/heat/embedding/requests.ts";
import { EMBEDDING_DIM } from "../../src/analysis/heat/embedding/input.ts";
import { COMMENT_FLAG_CUTOFFS, THREAD_TURN_CUTOFFS } from "../../src/analysis/heat/tone/decision.ts";
import { analyzeThread } from "../../src/analysis/report.ts";
import { scoreProse, scoreTone } from "../../src/analysis/heat/tone.ts";
import type { Thread } from "../../src/thread/model.ts";

const cutoffs = { low: 0.7, medium: 0.6, high: 0.5 };
/** A regression that reads dimension 0 only: p = σ(10·(x0 − 0.5)). */
function model(): SecondStageModel {
  const weights = new Float32Array(EMBEDDING_DIM);
  weights[0] = 10;
  return { logistic: { weights, bias: -5, calibration: { a: 1, b: 0 } }, combination: { kind: "mean" }, cutoffs, encoder: "test" };
}
const vec = (x0: number): Float32Array => {
  const v = new Float32Array(EMBEDDING_DIM);
  v[0] = x0;
  return v;
};

describe("onFastScale", () => {
  it("puts each sensitivity's cut-off on the fast model's", () => {
    for (const s of ["low", "medium", "high"] as const) expect(onFastScale(cutoffs[s], cutoffs)).toBeCloseTo(THREAD_TURN_CUTOFFS[s], 10);
    expect(onFastScale(0, cutoffs)).toBe(0);
    expect(onFastScale(1, cutoffs)).toBe(1);
  });

  it("is monotone and stays in [0, 1] (property)", () => {
    assertProperty(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        const fx = onFastScale(x, cutoffs);
        const fy = onFastScale(y, cutoffs);
        return fx <= fy + 1e-12 && fx >= 0 && fy <= 1;
      }),
    );
  });
});

describe("refineTone", () => {
  const prose = "You clearly did not read the issue before closing it.";
  it("combines the fast score with the embedding's probability and decides the flag and the thread reading again", () => {
    const fast = scoreProse(prose);
    const hot = refineTone(fast, vec(1), "medium", model());
    const cool = refineTone(fast, vec(0), "medium", model());
    expect(hot.fastScore).toBe(fast.score);
    expect(hot.score).toBeGreaterThan(cool.score);
    expect(hot.score).toBeCloseTo(onFastScale((fast.score + 1 / (1 + Math.exp(-5))) / 2, cutoffs), 10);
    expect(hot.hot).toBe(hot.score >= (fast.addressed ? THREAD_TURN_CUTOFFS.medium : THREAD_TURN_CUTOFFS.medium + 0.07));
    expect(hot.flag).toBe(hot.score >= COMMENT_FLAG_CUTOFFS.medium);
    expect(hot.evidence).toEqual(fast.evidence);
  });

  it("leaves a comment without words of its own as it was", () => {
    const none = scoreTone("```js\nx()\n```");
    expect(refineTone(none, vec(1), "medium", model())).toBe(none);
  });
});

function thread(texts: string[]): Thread {
  return {
    kind: "issue",
    ref: { owner: "o", repo: "r", number: 1 },
    title: "t",
    labels: [],
    locked: false,
    comments: texts.map((body, i) => ({
      id: `c${i}`,
      kind: i === 0 ? "body" : "comment",
      author: { login: ["ann", "bob"][i % 2], isBot: false, association: "NONE" },
      body,
      createdAt: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
    })),
  } as unknown as Thread;
}

describe("analyzeThread with embeddings", () => {
  const texts = Array.from({ length: 12 }, (_, i) => `Comment ${i}: could you rebase this on main and rerun the tests?`);
  const t = thread(texts);
  const now = new Date(Date.UTC(2024, 0, 2));

  it("asks for the latest turns only, keyed by id and edit time", () => {
    const reqs = embeddingRequests(t.comments);
    expect(reqs.map((r) => r.key)).toEqual(t.comments.slice(-SECOND_STAGE_WINDOW).map(embeddingKey));
    const edited = { ...t.comments[11], updatedAt: "2024-01-03T00:00:00Z" };
    expect(embeddingKey(edited)).not.toBe(embeddingKey(t.comments[11]));
  });

  it("re-reads the tone of the latest turns it has embeddings for, and nothing else", () => {
    const fast = analyzeThread(t, { now });
    const embeddings = new Map(t.comments.map((c) => [embeddingKey(c), vec(1)]));
    const full = analyzeThread(t, { now, embeddings, secondStage: model() });
    const first = t.comments.length - SECOND_STAGE_WINDOW;
    full.heat.perComment.forEach((c, i) => {
      if (i < first) expect(c.score).toBe(fast.heat.perComment[i].score);
      else expect(c.score).toBeGreaterThan(fast.heat.perComment[i].score);
    });
    // without embeddings: the fast stage alone, as before
    expect(analyzeThread(t, { now, embeddings: new Map() })).toEqual(fast);
  });
});
