// "Where it stands" describes the thread's end: the latest turn that changes or states where the
// thread is wins over earlier ones, an unsettled thread says what its latest turn leaves it at,
// and a reply that only guesses is not presented as the answer. Invented threads, end to end.
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { composeSummary } from "../../src/coach/answers.ts";
import { renderSummary } from "../../src/render/summary.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

type Said = { author: string; text: string; association?: "OWNER" | "MEMBER" | "NONE" };

function summary(comments: Said[]): string {
  const thread = threadFromSimpleJson({ title: "Export crashes on empty sheets", comments });
  const now = new Date(Date.parse(thread.comments.at(-1)!.createdAt));
  return renderSummary(composeSummary(analyzeThread(thread, { now }), thread, now));
}
const stands = (out: string) => out.split("\n").find((l) => l.startsWith("**Where it stands**")) ?? "";
const sinceThen = (out: string) => out.split("\n").find((l) => l.startsWith("**Since then**")) ?? "";

const opening: Said = { author: "ana", text: "Exporting a workbook with an empty sheet crashes the exporter with a null pointer." };

describe("the latest settling turn wins", () => {
  it("a closing in words, then the reporter's report that it works: says both, in order", () => {
    const out = stands(
      summary([
        opening,
        { author: "lee", text: "You need to enable the legacy sheet option in the exporter settings. I'm closing this for now because this is a configuration issue." },
        { author: "ana", text: "That was it, works now." },
      ]),
    );
    expect(out).toMatch(/^\*\*Where it stands\*\* — Closed .* by lee, in comment 2; then reported working .* by ana \(the author\), in comment 3: /);
  });

  it("a re-closing after a reopening is where it stands", () => {
    const out = stands(
      summary([
        opening,
        { author: "lee", text: "Closing this, the 2.1 release has the null check." },
        { author: "ana", text: "Still crashing on 2.1 with two empty sheets." },
        { author: "lee", text: "Reopening." },
        { author: "lee", text: "Closing as a duplicate of #88, which tracks the multi-sheet case." },
      ]),
    );
    expect(out).toContain("Closed as a duplicate");
    expect(out).toContain("comment 5");
  });

  it("a pull request opened after one was invited says where it stands, not the invitation", () => {
    const out = stands(
      summary([
        opening,
        { author: "lee", text: "I'd accept a PR that adds a null check in the sheet loop." },
        { author: "kim", text: "I opened a PR that adds the check and a test for the empty sheet." },
      ]),
    );
    expect(out).toMatch(/A fix proposed in a pull request .* by kim, in comment 3/);
  });

  it("a close for lack of response after an earlier fix report, and a merge after an approval", () => {
    const stale = stands(
      summary([
        opening,
        { author: "lee", text: "This should be fixed in 2.1, can you try it?" },
        { author: "kim", text: "Same problem for me on 2.0, will try 2.1." },
        { author: "lee", text: "Closing as stale, no response in two months." },
      ]),
    );
    expect(stale).toMatch(/^\*\*Where it stands\*\* — Closed for lack of response .* by lee, in comment 4/);
    const merged = stands(summary([{ author: "ana", text: "Adds a null check to the sheet loop." }, { author: "lee", text: "LGTM" }, { author: "lee", text: "Merged, thanks!" }]));
    expect(merged).toMatch(/^\*\*Where it stands\*\* — Merged .* by lee, in comment 3/);
  });

  it("an approval after an offered fix still leaves the offered fix as where it stands", () => {
    const out = stands(summary([opening, { author: "kim", text: "I opened a PR that adds the null check." }, { author: "lee", text: "LGTM" }]));
    expect(out).toContain("A fix proposed in a pull request");
  });
});

describe("a turn after the outcome or the answer that leaves the thread elsewhere", () => {
  it("a maintainer's request made after the answer, not met since", () => {
    const out = summary([
      opening,
      { author: "lee", text: "The exporter assumes every sheet has a header row, which is why an empty sheet crashes it. You need to add a header row as a workaround." },
      { author: "kim", text: "Same here on the nightly build of the exporter." },
      { author: "lee", text: "Could you please attach the logs from the nightly run?" },
    ]);
    expect(stands(out)).toContain("by lee");
    expect(sinceThen(out)).toBe("**Since then** — another participant asked for logs in comment 4, not given since.");
  });

  it("no Since line once the request was met, nor for a request before the outcome", () => {
    const met = summary([
      opening,
      { author: "lee", text: "The exporter assumes every sheet has a header row, which is why an empty sheet crashes it." },
      { author: "lee", text: "Could you please attach the logs from the nightly run?" },
      { author: "kim", text: "Here are the logs:\n```\nNullPointerException at SheetLoop.next\n```" },
    ]);
    expect(sinceThen(met)).toBe("");
    const before = summary([
      opening,
      { author: "lee", text: "Could you please attach the logs from the run?" },
      { author: "lee", text: "Closing as a duplicate of #88." },
    ]);
    expect(sinceThen(before)).toBe("");
  });

  it("a report that the fix did not work, even once someone replied to it, until a new outcome", () => {
    const fixed = { author: "lee", text: "Fixed in 2.1, thanks for the report." };
    const failing = { author: "kim", text: "I'm on 2.1 and it still crashes with two empty sheets." };
    const out = summary([opening, fixed, failing, { author: "lee", text: "Hmm, I will look into it this week." }]);
    expect(stands(out)).toContain("Reported fixed");
    expect(sinceThen(out)).toBe("**Since then** — another participant reported the problem still there in comment 3.");
    const refixed = summary([opening, fixed, failing, { author: "lee", text: "Should be fixed now in 2.2, the multi-sheet case is covered too." }]);
    expect(sinceThen(refixed)).toBe("");
  });

  it("a request for more information after the outcome, then the request met", () => {
    const asked = summary([
      opening,
      { author: "lee", text: "Fixed in 2.1, thanks for the report." },
      { author: "kim", text: "Not for me." },
      { author: "lee", text: "Can you share more details about your workbook?" },
    ]);
    expect(sinceThen(asked)).toBe("**Since then** — another participant asked for more information in comment 4, not given since.");
    const met = summary([
      opening,
      { author: "lee", text: "Fixed in 2.1, thanks for the report." },
      { author: "lee", text: "Can you share more details about your workbook?" },
      { author: "kim", text: "It has three sheets, the second one is empty and the third one has merged cells in the header row." },
    ]);
    expect(sinceThen(met)).toBe("");
  });

  it("a pull request invited after the answer, by a phrase that settles nothing itself", () => {
    const out = summary([
      opening,
      { author: "lee", text: "The exporter assumes every sheet has a header row, which is why an empty sheet crashes it." },
      { author: "kim", text: "Feel free to open a pull request that skips empty sheets." },
    ]);
    expect(stands(out)).toContain("Answered by lee");
    expect(sinceThen(out)).toBe("**Since then** — another participant invited a pull request in comment 3.");
  });

  it("a concern raised after an approval, by anyone, unanswered", () => {
    const out = summary([
      { author: "ana", text: "Adds a null check to the sheet loop." },
      { author: "lee", text: "LGTM" },
      { author: "kim", text: "I'm worried this null check hides the real bug in the loader and will break the streaming export." },
    ]);
    expect(stands(out)).toContain("Approved");
    expect(sinceThen(out)).toBe("**Since then** — another participant raised a concern in comment 3, not answered yet.");
  });

  it("the author asking on after the answer, unanswered", () => {
    const out = summary([
      opening,
      { author: "lee", text: "The exporter assumes every sheet has a header row, which is why an empty sheet crashes it." },
      { author: "ana", text: "Is there a setting that makes the exporter skip empty sheets entirely?" },
    ]);
    expect(sinceThen(out)).toBe("**Since then** — the author asked a question in comment 3, not answered yet.");
  });
});

describe("an unsettled thread says what its latest turn leaves it at", () => {
  it("a pull request invited, even by the author, quoted", () => {
    const out = stands(
      summary([
        opening,
        { author: "kim", text: "A better fix than my workaround would be to skip empty sheets in the loader." },
        { author: "ana", text: "Agreed. If you have a version of that which passes the tests, feel free to submit a PR." },
      ]),
    );
    expect(out).toContain("No outcome stated in the thread yet; the author invited a pull request, in comment 3: ");
    expect(out).toContain("feel free to submit a PR");
  });

  it("a proposal in the last turn, but not one answered since or asked as a question", () => {
    const proposed = stands(summary([opening, { author: "kim", text: "Same on 3.0." }, { author: "lee", text: "The loader skips them on purpose. Perhaps it's time to revisit that default." }]));
    expect(proposed).toContain("another participant proposed a change, in comment 3: ");
    expect(proposed).toContain("revisit that default");
    const answered = stands(summary([opening, { author: "lee", text: "Perhaps it's time to revisit that default." }, { author: "kim", text: "The default is there for large workbooks." }]));
    expect(answered).not.toContain("proposed");
    const asked = stands(summary([opening, { author: "kim", text: "Same on 3.0." }, { author: "lee", text: "Should we revisit that default?" }]));
    expect(asked).not.toContain("proposed");
  });
});

describe("a hedged reply is no answer", () => {
  it("a guessed cause nobody confirmed is said to be suggested, not answered", () => {
    const out = stands(summary([opening, { author: "kim", text: "Also seen on 3.0." }, { author: "lee", text: "I think this is because the sheet loop assumes a header row." }]));
    expect(out).toMatch(/^\*\*Where it stands\*\* — A cause suggested by lee, not confirmed, in comment 3: /);
    expect(out).not.toContain("Answered by");
  });

  it("a plain answer, or a guess the author accepted, is still the answer", () => {
    const plain = stands(summary([opening, { author: "lee", text: "The sheet loop assumes a header row, which is why an empty sheet crashes it." }]));
    expect(plain).toContain("Answered by lee");
    const accepted = stands(summary([opening, { author: "lee", text: "I think this is because the sheet loop assumes a header row." }, { author: "ana", text: "Thanks, that explains it." }]));
    expect(accepted).toContain("Answered by lee");
    expect(accepted).not.toContain("suggested");
  });
});
