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

describe("what fixed it, behind an outcome that does not say", () => {
  const kai = { login: "kai", isBot: false, association: "NONE" as const };
  const fixed = thread(4, {
    comments: [
      comment(1, { body: "The shortcut does nothing on my keyboard layout." }),
      comment(2, { author: kai, body: "I think the handler should use the key name instead of the scan code, as scan codes ignore the layout." }),
      comment(3, { author: lee, body: "Yes right, I missed that when reviewing." }),
      comment(4, { author: lee, body: "Fixed in a1b2c3d." }),
    ],
  });
  const done = { text: "Fixed in a1b2c3d.", author: "lee", commentId: "c4", createdAt: T0.toISOString(), kind: "fixed" as const };
  const out = (r: ReturnType<typeof report>) => renderSummary(composeSummary(r, fixed, hoursLater(1)));

  it("quotes the suggestion the maintainer confirmed, on a Fix line, by role", () => {
    const text = out(report({ status: { state: "unknown", source: "words", locked: false, why: done }, decisions: [done] }));
    expect(text).toMatch(/\*\*Fix\*\* — \[I think the handler should use the key name instead of the scan code[^\]]*\]\([^)]*\) \(comment 2\) — by another participant; confirmed by a maintainer in comment 3\./);
    expect(text).not.toContain("**Why**");
    expect(text).not.toContain("@");
  });

  it("leaves it out when the summary lists that comment already, or the outcome says why itself", () => {
    const agreed = { text: "the handler should use the key name instead of the scan code", author: "kai", commentId: "c2", agreedBy: ["lee"], agreementCommentIds: ["c3"] };
    expect(out(report({ status: { state: "unknown", source: "words", locked: false, why: done }, decisions: [done], agreements: [agreed] }))).not.toContain("**Fix**");
    const said = { ...done, text: "Fixed in a1b2c3d, because the scan code ignores the layout." };
    expect(out(report({ status: { state: "unknown", source: "words", locked: false, why: said }, decisions: [said] }))).not.toContain("**Fix**");
  });
});

describe("why, beside an answer the status line quotes", () => {
  const author = comment(1).author;
  const answered = thread(3, {
    comments: [
      comment(1, { body: "The build fails when my wrapper script runs it." }),
      comment(2, { author, body: "I found the problem: the project's makefiles use the same variable names as my wrapper, so mine override them." }),
      comment(3, { author: lee, body: "The solution is to run make with a clean environment." }),
    ],
  });
  const answer = { text: "The solution is to run make with a clean environment.", author: "lee", commentId: "c3", createdAt: T0.toISOString(), role: "maintainer" as const };

  it("quotes the cause the author found, before the maintainer's answer", () => {
    const text = renderSummary(composeSummary(report({ status: { state: "open", source: "github", locked: false }, answer }), answered, hoursLater(1)));
    expect(text).toContain("answered by lee (maintainer)");
    expect(text).toMatch(/\*\*Why\*\* — \[I found the problem: the project's makefiles use the same variable names[^\]]*\]\([^)]*\) \(comment 2\) — by the author\./);
  });
});

describe("why, beside a report its author took back", () => {
  it("quotes the cause a maintainer asked about and the author owned up to, and nothing of the author's own story", () => {
    const withdrawn = thread(3, {
      comments: [
        comment(1, { body: "The installer writes to a folder I have no access to." }),
        comment(2, { author: lee, body: "Could it be that an old line in your shell profile still sets the install folder to your previous home directory?" }),
        comment(3, { author: comment(1).author, body: "Oops, my bad, it is there. Sorry for the noise!" }),
      ],
    });
    const text = renderSummary(composeSummary(report({ status: { state: "open", source: "github", locked: false } }), withdrawn, hoursLater(1)));
    expect(text).toContain("the author took the report back as their own mistake");
    expect(text).toMatch(/\*\*Why\*\* — \[an old line in your shell profile still sets the install folder[^\]]*\]\([^)]*\) \(comment 2\) — by a maintainer; confirmed by the author in comment 3\./);
  });
});
