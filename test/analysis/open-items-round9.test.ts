// What is and is not an open item, read with its context: a closed question's direct answer in the
// next turn (even when the reply takes up another part too), a fragment cut by a code block, a
// question its writer answers next, a request to act put as a question, a late report that the
// problem is still there and a request to reopen. Invented threads.
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";
import { isFragment, isSelfAnswered } from "../../src/analysis/question-context.ts";
import { isRequestQuestion } from "../../src/analysis/request-questions.ts";
import { isConcern, isStillOpenReport } from "../../src/analysis/concerns.ts";
import { givesClosedAnswer } from "../../src/analysis/answer-form.ts";
import { blockOfSentences, splitSentences } from "../../src/analysis/text-units.ts";

const now = new Date("2024-02-01T00:00:00Z");
type C = { author: string; text: string };
const report = (comments: C[], kind: "issue" | "pull_request" = "issue") => analyzeThread(threadFromSimpleJson({ kind, comments }), { now });
const texts = (items: { text: string }[]) => items.map((i) => i.text);

describe("a closed question answered directly in the next turn", () => {
  it("a version answers 'in which release', while the reply's other sentence takes up the other part", () => {
    const r = report([
      { author: "kim", text: "The importer drops empty rows since 3.1." },
      { author: "lea", text: "Fixed on the main branch by the row filter rewrite." },
      { author: "kim", text: "Confirmed, the main branch keeps them. In which release will the fix ship?\n\nThe log also prints a warning for every skipped column. Should I report that warning separately?" },
      { author: "lea", text: "It will be in 3.4.0.\n\nYes, a separate report for the warning would be best." },
    ]);
    expect(r.openQuestions).toEqual([]);
  });
  it("a yes answers a yes/no part even when the reply's words point at another part", () => {
    const r = report(
      [
        { author: "ida", text: "Rewords the cache section of the guide." },
        { author: "ida", text: "Next steps:\n\n1. Should I keep this branch for the diagram or open another one?\n2. Which diagram tool do you prefer?" },
        { author: "max", text: "Yes, that works.\n\nAs for the tool: whatever renders to SVG." },
      ],
      "pull_request",
    );
    expect(r.openQuestions).toEqual([]);
  });
  it("the first turn of the one it was put to, after a third person spoke, answers it with a short yes", () => {
    const r = report([
      { author: "kim", text: "The importer drops empty rows." },
      { author: "lea", text: "I can reproduce it with the sample file." },
      { author: "nia", text: "Does the filter also run on the streaming path?" },
      { author: "oli", text: "Same problem here on the nightly build, with bigger files." },
      { author: "lea", text: "Yes." },
    ]);
    expect(r.openQuestions).toEqual([]);
  });
  it("the form alone: a reply with no yes, no number and no reason does not answer a closed part it passes over", () => {
    expect(givesClosedAnswer("In which release will it ship?", ["It ships in 3.4.0."])).toBe(true);
    expect(givesClosedAnswer("In which release will it ship?", ["Let us look at the warning first."])).toBe(false);
    expect(givesClosedAnswer("Which diagram tool do you prefer?", ["Yes."])).toBe(false);
  });
});

describe("fragments", () => {
  it("a sentence cut off before a code block, the rest in lower case after it", () => {
    expect(isFragment("Why would the parser accept", "to be valid input when the header is missing?")).toBe(true);
    expect(isFragment("Why would the parser accept this?", "to be fair, it did before.")).toBe(false);
    expect(isFragment("Why would the parser accept this", "The header is missing.")).toBe(false);
  });
  it("is not listed as an open question", () => {
    const r = report([
      { author: "sam", text: "The parser accepts files without a header." },
      { author: "tom", text: "Looking at the tests, the header check is skipped.\n\nWhy would we expect\n\n```\nparse('')\n```\n\nto be valid input?" },
    ]);
    expect(texts(r.openQuestions).some((t) => /^Why would we expect$/.test(t))).toBe(false);
  });
});

describe("questions the writer answers next", () => {
  const read = (prose: string, i: number) => isSelfAnswered(splitSentences(prose), i, blockOfSentences(prose));
  it("a yes/no question followed by the writer's own no, a why followed by because", () => {
    expect(read("Is the lock needed here? No, the queue is single-threaded.", 0)).toBe(true);
    expect(read("Why keep the old flag? Because scripts in the wild still pass it.", 0)).toBe(true);
  });
  it("a run of posed cases, each answered by a statement", () => {
    expect(read("The cache handles both. A node that goes offline for a week? The lease expires and it re-registers. A node with a cloned id? The id check rejects the clone.", 1)).toBe(true);
  });
  it("a genuine question followed by context stays a question", () => {
    expect(read("Is the lock needed here? I could not find another writer.", 0)).toBe(false);
    expect(read("Python 3.12 support? We need it for the new runners.", 0)).toBe(false);
    expect(read("Can someone help? I don't know where the config lives.", 0)).toBe(false);
    expect(read("Is the lock needed here? No idea, the history is silent.", 0)).toBe(false);
  });
  it("is not listed as an open question", () => {
    const r = report([
      { author: "una", text: "Proposal: expire node leases after a week." },
      { author: "vic", text: "I think leases are enough. A node that goes offline for a week? The lease expires and it re-registers. A node with a cloned id? The id check rejects the clone." },
    ]);
    expect(r.openQuestions).toEqual([]);
  });
});

describe("requests put as questions", () => {
  it("a request to act is a request; a request to tell stays a question", () => {
    expect(isRequestQuestion("@dana can you please open a separate issue for the warning?")).toBe(true);
    expect(isRequestQuestion("Could you kindly rebase onto main?")).toBe(true);
    expect(isRequestQuestion("Could you please explain why the lock is needed?")).toBe(false);
    expect(isRequestQuestion("Can you please post the full log?")).toBe(false);
    expect(isRequestQuestion("Can you reproduce it on 2.0?")).toBe(false);
  });
  it("is not listed as an open question", () => {
    const r = report([
      { author: "eve", text: "Hooks do not run when a nested item is removed." },
      { author: "dana", text: "That is by design, removal only runs the parent's hooks." },
      { author: "eve", text: "We wrote a small plugin that runs the nested hooks on removal." },
      { author: "dana", text: "@eve can you please open a new issue with the plugin and a reproduction?" },
    ]);
    expect(r.openQuestions).toEqual([]);
  });
});

describe("late reports that the problem is still there, requests to reopen", () => {
  it("reads them, not a condition nor advice", () => {
    expect(isStillOpenReport("The described problem persists in 4.2.1 on my machine.")).toBe(true);
    expect(isStillOpenReport("@owner this should be re-opened, the migration is not done yet.")).toBe(true);
    expect(isStillOpenReport("Please reopen, it still crashes with the new build.")).toBe(true);
    expect(isStillOpenReport("If the problem persists, open a new issue.")).toBe(false);
    expect(isStillOpenReport("Please open a new issue should the problem persist.")).toBe(false);
    expect(isStillOpenReport("If you would like to reopen this proposal, submit a new one.")).toBe(false);
    expect(isStillOpenReport("Feel free to reopen if it still crashes.")).toBe(false);
    expect(isConcern("Though this was closed, the described problem persists in 4.2.1.")).toBe(true);
  });
  it("is an unresolved concern while nobody it was put to replied", () => {
    const r = report([
      { author: "ann", text: "The exporter crashes on empty tables." },
      { author: "bob", text: "Fixed in 4.2.0 by the empty-table guard." },
      { author: "cid", text: "@bob though this was fixed, the described problem persists in 4.2.1 with views." },
    ]);
    expect(texts(r.openConcerns).join(" ")).toContain("the described problem persists in 4.2.1");
    expect(r.openConcerns.map((c) => c.author)).toEqual(["cid"]);
  });
  it("is settled once someone it was put to engages after it", () => {
    const r = report([
      { author: "ann", text: "The exporter crashes on empty tables." },
      { author: "bob", text: "Fixed in 4.2.0 by the empty-table guard." },
      { author: "cid", text: "@bob the described problem persists in 4.2.1 with views." },
      { author: "bob", text: "Views take another path, I will look at them in a new ticket." },
    ]);
    expect(r.openConcerns).toEqual([]);
  });
  it("a request to reopen stays open while the one it names has not come back", () => {
    const r = report([
      { author: "ann", text: "Tracking: raise the coverage of the command classes." },
      { author: "bob", text: "Closing, the first batch of tests landed." },
      { author: "cid", text: "@bob this should be re-opened, we are far from done." },
      { author: "dee", text: "FYI I am writing tests for the show command." },
    ]);
    expect(r.openConcerns.map((c) => c.author)).toEqual(["cid"]);
  });
});

describe("an objection put as a preference", () => {
  it("'I'd be happier if…' is a concern, even beside 'was'", () => {
    expect(isConcern("Honestly, I'd be much happier if there was a single entry point for these helpers.")).toBe(true);
    expect(isConcern("I would be more comfortable with a feature flag first.")).toBe(true);
    expect(isConcern("I'd be happy to help with the docs.")).toBe(false);
  });
  it("raised last and not taken up, it is an unresolved concern", () => {
    const r = report(
      [
        { author: "ray", text: "Adds a free function that returns the number of cores." },
        { author: "sue", text: "A free function is fine with me." },
        { author: "tia", text: "Honestly, I'd be much happier if there was a single entry point for these helpers. What else do we plan to expose later?" },
      ],
      "pull_request",
    );
    expect(r.openConcerns.map((c) => c.author)).toEqual(["tia"]);
  });
});
