// Precision of "Where it stands": a reply is quoted as the thread's answer only when it answers the
// opening post (not a third person, not a tip someone refuted, not a routine note, and — unless
// accepted or a maintainer's — one that engages the opener's problem); an outcome kind is stated only
// when it fits (a hold until ready is no decline, "not a bug" beside "this needs a fix" is none, a
// "fixed" answering a review note fixes that note). Hand-written threads.
import { describe, expect, it } from "vitest";
import { answerScore } from "../../src/analysis/answer-sentence.ts";
import { outcomeKind } from "../../src/analysis/outcome-cues.ts";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const now = new Date("2024-03-01T00:00:00Z");
type C = { author: string; text: string; association?: "OWNER" | "MEMBER" | "NONE"; kind?: "review_comment" | "comment"; replyTo?: string; id?: string; reviewThread?: string };
const analyze = (comments: C[], kind: "issue" | "pull_request" = "issue") => analyzeThread(threadFromSimpleJson({ kind, comments }), { now });
const opener: C = { author: "rosa", text: "The exporter crashes on tables with nested rows. How can I export them?" };

describe("threadAnswer precision", () => {
  it("does not quote a reply that opens by addressing a third person", () => {
    const a = analyze([
      opener,
      { author: "tomas", text: "I see a similar crash when the sheet has merged cells." },
      { author: "kai", association: "MEMBER", text: "@tomas Merged cells are not supported because the format has no span attribute." },
    ]).answer;
    expect(a).toBeUndefined();
  });

  it("still quotes a reply that endorses another's answer while naming them", () => {
    const a = analyze([
      opener,
      { author: "lena", text: "Nested rows cannot be exported because the format has no column order, so flatten the table first." },
      { author: "kai", association: "MEMBER", text: "@lena is right. You need to flatten the nested rows before exporting them." },
    ]).answer;
    expect(a?.author).toBe("kai");
  });

  it("does not quote a tip that someone later tells its writer did not work", () => {
    const a = analyze([
      opener,
      { author: "lena", text: "You need to set the export depth to two before running the exporter on nested tables." },
      { author: "omar", text: "@lena that doesn't work either, the crash is the same with depth two." },
    ]).answer;
    expect(a).toBeUndefined();
  });

  it("does not quote a reply the opener says missed what they asked", () => {
    const a = analyze([
      { author: "rosa", text: "It would help to edit review comments on a pull request from the editor." },
      { author: "kai", association: "OWNER", text: "The way to do this is a special buffer that loads the issue and its comments." },
      { author: "rosa", association: "NONE", text: "I'm focusing more on review comments of a pull request, not comments on issues." },
    ]).answer;
    expect(a).toBeUndefined();
  });

  it("does not quote an unaccepted non-maintainer reply that shares nothing with the opener's problem", () => {
    const a = analyze([
      opener,
      { author: "rosa", text: "Any ideas?", association: "NONE" },
      { author: "omar", association: "NONE", text: "Looks like a fine plan." },
      { author: "lena", association: "NONE", text: "You need to clear the mirror cache after changing its proxy settings." },
    ]).answer;
    expect(a).toBeUndefined();
  });

  it("quotes a non-maintainer reply that takes up the opener's words", () => {
    const a = analyze([
      opener,
      { author: "omar", association: "NONE", text: "Any news?" },
      { author: "lena", association: "NONE", text: "You need to flatten the nested rows before the exporter runs, it cannot walk them." },
    ]).answer;
    expect(a?.author).toBe("lena");
  });

  it("reads routine notes (CI, coverage, rebase or review requests) as no answer", () => {
    for (const s of [
      "Codecov report: coverage increased by two percent on this branch.",
      "Could you please rebase this onto the main branch when you have time?".replace("?", "."),
      "The build is green now on all three platforms, ready for review.",
    ]) {
      expect(answerScore(s), s).toBe(0);
    }
    expect(answerScore("You need to rebuild the index after upgrading the plugin.")).toBeGreaterThanOrEqual(2);
  });
});

describe("outcome kind precision", () => {
  it("reads a refusal held until the change is ready as no decline", () => {
    expect(outcomeKind("We won't merge this until the tests pass on Windows.")).toBeNull();
    expect(outcomeKind("I can't accept this as is, the docs are missing.")).toBeNull();
    expect(outcomeKind("We're not going to merge this yet.")).toBeNull();
    expect(outcomeKind("We're not going to add this to the core library.")).toBe("declined");
  });

  it("states no 'not a bug' from a comment that agrees a fix is needed", () => {
    const r = analyze([
      { author: "rosa", text: "Sorting by date puts empty cells first since 2.1." },
      { author: "kai", association: "MEMBER", text: "The order of ties is not a bug in itself. But the empty cells moving first is a regression from 2.1 and needs a fix." },
    ]);
    expect(r.decisions.some((d) => d.kind === "not-a-bug")).toBe(false);
    const plain = analyze([
      { author: "rosa", text: "Sorting by date puts empty cells first." },
      { author: "kai", association: "MEMBER", text: "This is expected behaviour: empty cells sort before any date." },
    ]);
    expect(plain.decisions.some((d) => d.kind === "not-a-bug")).toBe(true);
  });

  it("reads the change author's 'fixed in <commit>' under a quoted review note as fixing that note", () => {
    const r = analyze(
      [
        { author: "rosa", text: "This adds a retry to the uploader when the server answers 503." },
        { author: "kai", association: "MEMBER", text: "nit: the retry count should be a named constant." },
        { author: "rosa", text: "> nit: the retry count should be a named constant.\n\nFixed in 1a2b3c4d." },
      ],
      "pull_request",
    );
    expect(r.decisions.some((d) => d.kind === "fixed")).toBe(false);
  });
});
