import { describe, expect, it } from "vitest";
import { asAgreedStatement } from "../../src/analysis/agreed-statement.ts";

describe("asAgreedStatement", () => {
  it("states a one-sentence proposal question as the proposal agreed to", () => {
    expect(asAgreedStatement("Should we send a delivery id so they can deduplicate?")).toBe("We should send a delivery id so they can deduplicate.");
    expect(asAgreedStatement("Shall we drop Node 18 in the next major?")).toBe("We should drop Node 18 in the next major.");
    expect(asAgreedStatement("Could we keep the `v1` route for a release?")).toBe("We could keep the `v1` route for a release.");
    expect(asAgreedStatement("can we merge this after the freeze??")).toBe("We can merge this after the freeze.");
  });

  it("drops a label before the proposal ('Question: shall we…?')", () => {
    expect(asAgreedStatement("Question: Shall we also put the link on the website?")).toBe("We should also put the link on the website.");
    expect(asAgreedStatement("Question: why is this slow?")).toBe("Question: why is this slow?");
  });

  it("keeps every other text word for word", () => {
    for (const text of [
      "We should send a delivery id.",
      "What about Windows?",
      "Should they retry? I think not.",
      "Should we retry. Or not?",
      "Why don't we just revert?",
      "Should we retry or should we fail fast! Hmm?",
      "A fresh timestamp per attempt seems safer",
    ]) {
      expect(asAgreedStatement(text)).toBe(text);
    }
  });
});
