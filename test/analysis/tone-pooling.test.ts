// Pooling of segment scores into a comment's raw score (model.ts linearScore): the hottest
// segment alone at meanShare 0, the mean at 1, in between otherwise; the weights file
// without the field decodes to max pooling.
import { describe, expect, it } from "vitest";
import { DENSE_COUNT, DENSE_NAMES, HASH_BITS } from "../../src/analysis/heat/tone/features.ts";
import { decodeModel, linearScore, segmentScore } from "../../src/analysis/heat/tone/model.ts";
import type { ModelFile, ScoredFeatures, ToneModel } from "../../src/analysis/heat/tone/model.ts";

function model(meanShare: number): ToneModel {
  const dense = new Float32Array(DENSE_COUNT);
  dense[0] = 1;
  return { hashed: new Float32Array(1 << HASH_BITS), dense, bias: -1, calibration: { a: 1, b: 0 }, thresholds: { low: 1, medium: 1, high: 1 }, meanShare };
}

// three segments whose first dense feature is 3, 0 and 0: raw segment scores 2, -1, -1
const features: ScoredFeatures = {
  hashes: new Int32Array(0),
  segCount: 3,
  segDense: (() => {
    const d = new Float32Array(3 * DENSE_COUNT);
    d[0] = 3;
    return d;
  })(),
  segStart: new Int32Array(4),
};

describe("linearScore pooling", () => {
  it("is the hottest segment at meanShare 0 and the mean at 1", () => {
    const segs = [0, 1, 2].map((s) => segmentScore(model(0), features, s));
    expect(segs).toEqual([2, -1, -1]);
    expect(linearScore(model(0), features)).toBe(2);
    expect(linearScore(model(1), features)).toBeCloseTo(0, 6);
    expect(linearScore(model(0.5), features)).toBeCloseTo(1, 6);
  });

  it("gives a one-segment comment the same score whatever the share", () => {
    const one: ScoredFeatures = { ...features, segCount: 1 };
    expect(linearScore(model(0.3), one)).toBe(linearScore(model(0), one));
  });

  it("decodes a weights file without meanShare as max pooling", () => {
    const file: ModelFile = {
      version: 1,
      hashBits: HASH_BITS,
      denseNames: [...DENSE_NAMES],
      dense: Array.from(model(0).dense),
      bias: -1,
      hashed: "",
      hashScale: 0,
      calibration: { a: 1, b: 0 },
      thresholds: { low: 1, medium: 1, high: 1 },
    };
    expect(decodeModel(file).meanShare).toBe(0);
    expect(linearScore(decodeModel(file), features)).toBe(2);
  });
});
