// The summary's Workaround line: only for a thread with no outcome, as the writer's calm words with
// its comment and who confirmed by role and count, never a login.
import { describe, expect, it } from "vitest";
import { composeSummary } from "../../src/coach/answers.ts";
import { renderSummary } from "../../src/render/summary.ts";
import { comment, heated, hoursLater, report, T0, thread } from "./factories.ts";

const who = (login: string) => ({ login, isBot: false, association: "NONE" as const });
const th = thread(4, {
  comments: [
    comment(1, { author: who("ana"), body: "Uploads over 2 GB stall at 99% since the proxy change." }),
    comment(2, { author: who("kai"), body: "In the meantime you can raise `client_max_body_size` on the proxy to 4g." }),
    comment(3, { author: who("ana"), body: "That worked, uploads finish again." }),
    comment(4, { author: who("lou"), body: "Works for me too, thanks kai." }),
  ],
});
const md = (r: ReturnType<typeof report>) => renderSummary(composeSummary(r, th, hoursLater(1)));

describe("the Workaround line in /summarize", () => {
  it("quotes the workaround with its comment and who confirmed it, in words", () => {
    const out = md(report());
    expect(out).toMatch(/\*\*Workaround\*\* — \[In the meantime you can raise[^\]]*\]\([^)]*\) \(comment 2\) — confirmed to work by the author and one other participant\./);
    expect(out).not.toMatch(/@|\blou\b/);
  });

  it("leaves the line out when the thread has an outcome, or the workaround's comment reads heated", () => {
    const why = { text: "Fixed in 3.1.", author: "kai", commentId: "c4", createdAt: T0.toISOString(), kind: "fixed" as const };
    expect(md(report({ status: { state: "unknown", source: "words", locked: false, why }, decisions: [why] }))).not.toContain("**Workaround**");
    // Calm, the line is there; the same thread with the workaround's comment heated has none.
    expect(md(report({ heat: heated(1) }))).toContain("**Workaround**");
    const hot = heated(4);
    hot.perComment[1] = { ...hot.perComment[1], hot: true, score: 0.9 };
    expect(md(report({ heat: hot }))).not.toContain("**Workaround**");
  });

  it("does not repeat the answer already shown", () => {
    const answer = { text: "In the meantime you can raise `client_max_body_size` on the proxy to 4g.", author: "kai", commentId: "c2", createdAt: T0.toISOString(), acceptedIn: "c3" };
    const out = md(report({ answer }));
    expect(out).toContain("Answered by kai");
    expect(out).not.toContain("**Workaround**");
  });
});
