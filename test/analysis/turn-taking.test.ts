// Open items read from the conversation's turns: who replied next and whether that reply engages.
// Each rule on a small hand-written thread of its own (the thread panel is for measuring only).
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";
import { isDue } from "../../src/coach/open-items.ts";
import { defaultConfig } from "../../src/config/schema.ts";

const now = new Date("2024-03-01T00:00:00Z");
type C = { author: string; text: string; isBot?: boolean; replyTo?: string; id?: string };
const report = (comments: C[], kind: "issue" | "pull_request" | "discussion" = "issue") =>
  analyzeThread(threadFromSimpleJson({ kind, comments }), { now });
const openIds = (comments: C[], kind?: "issue" | "pull_request" | "discussion") => {
  const r = report(comments, kind);
  return [...r.openQuestions, ...r.openConcerns].map((i) => i.commentId).sort();
};

const opening = { author: "rosa", text: "The importer drops rows whose date column is empty. Steps: import the attached CSV twice." };

describe("turn-taking answers", () => {
  it("the other person's next substantive reply answers, with no shared words", () => {
    expect(openIds([opening, { author: "kai", text: "How did you install the CLI?" }, { author: "rosa", text: "Through the Debian package, version 2.4." }])).toEqual([]);
  });
  it("a counter-question or an 'I'll look' engages too", () => {
    expect(openIds([opening, { author: "kai", text: "Which locale is your machine set to?" }, { author: "rosa", text: "Does the locale matter for empty cells?" }]).includes("c2")).toBe(false);
    expect(openIds([opening, { author: "rosa", text: "Could someone check whether 2.5 has the same problem?" }, { author: "kai", text: "I'll have a look tomorrow." }])).toEqual([]);
  });
  it("me-too replies and bumps answer nothing", () => {
    const ids = openIds([
      opening,
      { author: "rosa", text: "Is there a setting that keeps those rows?" },
      { author: "ines", text: "Same here, on Windows." },
      { author: "tom", text: "+1" },
      { author: "ulla", text: "I see the same thing with the XLSX reader." },
      { author: "vic", text: "Any news on this?" },
    ]);
    expect(ids).toContain("c2");
  });
  it("a bare triage redirect ('Duplicate of #12') does not answer the question before it", () => {
    expect(openIds([opening, { author: "rosa", text: "Is there a way to turn the date check off?" }, { author: "kai", text: "Duplicate of #12" }])).toContain("c2");
  });
  it("a report of other work done does not answer a question, but carries out a request", () => {
    const question = [opening, { author: "kai", text: "What happens to rows with a partial date?" }, { author: "rosa", text: "Fixed the typo in the README and rebased." }];
    expect(openIds(question)).toContain("c2");
    const request = [opening, { author: "kai", text: "Could you add a test for the empty date column?" }, { author: "rosa", text: "Added the test." }];
    expect(openIds(request)).toEqual([]);
  });
  it("a reply inside another comment's reply chain of a discussion does not answer a new top-level question", () => {
    const ids = openIds(
      [
        { id: "d0", author: "rosa", text: "Should the importer skip empty dates or fail?" },
        { id: "d1", author: "kai", text: "Failing loudly seems safer to me." },
        { id: "d2", author: "ines", text: "What do the other importers do with empty cells?" },
        { id: "d3", author: "rosa", replyTo: "d1", text: "Agreed, failing loudly it is." },
      ],
      "discussion",
    );
    expect(ids).toContain("d2");
  });
});

describe("self-answers", () => {
  it("the asker's own 'works now' or 'never mind' settles the question, with nobody else replying", () => {
    expect(openIds([opening, { author: "rosa", text: "Is there a flag that keeps those rows?" }, { author: "rosa", text: "Never mind, upgrading to 2.5 fixed it." }])).toEqual([]);
    expect(openIds([opening, { author: "rosa", text: "Is there a flag that keeps those rows?" }, { author: "rosa", text: "It works now after clearing the cache." }])).toEqual([]);
  });
  it("'still not working' is no self-answer", () => {
    expect(openIds([opening, { author: "rosa", text: "Is there a flag that keeps those rows?" }, { author: "rosa", text: "Clearing the cache did not help, it is still not working." }])).toContain("c2");
  });
});

describe("what counts as an item", () => {
  it("hedges and musings without an ask are no items", () => {
    expect(openIds([opening, { author: "kai", text: "Not sure if the old parser can be removed or not though..." }, { author: "lea", text: "I wonder whether the cache survives a restart." }])).toEqual([]);
  });
  it("machine accounts that post as users neither ask nor answer", () => {
    const ids = openIds([
      opening,
      { author: "rosa", text: "Is there a flag that keeps those rows?" },
      { author: "acme-ci-bot", text: "Perhaps your tag predicate contains misspelled tags?" },
      { author: "stale", text: "This issue is stale because it has been open 365 days with no activity. Is it still relevant?" },
    ]);
    expect(ids).toEqual(["c2"]);
  });
  it("a request for news is an item that never makes a note due: it already pinged the thread", () => {
    const r = report([opening, { author: "kai", text: "I will look at it next week." }, { author: "ines", text: "Any news on this?" }, { author: "tom", text: "Same here." }, { author: "ulla", text: "+1" }, { author: "vic", text: "Same." }]);
    const items = [...r.openQuestions, ...r.openConcerns];
    expect(items.every((i) => !isDue(i, defaultConfig))).toBe(true);
  });
});

describe("closed threads", () => {
  const comments: C[] = [
    opening,
    { author: "rosa", text: "Is there a flag that keeps those rows?" },
    { author: "kai", text: "Duplicate of #12" },
    { author: "rosa", text: "So is there a workaround until #12 is fixed?" },
  ];
  const at = (closedAt?: string) =>
    analyzeThread(threadFromSimpleJson({ kind: "issue", ...(closedAt ? { closedAt } : {}), comments }), { now }).openQuestions.map((q) => q.commentId);
  it("a question asked before the thread was closed is overtaken; one asked after it still waits", () => {
    // simple-thread stamps comment i at 2024-01-01 plus i minutes: close between c3 and c4.
    expect(at()).toEqual(["c2", "c4"]);
    expect(at("2024-01-01T00:02:30Z")).toEqual(["c4"]);
  });
});

describe("when an item is waiting", () => {
  it("an issue's report that only ever got confirmations is itself waiting, named by its title", () => {
    const r = analyzeThread(
      threadFromSimpleJson({
        kind: "issue",
        title: "Importer drops rows with an empty date",
        comments: [opening, { author: "ines", text: "I think I'm seeing the same thing on 2.5." }, { author: "tom", text: "Still present in 2.6" }, { author: "ulla", text: "I have this issue too. Log:\n\n```\nrow 4: skipped\n```" }],
      }),
      { now },
    );
    expect(r.openConcerns.map((c) => [c.commentId, c.text])).toEqual([["c1", "Importer drops rows with an empty date"]]);
  });
  it("a report someone engaged with, or with a single confirmation, is not", () => {
    const withReply = threadFromSimpleJson({ kind: "issue", title: "Importer drops rows", comments: [opening, { author: "tom", text: "Same here." }, { author: "kai", text: "Which version are you on?" }, { author: "ulla", text: "+1" }] });
    expect(analyzeThread(withReply, { now }).openConcerns.map((c) => c.commentId)).not.toContain("c1");
    const oneVoice = threadFromSimpleJson({ kind: "issue", title: "Importer drops rows", comments: [opening, { author: "tom", text: "Same here." }] });
    expect(analyzeThread(oneVoice, { now }).openConcerns).toEqual([]);
  });
  it("a question passed over by someone who could answer is due at once; a fresh one is not", () => {
    const config = defaultConfig;
    const passed = report([opening, { author: "kai", text: "What happens to rows with a partial date?" }, { author: "rosa", text: "Fixed the typo in the README." }]);
    expect(passed.openQuestions.map((q) => [q.commentId, isDue(q, config)])).toEqual([["c2", true]]);
    const fresh = report([opening, { author: "kai", text: "What happens to rows with a partial date?" }]);
    expect(fresh.openQuestions.map((q) => [q.commentId, isDue(q, { ...config, openItems: { ...config.openItems, minAgeHours: 1e6 } })])).toEqual([["c2", false]]);
  });
});
