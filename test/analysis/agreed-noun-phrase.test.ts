// An agreement that only names a thing ("+1 to the release notes for the plugin API") is tied to
// the sentence that states it, not listed as a fragment. Hand-written threads.
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const now = new Date("2024-03-01T00:00:00Z");
const agreed = (comments: { author: string; text: string }[]) =>
  analyzeThread(threadFromSimpleJson({ kind: "discussion", comments }), { now }).agreements.map((a) => a.text);

describe("agreement to a named thing", () => {
  it("states the point in the source's words when the agreement names it with a noun phrase", () => {
    const texts = agreed([
      { author: "ana", text: "Proposal: move the plugin API to its own package so that it can be versioned on its own." },
      { author: "ben", text: "Sounds fine. I will write the release notes for the plugin API once the package exists." },
      { author: "cy", text: "+1 to the release notes for the plugin API." },
    ]);
    expect(texts).toContain("I will write the release notes for the plugin API once the package exists.");
    expect(texts).not.toContain("the release notes for the plugin API");
  });

  it("keeps a clause that states something as it is", () => {
    const texts = agreed([
      { author: "ana", text: "I think we should drop the legacy exporter in the next major release." },
      { author: "ben", text: "Agree that we drop the legacy exporter in the next major release." },
    ]);
    expect(texts.some((t) => /drop the legacy exporter/.test(t))).toBe(true);
  });
});
