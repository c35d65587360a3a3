// The summary says why an outcome came, on its own "Why" line, by role, only as the writer's
// calm words; no line when the thread gives no reason.
import { describe, expect, it } from "vitest";
import { composeSummary } from "../../src/coach/answers.ts";
import { renderSummary } from "../../src/render/summary.ts";
import { comment, heated, hoursLater, report, T0, thread } from "./factories.ts";

const lee = { login: "lee", isBot: false, association: "MEMBER" as const };
const th = thread(3, { comments: [comment(1, { body: "Exporting merged cells crashes." }), comment(2, { body: "Same on 2.1." }), comment(3, { author: lee, body: "Closing as won't fix. Merged cells are not supported by the CSV writer, it has no notion of spans." })] });
const why = { text: "Closing as won't fix.", author: "lee", commentId: "c3", createdAt: T0.toISOString(), kind: "declined" as const };
const md = (r: ReturnType<typeof report>) => renderSummary(composeSummary(r, th, hoursLater(1)));

describe("why the outcome came, in /summarize", () => {
  it("quotes the reason with its comment and the writer's role", () => {
    const out = md(report({ status: { state: "unknown", source: "words", locked: false, why }, decisions: [why] }));
    expect(out).toMatch(/\*\*Why\*\* — \[Merged cells are not supported by the CSV writer[^\]]*\]\([^)]*\) \(comment 3\) — by a maintainer\./);
    expect(out).not.toContain("@");
  });

  it("leaves the line out when the reason's comment reads heated, or when there is no outcome", () => {
    expect(md(report({ heat: heated(3), status: { state: "unknown", source: "words", locked: false, why }, decisions: [why] }))).not.toContain("**Why**");
    expect(md(report())).not.toContain("**Why**");
  });
});

describe("the Why line is not said twice", () => {
  it("leaves out a reason already listed as a decision", () => {
    const reasoned = { ...why, text: "Merged cells are not supported by the CSV writer, it has no notion of spans.", kind: "closed" as const };
    const out = md(report({ status: { state: "unknown", source: "words", locked: false, why }, decisions: [why, reasoned] }));
    expect(out).not.toContain("**Why**");
  });
});

describe("the Why line and agreed points", () => {
  it("leaves out a reason already listed as agreed", () => {
    const agreed = { text: "Merged cells are not supported by the CSV writer, it has no notion of spans.", author: "lee", commentId: "c3", agreedBy: ["user2"], agreementCommentIds: ["c4"] };
    const out = md(report({ status: { state: "unknown", source: "words", locked: false, why }, decisions: [why], agreements: [agreed] }));
    expect(out).not.toContain("**Why**");
  });
});
