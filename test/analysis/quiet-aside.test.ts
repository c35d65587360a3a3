// When an open item is worth a note: in a thread gone quiet since it (only "+1"s after it, or
// nothing), what the thread owes its opener still is; another participant's aside is listed but
// makes no note due. Small hand-written threads (the thread panel is for measuring only).
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";
import { dueOpenItems } from "../../src/coach/open-items.ts";
import { defaultConfig } from "../../src/config/schema.ts";

type C = { author: string; text: string };
// simple-thread stamps comment i at 2024-01-01 plus i minutes: a month later every item is old enough.
const now = new Date("2024-02-01T00:00:00Z");
const report = (comments: C[]) => analyzeThread(threadFromSimpleJson({ kind: "issue", comments }), { now });
const listed = (comments: C[]) => {
  const r = report(comments);
  return [...r.openQuestions, ...r.openConcerns].map((i) => i.commentId);
};
const due = (comments: C[]) => dueOpenItems(report(comments), defaultConfig).map((i) => i.commentId);

const request = { author: "maren", text: "It would be great if the exporter could write Parquet files as well as CSV." };
const answered = { author: "olek", text: "Parquet is planned for the 3.0 release; CSV stays the default." };
const aside = { author: "pia", text: "@olek could the exporter also compress the Parquet output with zstd?" };

describe("another participant's question in a thread gone quiet", () => {
  it("followed only by me-toos is listed but makes no note due", () => {
    const comments = [request, answered, aside, { author: "quinn", text: "Would love to have this as well." }, { author: "rafa", text: "+1" }];
    expect(listed(comments)).toContain("c3");
    expect(due(comments)).toEqual([]);
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
  it("is due once someone else engaged after it and passed it over", () => {
    const comments = [request, answered, aside, { author: "rafa", text: "The CSV export also drops the header row when the table is empty, on 2.9." }];
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
