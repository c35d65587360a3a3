// Encoders in worker threads (bulk scoring): the same vectors as the process's own encoder, in
// input order, whatever worker embedded a text; a failing pool gives way to the in-process encoder.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createEncoderPool } from "../../src/embedding/encoder-pool.ts";
import { loadSentenceEncoder } from "../../src/embedding/sentence-encoder.ts";
import { batchEmbedder } from "../../src/cli/score.ts";
import { parseScoreLine } from "../../src/cli/score-line.ts";

const texts = [
  "Thanks, the new test covers the empty input case.",
  "You are an idiot and this patch is garbage.",
  "",
  "The importer drops rows whose date column is empty when the file has a byte order mark at the start.",
  "LGTM",
];

describe("encoder pool", () => {
  it("embeds like the in-process encoder, in input order, across two workers", { timeout: 90_000 }, async () => {
    const pool = createEncoderPool(2);
    try {
      const [viaPool, own] = await Promise.all([pool.embed(texts), loadSentenceEncoder().then((e) => e.embed(texts))]);
      expect(viaPool).toHaveLength(texts.length);
      viaPool.forEach((v, i) => {
        expect(v.length).toBe(own[i].length);
        for (let k = 0; k < v.length; k++) expect(Math.abs(v[k] - own[i][k])).toBeLessThan(1e-5);
      });
    } finally {
      await pool.close();
    }
  });

  it("score's batch embedder falls back to the process's own encoder when the pool fails, and says so", { timeout: 90_000 }, async () => {
    const stderr = new PassThrough();
    let said = "";
    stderr.on("data", (d: Buffer) => (said += d.toString()));
    const broken = { size: 2, embed: () => Promise.reject(new Error("worker gone")), close: async () => undefined };
    const embed = batchEmbedder({ stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: {}, now: () => new Date(0) }, () => broken);
    const batch = [{ parsed: parseScoreLine(JSON.stringify({ id: 1, text: "You are an idiot." }), 1), lineNumber: 1 }];
    const vectors = await embed(batch);
    expect(vectors?.get("line:1")?.length).toBe(512);
    expect(said).toMatch(/encoder workers failed \(worker gone\); embedding in this thread/);
    await embed.close();
  });
});
