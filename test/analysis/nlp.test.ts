import { describe, expect, it } from "vitest";
import esm from "compromise";
import nlp from "../../src/analysis/nlp.ts";

describe("nlp (compromise's CommonJS build)", () => {
  it("finds the same noun phrases as the ES-module import of the same version", () => {
    const texts = [
      "Should we send a delivery id so receivers can deduplicate retries?",
      "The session cache drops active sessions when the TTL expires during a deploy.",
      "What happens to the retry queue if Redis is down for an hour?",
    ];
    for (const t of texts) expect(nlp(t).nouns().out("array")).toEqual(esm(t).nouns().out("array"));
    expect(nlp("The session cache is fine.").nouns().out("array")).toEqual(["The session cache"]);
  });
});
