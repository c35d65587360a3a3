// The ways a question gets answered, each on a small thread of its own.
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const now = new Date("2024-02-01T00:00:00Z");
const ask = { author: "ann", text: "Does the exporter keep the original timestamps of archived rows?" };
const open = (comments: { author: string; text: string; reviewState?: string }[]) =>
  analyzeThread(threadFromSimpleJson({ kind: "pull_request", comments: [{ author: "ola", text: "Adds an exporter for archived rows." }, ask, ...comments] }), { now }).openQuestions;

describe("answered", () => {
  it("stays open when the thread moves on to something else", () => {
    expect(open([{ author: "ola", text: "Rebased on main and fixed the lint warnings." }, { author: "pim", text: "The CI badge in the README is broken too." }])).toHaveLength(1);
  });
  it("a quote of it followed by a reply", () => {
    expect(open([{ author: "pim", text: "Unrelated: CI is red on main." }, { author: "ola", text: "> Does the exporter keep the original timestamps of archived rows?\n\nIt converts them to UTC first." }])).toEqual([]);
  });
  it("a mention of the asker followed by an answer", () => {
    expect(open([{ author: "pim", text: "Unrelated: CI is red on main." }, { author: "ola", text: "@ann it converts them to UTC first, the offset is lost." }])).toEqual([]);
  });
  it("a later comment by someone else about its key terms", () => {
    expect(open([{ author: "pim", text: "Unrelated: CI is red on main." }, { author: "ola", text: "Archived rows get their original timestamps converted to UTC by the exporter." }])).toEqual([]);
  });
  it("a follow-up commit or issue reference", () => {
    expect(open([{ author: "ola", text: "Good question, tracked in #311 for the exporter timestamps." }])).toEqual([]);
  });
  it("the asker's acknowledgement after a reply", () => {
    expect(open([{ author: "ola", text: "Yes." }, { author: "ann", text: "Got it, thanks." }])).toEqual([]);
  });
  it("not by the asker talking to themself", () => {
    expect(open([{ author: "ann", text: "Archived rows: the exporter and timestamps again, anyone?" }]).map((q) => q.commentId)).toContain("c2");
  });
});
