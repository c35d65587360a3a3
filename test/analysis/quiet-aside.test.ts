// When an open item is worth a note in the thread: what the thread owes its opener always is;
// another participant's question only while someone it was put to (the people it names; when it
// names nobody, anyone else) has engaged since. Otherwise it is listed, and the repository digest
// still shows it, but no note points at it. Small hand-written threads (the panel is for measuring).
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";
import { dueOpenItems, noteItems } from "../../src/coach/open-items.ts";
import { defaultConfig } from "../../src/config/schema.ts";

type C = { author: string; text: string };
// simple-thread stamps comment i at 2024-01-01 plus i minutes: a month later every item is old enough.
const now = new Date("2024-02-01T00:00:00Z");
const report = (comments: C[]) => analyzeThread(threadFromSimpleJson({ kind: "issue", comments }), { now });
const listed = (comments: C[]) => {
  const r = report(comments);
  return [...r.openQuestions, ...r.openConcerns].map((i) => i.commentId);
};
/** The items a note in the thread would point at. */
const due = (comments: C[]) => noteItems(report(comments), defaultConfig).map((i) => i.commentId);

const request = { author: "maren", text: "It would be great if the exporter could write Parquet files as well as CSV." };
const answered = { author: "olek", text: "Parquet is planned for the 3.0 release; CSV stays the default." };
const aside = { author: "pia", text: "@olek could the exporter also compress the Parquet output with zstd?" };

describe("another participant's question in a thread gone quiet", () => {
  it("followed only by me-toos is listed but makes no note due", () => {
    const comments = [request, answered, aside, { author: "quinn", text: "Would love to have this as well." }, { author: "rafa", text: "+1" }];
    expect(listed(comments)).toContain("c3");
    expect(due(comments)).toEqual([]);
    // The maintainers' digest still lists it as waiting.
    expect(dueOpenItems(report(comments), defaultConfig).map((i) => i.commentId)).toContain("c3");
  });
  it("with nothing after it at all, the same", () => {
    expect(listed([request, answered, aside])).toContain("c3");
    expect(due([request, answered, aside])).toEqual([]);
  });
  it("the asker's own later comments do not make the thread active", () => {
    const comments = [request, answered, aside, { author: "pia", text: "For context, our files are around 2 GB each." }];
    expect(listed(comments)).toContain("c3");
    expect(due(comments)).toEqual([]);
  });
  it("is worth a note once the person it names engaged after it and passed it over", () => {
    const comments = [
      request,
      answered,
      aside,
      { author: "rafa", text: "The CSV export also drops the header row when the table is empty, on 2.9." },
      { author: "olek", text: "Good find, the header fix is planned for the 2.9.1 milestone." },
    ];
    expect(listed(comments)).toContain("c3");
    expect(due(comments)).toContain("c3");
  });
});

describe("what the thread owes its opener", () => {
  it("the opener's question stays due in a thread gone quiet", () => {
    const comments = [request, answered, { author: "maren", text: "Is there a nightly build with the Parquet writer I could try?" }, { author: "quinn", text: "+1" }];
    expect(due(comments)).toEqual(["c3"]);
  });
  it("so does a report that only ever got confirmations", () => {
    const comments = [
      { author: "maren", text: "The exporter crashes on tables with more than 65536 rows. Steps: export the attached table." },
      { author: "quinn", text: "Same here, on 2.9." },
      { author: "rafa", text: "Still present in 3.0" },
    ];
    expect(due(comments)).toEqual(["c1"]);
  });
});

describe("a question put to people by name", () => {
  const rafaAsks = { author: "rafa", text: "@maren which row count does the crash start at on your machine?" };
  const opening = { author: "maren", text: "The exporter crashes on tables with many rows. Steps: export a large table." };
  const olek = { author: "olek", text: "I can reproduce it with the sample table from the docs, on 2.9." };
  it("waits on them: another person's engagement since does not make a note worth it", () => {
    const comments = [opening, olek, rafaAsks, { author: "quinn", text: "We hit the same crash in our nightly job; the stack trace points at the page buffer." }];
    expect(listed(comments)).toContain("c3");
    expect(due(comments)).toEqual([]);
  });
  it("is worth a note once one of them spoke since and passed it over", () => {
    const comments = [
      opening,
      olek,
      rafaAsks,
      { author: "quinn", text: "We hit the same crash in our nightly job; the stack trace points at the page buffer." },
      { author: "maren", text: "Thanks olek, the docs sample table also fails here with the same page buffer error." },
    ];
    expect(listed(comments)).toContain("c3");
    expect(due(comments)).toContain("c3");
  });
  it("a command to a machine account names nobody", () => {
    const proposal = { author: "olek", text: "@exportbot label needs-design. Should the exporter stream rows instead of buffering the whole table?" };
    const comments = [opening, proposal, { author: "quinn", text: "Buffering is also what makes the memory use grow with the table size here." }];
    expect(listed(comments)).toContain("c2");
    expect(due(comments)).toContain("c2");
  });
});
