// The thread's answer in the summary: folded into "Where it stands" when no outcome is stated, its
// own "Answer so far" line beside an outcome, never listed again under Agreed; "nothing explicitly
// agreed" only when the thread settled nothing.
import { describe, expect, it } from "vitest";
import { answeredText } from "../../src/coach/answer-line.ts";
import { composeSummary } from "../../src/coach/answers.ts";
import { renderSummary } from "../../src/render/summary.ts";
import { hoursLater, report, T0, thread } from "./factories.ts";

const answer = { text: "Nested rows are not supported because the format has no column order.", author: "kai", commentId: "c4", createdAt: T0.toISOString() };
const md = (r: ReturnType<typeof report>) => renderSummary(composeSummary(r, thread(6), hoursLater(1)));

describe("the thread's answer in /summarize", () => {
  it("says where it stands is the answer, with who and where, instead of 'no outcome'", () => {
    const out = md(report({ answer: { ...answer, acceptedIn: "c5", role: "maintainer" } }));
    expect(out).toContain("**Where it stands** — Answered by kai (maintainer; accepted by the author in comment 5), in comment 4: [Nested rows are not supported");
    expect(out).not.toContain("No outcome stated");
    expect(out).not.toContain("nothing explicitly agreed");
  });

  it("keeps 'no outcome' and 'nothing explicitly agreed' for a thread with no answer, outcome or decision", () => {
    const out = md(report());
    expect(out).toContain("No outcome stated in the thread yet");
    expect(out).toContain("**Agreed** — nothing explicitly agreed yet.");
  });

  it("lists the answer on its own line beside an outcome from another comment", () => {
    const why = { text: "Closing, as the exporter works as designed.", author: "kai", commentId: "c6", createdAt: T0.toISOString(), kind: "closed" as const };
    const out = md(report({ answer, status: { state: "closed", source: "words", locked: false, why }, decisions: [why] }));
    expect(out).toContain("**Answer so far**\n- [Nested rows are not supported");
    expect(out).toContain("— by kai.");
    expect(out).not.toContain("nothing explicitly agreed");
  });

  it("does not list the answer again under Agreed", () => {
    const agreed = { text: answer.text, author: "kai", commentId: "c4", agreedBy: ["author"], agreementCommentIds: ["c5"] };
    const out = md(report({ answer, agreements: [agreed] }));
    expect(out.match(/Nested rows are not supported/g)?.length).toBe(1);
  });

  it("says an agreed follow-up once, as the follow-up, with who agreed", () => {
    const f = { text: "I'll open a follow-up issue for the settings page.", author: "lena", owner: "lena", commentId: "c5", createdAt: T0.toISOString() };
    const agreed = { text: f.text, author: "lena", commentId: "c5", agreedBy: ["sam"], agreementCommentIds: ["c6"] };
    const out = md(report({ actionItems: [f], agreements: [agreed] }));
    expect(out.match(/follow-up issue for the settings page/g)?.length).toBe(1);
    expect(out).toContain("(owner: lena) — agreed by 1 other participant.");
  });

  it("keeps the agreed line when the answer is in the outcome's comment and so not shown again", () => {
    const why = { text: "Closing, as this is a setup issue.", author: "kai", commentId: "c4", createdAt: T0.toISOString(), kind: "closed" as const };
    const agreed = { text: answer.text, author: "kai", commentId: "c4", agreedBy: ["author"], agreementCommentIds: ["c5"], confirmedBy: ["author"] };
    const out = md(report({ answer, status: { state: "closed", source: "words", locked: false, why }, decisions: [why], agreements: [agreed] }));
    expect(out).not.toContain("**Answer so far**");
    expect(out).toContain("**Agreed**\n- [Nested rows are not supported");
  });
});

describe("a hedged answer in the status text", () => {
  it("reads a guess as suggested, not answered, unless it was accepted", () => {
    const t = thread(4);
    const guess = { text: "Probably the proxy strips the header.", author: "kai", commentId: "c3" };
    expect(answeredText(report({ answer: guess }), t)).toBe("An answer suggested by kai, not confirmed");
    expect(answeredText(report({ answer: { ...guess, text: "I suspect this is caused by the proxy." } }), t)).toBe("A cause suggested by kai, not confirmed");
    expect(answeredText(report({ answer: { ...guess, acceptedIn: "c4" } }), t)).toBe("Answered by kai (accepted by the author in comment 4)");
    expect(answeredText(report({ answer: { ...guess, text: "The proxy strips the header." } }), t)).toBe("Answered by kai");
    const agreed = { text: "Probably the proxy strips the header.", author: "kai", commentId: "c3", agreedBy: ["user4"], agreementCommentIds: ["c4"] };
    expect(answeredText(report({ answer: guess, agreements: [agreed] }), t)).toBe("Answered by kai");
  });
});

describe("a guess on the Answer so far line", () => {
  const why = { text: "Closing for lack of activity.", author: "bot", commentId: "c6", createdAt: T0.toISOString(), kind: "stale" as const };
  const guess = { text: "It is probably due to the compiler running in a separate process.", author: "kai", commentId: "c4", createdAt: T0.toISOString() };

  it("labels a guess nobody confirmed as a guess", () => {
    const out = md(report({ answer: guess, status: { state: "closed", source: "words", locked: false, why }, decisions: [why] }));
    expect(out).toContain("— a guess by kai, not confirmed.");
  });

  it("keeps 'by' for an accepted guess and for an answer that does not guess", () => {
    const accepted = md(report({ answer: { ...guess, acceptedIn: "c5" }, status: { state: "closed", source: "words", locked: false, why }, decisions: [why] }));
    expect(accepted).toContain("— by kai.");
    expect(accepted).not.toContain("a guess");
    const plain = md(report({ answer, status: { state: "closed", source: "words", locked: false, why }, decisions: [why] }));
    expect(plain).toContain("— by kai.");
  });
});
