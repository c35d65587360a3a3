// "Where it stands" of an unsettled thread says where it is heading, by role, with no login and no
// live cross-reference; a thread that points nowhere keeps the plain "no outcome" line.
import { describe, expect, it } from "vitest";
import { composeSummary } from "../../src/coach/answers.ts";
import { renderSummary } from "../../src/render/summary.ts";
import { comment, hoursLater, report, thread } from "./factories.ts";

const md = (bodies: string[]) =>
  renderSummary(composeSummary(report(), thread(bodies.length + 1, { comments: [comment(1, { body: "Export crashes on empty sheets." }), ...bodies.map((body, i) => comment(i + 2, { body }))] }), hoursLater(1)));
const stands = (out: string) => out.split("\n").find((l) => l.startsWith("**Where it stands**")) ?? "";

describe("where an unsettled thread is heading", () => {
  it("names a standing request and a report taken back, in order, quoting the latest", () => {
    const line = stands(md(["Please share the reproduction steps you used.", "Never seen it. My bad, I had an old plugin enabled that rewrites the sheet."]));
    expect(line).toContain("No outcome stated in the thread yet; another participant asked for reproduction steps in comment 2, not given since; another participant took back their own matching report as a mistake, in comment 3: ");
    expect(line).toContain("old plugin enabled");
    expect(line).not.toMatch(/@|user\d/);
  });

  it("shows a pointed-to pull request inert, and says nothing more for a thread that points nowhere", () => {
    const line = stands(md(["Thanks, here goes:\nhttps://github.com/o/r/pull/90"]));
    expect(line).toContain("another participant pointed to pull request #\u200b90 in comment 2.");
    expect(stands(md(["Same here.", "Any idea?"]))).toMatch(/No outcome stated in the thread yet(; last reply [^;]*)?\.$/);
  });

  it("says it the same way on a thread GitHub shows open", () => {
    const t = thread(2, { comments: [comment(1, { body: "Export crashes on empty sheets." }), comment(2, { body: "Moved to #77 with a smaller example." })] });
    const out = renderSummary(composeSummary(report({ status: { state: "open", source: "github", locked: false } }), t, hoursLater(1)));
    expect(stands(out)).toContain("Open; no outcome stated in the thread yet; another participant pointed to #\u200b77, in comment 2: ");
  });
});
