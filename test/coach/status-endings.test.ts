// "Where it stands" states the thread's real ending: a closing after the outcome it leaves standing
// is said after it, someone else's confirmation follows the fix, the author taking their report
// back is where it stands, the author asking for a merge is what it waits on, a reply to someone
// else's suggestion does not contest the fix, and a guess is not presented as the answer.
// Invented threads, end to end.
import { describe, expect, it } from "vitest";
import { answerScore } from "../../src/analysis/answer-sentence.ts";
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
const line = (out: string, label: string) => out.split("\n").find((l) => l.startsWith(`**${label}**`)) ?? "";

describe("the thread's real ending", () => {
  it("a definitive answer, then a lock notice: the answer stands, the closing follows it, not listed as a decision", () => {
    const out = summary([
      { author: "ana", text: "Saving the settings fails when I enable the proxy class option." },
      { author: "lee", text: "The proxy class option has never been supported on this chart.", association: "MEMBER" },
      { author: "ops", text: "This issue is locked to prevent necro-posting on closed issues.", association: "MEMBER" },
    ]);
    expect(line(out, "Where it stands")).toMatch(/^\*\*Where it stands\*\* — Answered as not supported .* by lee, in comment 2/);
    expect(line(out, "Since then")).toBe("**Since then** — a maintainer closed and locked it in comment 3.");
    expect(out).not.toMatch(/\*\*Decisions\*\*/);
  });

  it("a fix, then another participant confirming it: the fix, and the confirmation after it", () => {
    const out = summary([
      { author: "ana", text: "Pressing the slash key does not focus the search box on a French keyboard." },
      { author: "lee", text: "OK fixed in 9d0e1f2a." },
      { author: "kim", text: "fix confirmed, thx!" },
    ]);
    expect(line(out, "Where it stands")).toMatch(/^\*\*Where it stands\*\* — Reported fixed .* by lee, in comment 2: OK fixed in 9d0e1f2a/);
    expect(line(out, "Since then")).toBe("**Since then** — another participant confirmed that it works in comment 3.");
  });

  it("testers confirming the change the author asked them to try: reported working, in the latest tester's words", () => {
    const out = summary([
      { author: "ana", text: "Rebased the decoder patches so the nightly build passes again. @kim @lou please give this a try and report back if it works." },
      { author: "kim", text: "Tested OK on the small board." },
      { author: "lou", text: "Builds all completed successfully for both boards." },
    ]);
    expect(line(out, "Where it stands")).toMatch(/^\*\*Where it stands\*\* — Reported working .* by lou, in comment 3: Builds all completed successfully/);
  });

  it("the author taking the report back as their own mistake is where it stands, with what the mistake was", () => {
    const out = summary([
      { author: "ana", text: "The installer writes to a home folder that does not exist." },
      { author: "lee", text: "What does your shell profile set the install folder to?" },
      { author: "ana", text: "An old line in my shell profile still pointed to my previous account. Oops, my bad. Sorry!" },
    ]);
    expect(line(out, "Where it stands")).toBe(
      "**Where it stands** — The author took the report back as their own mistake, in comment 3: An old line in my shell profile still pointed to my previous account. Oops, my bad.",
    );
  });

  it("the author asking for the change to be merged is what the thread waits on", () => {
    const out = summary([
      { author: "ana", text: "Rewords the flush section of the events page." },
      { author: "lee", text: "Looks reasonable, the table idea can come later." },
      { author: "ana", text: "Please merge this; I started a separate PR for the table." },
    ]);
    expect(line(out, "Where it stands")).toBe("**Where it stands** — No outcome stated in the thread yet; the author asked for it to be merged in comment 3.");
  });

  it("a reply addressed to someone else's suggestion does not contest the fix", () => {
    const out = summary([
      { author: "ana", text: "The batch importer leaks memory on long runs." },
      { author: "kai", text: "You could try the batch-utils package for this." },
      { author: "lee", text: "Handled by #7120" },
      { author: "ana", text: "@kai I think the batch-utils package doesn't solve this for my case." },
    ]);
    expect(line(out, "Where it stands")).toMatch(/Reported fixed .* by lee, in comment 3: Handled by #/);
    expect(line(out, "Since then")).toBe("");
    expect(out).not.toMatch(/Contested since/);
  });

  it("a maintainer's 'not worth it' declines; the same words from a bystander do not", () => {
    const thread = (association: "MEMBER" | "NONE"): Said[] => [
      { author: "ana", text: "Look up queues through the naming service instead of creating them.", association: "NONE" },
      { author: "lee", text: "Moreover, I don't think it's really worth it as it boils down to a workaround for another plugin.", association },
      { author: "kim", text: "Thanks for looking.", association: "MEMBER" },
    ];
    // The linking "Moreover," is left out of the quote.
    expect(line(summary(thread("MEMBER")), "Where it stands")).toMatch(/^\*\*Where it stands\*\* — Declined .* by lee, in comment 2: I don't think it's really worth it/);
    expect(line(summary(thread("NONE")), "Where it stands")).not.toMatch(/Declined/);
  });

  it("the author putting their request back to rethink it, after the answer, is said after it", () => {
    const out = summary([
      { author: "ana", text: "Could the plugin show pull request review comments inline?" },
      { author: "lee", text: "The way to do this is to open a special buffer that loads the comments.", association: "OWNER" },
      { author: "ana", text: "Okay, let me reconsider the design given some of your points." },
    ]);
    expect(line(out, "Since then")).toBe("**Since then** — the author said they would rethink the request in comment 3.");
  });

  it("an unconfirmed guess beside an outcome is labelled a guess under Answer so far", () => {
    const out = summary([
      { author: "ana", text: "The compile task output cannot be captured into a file." },
      { author: "kai", text: "It is probably due to the daemon running the compiler, but it would be nice to have this working." },
      { author: "bot", text: "This issue has been automatically closed due to inactivity." },
    ]);
    expect(out).toMatch(/— a guess by kai, not confirmed\./);
  });

  it("a tester's 'still fails because…' is a failure report, not the answer", () => {
    const out = summary([
      { author: "ana", text: "Adds config files for the framework package. Can somebody with a Mac test them?" },
      { author: "lee", text: "The build still fails because the include variable isn't used anywhere.", association: "MEMBER" },
    ]);
    expect(line(out, "Where it stands")).not.toMatch(/Answered/);
  });
});

describe("answer sentences: what is and is not an answer's point", () => {
  it.each([
    ["This sounds useful but it's less obvious to me how it should work.", 0],
    ["I'm still fond of my own idea, probably because I like the object API much more.", 0],
    ["If not, we could still ship it in the next minor release due to the freeze.", 0],
  ])("not an answer: %s", (s, score) => expect(answerScore(s)).toBe(score));
  it.each(["The base binaries are intentionally unsigned.", "The way to do this is to make a special buffer that loads the comments."])("an answer: %s", (s) =>
    expect(answerScore(s)).toBeGreaterThanOrEqual(2),
  );
});

describe("where a moved or duplicate thread went", () => {
  it("names the issue the closing comment points to, kept from linking, when its sentence does not", () => {
    const out = summary([
      { author: "ana", text: "Export crashes when a sheet is empty." },
      { author: "lee", text: "> see #12 for the old report\n\nI made a new issue that is easier to follow, closing in favour of it. https://github.com/acme/sheets/issues/8550" },
    ]);
    const stands = line(out, "Where it stands");
    expect(stands).toMatch(/^\*\*Where it stands\*\* — Moved to acme\/sheets#\u200b8550 /);
    expect(stands).not.toMatch(/#8550|#\u200b12/); // no cross-reference made, the quoted "#12" is not where it went
  });

  it("says nothing more when the quoted sentence already names it", () => {
    const out = summary([
      { author: "ana", text: "Export crashes when a sheet is empty." },
      { author: "lee", text: "Duplicate of #41. See also #77 for the exporter." },
    ]);
    expect(line(out, "Where it stands")).toMatch(/^\*\*Where it stands\*\* — Closed as a duplicate [^o]/);
  });
});
