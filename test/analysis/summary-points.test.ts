// Agreed points that are points (not thanks or a comment's opening words; the part an
// acceptance answers), disputed points under "Where people differ", and follow-ups that are
// commitments still pending at the end. Hand-written threads; the panel is for measuring only.
import { describe, expect, it } from "vitest";
import { isDispute, isPoint } from "../../src/analysis/differences.ts";
import { isCommitment } from "../../src/analysis/follow-ups.ts";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const now = new Date("2024-03-01T00:00:00Z");
type C = { author: string; text: string };
const analyze = (comments: C[]) => analyzeThread(threadFromSimpleJson({ kind: "issue", comments }), { now });
const opening = { author: "rosa", text: "The importer drops rows whose date column is empty when the file has a BOM." };

describe("agreed points are points", () => {
  it.each(["Thanks a lot for the fast fix!", "Reviewing from the ops side.", "Extra credit if someone can point me to the spec.", "Hi all", "ok"])("not a point: %s", (t) => expect(isPoint(t)).toBe(false));
  it("a claim is a point", () => expect(isPoint("Empty dates should be kept as null rather than dropped.")).toBe(true));

  it("an acceptance of the second part of a multi-part comment agrees to that part", () => {
    const r = analyze([
      opening,
      { author: "kai", text: "Reviewing from the ops side. First, the parser should log a warning for each dropped row. Second, empty dates should be stored as null instead of being dropped." },
      { author: "rosa", text: "Good catch on the second one, I'll change that." },
    ]);
    expect(r.agreements.map((a) => a.text)).toEqual(["Second, empty dates should be stored as null instead of being dropped."]);
  });

  it("a point disputed afterwards is a difference, never agreed", () => {
    const r = analyze([
      opening,
      { author: "kai", text: "We should strip the BOM before parsing the header row." },
      { author: "ana", text: "Agreed, stripping the BOM first is the simplest fix." },
      { author: "rosa", text: "I don't think stripping the BOM is enough, the date parser still drops empty cells." },
    ]);
    expect(r.agreements).toEqual([]);
    expect(r.differences).toEqual([expect.objectContaining({ author: "kai", commentId: "c2", disputedBy: expect.objectContaining({ author: "rosa", commentId: "c4" }) })]);
  });

  it("a point nobody disputes stays agreed", () => {
    const r = analyze([opening, { author: "kai", text: "We should strip the BOM before parsing the header row." }, { author: "ana", text: "Agreed, stripping the BOM first is the simplest fix." }, { author: "kai", text: "I'll open a PR for it." }]);
    expect(r.agreements.map((a) => a.commentId)).toEqual(["c2"]);
    expect(r.differences).toEqual([]);
  });

  it.each([["I don't think that's true.", true], ["No, the parser runs first.", true], ["I think that works.", false]])("isDispute(%s) = %s", (s, v) => expect(isDispute(s)).toBe(v));
});

describe("follow-ups: commitments still pending", () => {
  it.each([
    ["I'll add a test for the BOM case.", true],
    ["I will open a follow-up issue for the settings page.", true],
    ["Let me clarify.", false],
    ["Let me know when you test it.", false],
    ["I'll admit the old code was confusing.", false],
    // "I'll add that <clause>" adds a remark; "I'll add that check" is a task.
    ["I'll also add that the old resizer was never meant for SVG.", false],
    ["I'll add that check to the importer.", true],
    // a forecast about a thing is no promise by a person
    ["The attached patch will fix the crash on startup.", false],
    ["This should fix the BOM handling.", false],
    ["I think my patch will fix it, I'll push it tonight.", true],
  ])("isCommitment(%s) = %s", (s, v) => expect(isCommitment(s)).toBe(v));

  it("a promise the same thread shows kept is not listed; one still pending is", () => {
    const kept = analyze([opening, { author: "kai", text: "I'll add a test for the BOM case." }, { author: "kai", text: "Added the test in the last commit." }]);
    expect(kept.actionItems).toEqual([]);
    const pending = analyze([opening, { author: "kai", text: "I'll add a test for the BOM case." }, { author: "rosa", text: "Great, that would help." }]);
    expect(pending.actionItems).toEqual([expect.objectContaining({ owner: "kai", text: "I'll add a test for the BOM case." })]);
  });

  it("someone else reporting the same work done keeps it too; unrelated work does not", () => {
    const other = analyze([opening, { author: "kai", text: "I'll add a test for the BOM case." }, { author: "ana", text: "I added the BOM test while fixing the parser." }]);
    expect(other.actionItems).toEqual([]);
    const unrelated = analyze([opening, { author: "kai", text: "I'll add a test for the BOM case." }, { author: "ana", text: "I updated the changelog." }]);
    expect(unrelated.actionItems).toHaveLength(1);
  });
});

describe("acceptance naming whom it concedes to", () => {
  it("'@name is correct.' concedes to that person's point", async () => {
    const { acceptanceCue } = await import("../../src/analysis/acceptance-cues.ts");
    expect(acceptanceCue("@lineus is correct.")).toBe("concede");
    expect(acceptanceCue("@lineus is not correct.")).toBeNull();
    expect(acceptanceCue("is correct")).toBeNull();
  });
});

describe("a confirmed fix", () => {
  it("is agreed as confirmed to work, on the answered comment's solution sentence", async () => {
    const { composeSummary } = await import("../../src/coach/answers.ts");
    const { renderSummary } = await import("../../src/render/summary.ts");
    const comments = [
      opening,
      { author: "kai", text: "Thanks for the report. You can set the encoding option to utf-8-sig so the BOM is stripped before parsing." },
      { author: "rosa", text: "Yup, that works!" },
    ];
    const thread = threadFromSimpleJson({ kind: "issue", comments });
    const r = analyzeThread(thread, { now });
    expect(r.agreements).toEqual([expect.objectContaining({ commentId: "c2", confirmedBy: ["rosa"], text: "You can set the encoding option to utf-8-sig so the BOM is stripped before parsing." })]);
    expect(renderSummary(composeSummary(r, thread, now))).toContain("utf-8-sig so the BOM is stripped before parsing. — confirmed to work by 1 participant.");
  });
});

describe("follow-ups overtaken by the outcome", () => {
  it("a promise made before the thread was closed as stale or declined is not pending any more", () => {
    const stale = analyze([opening, { author: "rosa", text: "I'll add a test for the BOM case." }, { author: "kai", text: "Closing as stale." }]);
    expect(stale.actionItems).toEqual([]);
    const fixed = analyze([opening, { author: "kai", text: "Fixed in #130." }, { author: "kai", text: "I'll add a changelog entry for the fix." }]);
    expect(fixed.actionItems).toHaveLength(1);
  });
});

describe("a confirmation of someone else's report", () => {
  it.each(["I confirm, it's in 5.1 RC1 too.", "Same here on Windows 11.", "I can reproduce this on 2.4."])("is not a point: %s", (t) => expect(isPoint(t)).toBe(false));
  it("the fix a person offered a turn earlier is what a 'that works' confirms", () => {
    const r = analyze([
      opening,
      { author: "kai", text: "Try setting the encoding option to utf-8-sig, so the BOM is stripped before the header is read." },
      { author: "kai", text: "The header parser compares the first column name byte for byte." },
      { author: "rosa", text: "Yup, that works!" },
    ]);
    expect(r.agreements).toEqual([expect.objectContaining({ commentId: "c2", text: "Try setting the encoding option to utf-8-sig, so the BOM is stripped before the header is read." })]);
  });
});

describe("follow-ups that are not pending work for the project", () => {
  it("a task on one's own setup is a workaround, not a follow-up", () => {
    const r = analyze([
      opening,
      { author: "kai", text: "The importer is not meant to handle a BOM; that belongs in the reader." },
      { author: "rosa", text: "OK. I will write my own reader wrapper that strips the BOM. I will revert to an older version of the importer for now." },
    ]);
    expect(r.actionItems).toEqual([]);
  });

  it("a promise its owner takes back is not pending; one still standing is", () => {
    const promise = { author: "kai", text: "I'll add a test for files with a BOM." };
    const back = analyze([opening, promise, { author: "kai", text: "Sorry, I won't get to it this month, someone else should take it." }]);
    expect(back.actionItems).toEqual([]);
    const standing = analyze([opening, promise, { author: "rosa", text: "Great, thanks for looking into the parser." }]);
    expect(standing.actionItems.map((a) => a.owner)).toEqual(["kai"]);
  });

  it("someone telling the owner their change landed keeps the promise", () => {
    const r = analyze([
      opening,
      { author: "kai", text: "I'll do a PR to make the docs clearer about the BOM." },
      { author: "ana", text: "@kai your change to the documentation was removed by a later commit, sadly." },
    ]);
    expect(r.actionItems).toEqual([]);
  });
});
