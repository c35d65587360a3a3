// The opener's own fix, confirmed by someone else, is the thread's answer; unconfirmed, or a
// proposal, or a fix credited to someone else, it is not. Hand-written threads.
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { composeSummary } from "../../src/coach/answers.ts";
import { renderSummary } from "../../src/render/summary.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const now = new Date("2024-03-01T00:00:00Z");
type C = { author: string; text: string };
const run = (comments: C[]) => {
  const thread = threadFromSimpleJson({ kind: "issue", comments });
  const report = analyzeThread(thread, { now });
  return { report, md: renderSummary(composeSummary(report, thread, now)) };
};
const opening = { author: "ines", text: "How do I stop the editor from reopening every file of the last session on start?" };
const own = { author: "ines", text: "Found it myself. In the settings file I added\n\n```toml\n[session]\nrestore = false\n```" };

describe("the opener's own answer", () => {
  it("is the thread's answer once someone else says it works", () => {
    const { report, md } = run([
      opening,
      { author: "tomas", text: "No idea, I never use sessions." },
      own,
      { author: "arlo", text: "Thanks @ines, the setting you posted works on 3.2 as well." },
    ]);
    expect(report.answer).toMatchObject({ author: "ines", commentId: "c3", byOpener: true, confirmedIn: "c4" });
    expect(report.answer?.text).toContain("restore = false");
    expect(md).toMatch(/Answered by ines \(the author; confirmed to work by another participant in comment 4\), in comment 3/);
  });
  it("is not the answer without a confirmation, or when the reply is still at work", () => {
    expect(run([opening, own]).report.answer).toBeUndefined();
    expect(run([opening, own, { author: "arlo", text: "@ines I'm working on a proper option for it." }]).report.answer).toBeUndefined();
    expect(run([opening, own, { author: "arlo", text: "@ines that does not work for me on 3.2." }]).report.answer).toBeUndefined();
  });
  it("a proposal, or a fix credited to someone else, is not the opener's answer", () => {
    const proposal = { author: "ines", text: "How about we add a flag so the session is never restored by default." };
    expect(run([opening, proposal, { author: "arlo", text: "@ines a flag like that works for me." }]).report.answer?.byOpener).toBeUndefined();
    const credited = { author: "ines", text: "As you said, this should work:\n\n```toml\n[session]\nrestore = false\n```" };
    expect(run([opening, { author: "tomas", text: "Try turning session restore off in the settings file." }, credited, { author: "arlo", text: "@ines confirmed, it works." }]).report.answer?.byOpener).toBeUndefined();
  });
});
