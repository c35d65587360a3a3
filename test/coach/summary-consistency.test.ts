// The summary's sections agree with each other: a reporter's "it works now" settles where the
// thread stands but is no decision, a bare "I'll close it." beside the reasoned closing is no
// second decision, and a standing contest of the outcome is also an unresolved
// concern (and is no contest once someone else has taken it up). Hand-written threads.
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { composeSummary } from "../../src/coach/answers.ts";
import { renderSummary } from "../../src/render/summary.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const now = new Date("2024-03-01T00:00:00Z");
type C = { author: string; text: string };
const summarize = (comments: C[]) => {
  const thread = threadFromSimpleJson({ kind: "issue", comments });
  const report = analyzeThread(thread, { now });
  return { report, md: renderSummary(composeSummary(report, thread, now)) };
};

describe("a reporter's confirmation is no decision", () => {
  it("'Brilliant, it runs now!' says where it stands and is not listed under Decisions", () => {
    const { report, md } = summarize([
      { author: "noor", text: "The exporter hangs when the output folder is on a network share." },
      { author: "lev", text: "Version 4.1.2 should fix that, the share is now opened without locking." },
      { author: "noor", text: "Brilliant!! It runs now!!" },
    ]);
    expect(report.decisions.some((d) => d.kind === "resolved")).toBe(false);
    expect(md).not.toMatch(/\*\*Decisions\*\*[\s\S]*It runs now/);
  });
});

describe("a bare closing beside the reasoned one is an echo", () => {
  it("'Sure. I'll close it.' after the maintainer's reasoned closing is not listed again", () => {
    const { md } = summarize([
      { author: "noor", text: "The exporter hangs when the output folder is on a network share." },
      { author: "lev", text: "I'm closing this since mounting the share with the nolock option avoids it and the old share driver is deprecated." },
      { author: "noor", text: "Sure. I'll close it." },
    ]);
    expect(md).toMatch(/Where it stands\*\* — Closed .*nolock/);
    expect(md).not.toMatch(/\*\*Decisions\*\*/);
  });
});

describe("a contest and the unresolved concerns agree", () => {
  const opening = { author: "noor", text: "Exported CSV files lose their header row when the sheet is empty." };
  const fixed = { author: "lev", text: "Fixed in #512." };
  it("a contest nobody has answered is also listed under Unresolved concerns", () => {
    const { md } = summarize([opening, fixed, { author: "noor", text: "The export still fails on the macOS build." }]);
    expect(md).toMatch(/\*\*Contested since\*\*/);
    expect(md).toMatch(/\*\*Unresolved concerns\*\*\n- \[?The export still fails on the macOS build/);
  });
  it("a contest someone else replied to is no longer said", () => {
    const { report, md } = summarize([
      opening,
      fixed,
      { author: "noor", text: "The export still fails on the macOS build." },
      { author: "lev", text: "The macOS build ships next week with the same patch." },
    ]);
    expect(report.status.contestedBy).toBeUndefined();
    expect(md).not.toMatch(/Contested since/);
  });
});
