// Where a thread stands and what it decided: each outcome form ("why"), reversals, who may settle
// what, and the status from GitHub's state or the thread's words. Hand-written threads; the
// panel is for measuring only (npm run eval panel).
import { describe, expect, it } from "vitest";
import { outcomeKind } from "../../src/analysis/outcome-cues.ts";
import { analyzeThread } from "../../src/analysis/report.ts";
import { isHeadingLine } from "../../src/analysis/thread-decisions.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const now = new Date("2024-03-01T00:00:00Z");
type C = { author: string; text: string };
const analyze = (comments: C[], extra: Record<string, unknown> = {}) => analyzeThread(threadFromSimpleJson({ kind: "issue", comments, ...extra }), { now });
const opening = { author: "rosa", text: "The importer drops rows whose date column is empty when the file has a BOM." };

describe("outcomeKind: each 'why' form", () => {
  it.each([
    ["Duplicate of #298", "duplicate"],
    ["Closing as a duplicate of #12.", "duplicate"],
    ["Closing in favour of #412.", "moved"],
    ["Superseded by #77.", "moved"],
    ["I opened a new issue for this problem (#9351).", "moved"],
    ["closing as stale.", "stale"],
    ["This hasn't received more info within a month.", "stale"],
    ["Won't fix: the old parser is going away.", "declined"],
    ["This is out of scope for this project.", "declined"],
    ["-1 on adding this directly to pandas at this time", "declined"],
    ["Closing as not planned.", "closed"], // a sentence that closes is a closing; its words say why
    ["Not a bug: callers must pass a string.", "not-a-bug"],
    ["This is the expected behaviour of the parser.", "not-a-bug"],
    ["I think this is more of a documentation issue on how we rank ties.", "not-a-bug"],
    ["Fixed in #123.", "fixed"],
    ["closing as fixed", "closed"],
    ["The fix was released in 2.4.1.", "fixed"],
    ["Version 2.35.3 should be working then.", "fixed"],
    ["Merged, thanks!", "merged"],
    ["I merged that PR", "merged"],
    ["Will merge once rebased.", "will-merge"],
    ["Reverted because the tests failed on main.", "reverted"],
    ["Reopening so people can discuss.", "reopened"],
    ["Actually, let's not do that; the old parser stays.", "withdrawn"],
    ["Change of plan: we keep the cron job.", "withdrawn"],
    ["I'm closing this for now because this is almost certainly a setup issue.", "closed"],
    ["I'll close this issue since there is a workaround.", "closed"],
    ["Thanks, merging!", "merged"],
    ["Thank you for the patch, merged.", "merged"],
    ["/lgtm", "approved"],
    ["/approve", "approved"],
    ["LGTM, nice cleanup.", "approved"],
    ["This issue has been automatically closed because of inactivity.", "stale"],
    ["Closing due to inactivity.", "stale"],
    ["The cache fix was reverted because the tests failed on main.", "reverted"],
    ["This is fixed in the nightly build.", "fixed"],
    ["Should be fixed in the develop branch now.", "fixed"],
    ["I can no longer reproduce the crash.", "not-reproducible"],
    ["The error is no longer reproducible with 3.1.", "not-reproducible"],
    ["We couldn't reproduce it on the latest release.", "not-reproducible"],
    ["It hasn't happened again since the upgrade.", "not-reproducible"],
    ["I'd be happy to review a PR that adds the option.", "pr-welcome"],
    ["We would accept a patch for the Windows path handling.", "pr-welcome"],
    ["PRs welcome!", "pr-welcome"],
    ["Fixed in commit: https://example.org/acme/importer/commit/5d2e9a1f0c", "fixed"],
    ["Fixed in plugin csvtools release 2021-04-01.", "fixed"],
    ["I'm preparing the same change for the 2.x branch and will merge this one once that PR is up.", "will-merge"],
    ["Thanks but no thanks, we keep the banner.", "declined"],
    ["bors r+", "will-merge"],
    ["@mergifyio queue", "will-merge"],
    ["Importer 2.4.1 has shipped with support for files with a BOM.", "fixed"],
    ["Released in v3.2.0, thanks for the report.", "fixed"],
    ["I opened a pull request with a fix for the BOM handling.", "fix-proposed"],
    ["We have a PR pending with a solution for the importer.", "fix-proposed"],
    ["PR #812 fixes this by skipping the BOM.", "fix-proposed"],
    ["I will write my own importer plugin for that, thanks.", "dropped"],
    ["I no longer need this since we moved to CSV.", "dropped"],
  ])("%s → %s", (sentence, kind) => expect(outcomeKind(sentence)).toBe(kind));

  it.each([
    "Should we close this?",
    "Could you open a pull request with the fix?", // a request, not a fix offered
    "If you opened a PR for it, I would review it.",
    "I have a question about the PR template.",
    "If this turns out to be a valid fix, we can reopen this PR.",
    "Feel free to reopen if there is an actual bug.",
    "This is not a duplicate of #12, the stack trace differs.",
    "That is not the expected behaviour.",
    "The importer drops rows whose date column is empty.",
    "(the remaining part may be wontfix)", // hedged: not declined yet
    "This probably won't fix the flaky test.",
    "Reverting #4412 fixes the toolbar.", // a revert of another change, named
    "This reverts commit 1a2b3c4d for now.",
    "For the old branch we reverted to the original patch.",
    "Merging #10444 into master will decrease coverage by 0.11%.", // a coverage bot on the future
    "LGTM?",
    "It's Not A Bug, It's A Feature™", // the old joke, not an answer
    "I can't reproduce this.", // a triage note, not an outcome: nothing says it went away
    "If you can no longer reproduce it, please close the issue.",
    "Would you accept a PR for this?",
    "I'd accept a PR if it came with tests.", // a condition: no plan stated yet
    "Landed here after searching for the same error.", // arrived, not merged
    "It will be released in 3.2 next month.", // a plan, not done yet
    "Let's not talk past each other here.", // no earlier decision taken back
  ])("no outcome: %s", (sentence) => expect(outcomeKind(sentence)).toBeNull());
});

describe("outcomeKind: a redirect declines here, a promise to fix says where it goes", () => {
  it.each([
    ["Usage questions belong in the discourse forum, not here.", "declined"],
    ["Please take this to our Discord server's support channel.", "declined"],
    ["Kindly ask on Stack Overflow with the tag parser.", "declined"],
    ["The issue tracker is only for bugs in the library itself.", "declined"],
    ["You filed this against the wrong repository: the CLI lives elsewhere.", "declined"],
    ["It does not belong in this tracker.", "declined"],
    ["This is not the right place for support questions.", "declined"],
    ["We'll fix this in the next patch release.", "fix-promised"],
    ["Will fix later today.", "fix-promised"],
    ["Thanks, we will address the problem.", "fix-promised"],
  ])("%s → %s", (sentence, kind) => expect(outcomeKind(sentence)).toBe(kind));

  it.each([
    "If it is a usage question, ask on the forum.", // a condition, nothing sent away yet
    "Did you ask on the mailing list?",
    "I asked in the Slack channel last week and got no reply.",
    "I'd rather fix it here instead of post to the users mailing list.",
    "I'm open to a discussion on this.",
    "This is not the right place for this discussion.", // a side talk set aside, the matter stays
    "The patch below will fix the crash.", // a forecast about a thing
    "I'll fix the typo.", // a small task, not the thread's problem
    "I'll fix that.",
  ])("no outcome: %s", (sentence) => expect(outcomeKind(sentence)).toBeNull());
});

describe("outcomeKind: lead-in words and an offer after the outcome", () => {
  it.each([
    ["We'll close this for lack of feedback, but feel free to ping us if it comes back.", "stale"],
    ["Alright then, closing this.", "closed"],
    ["Okay, merged.", "merged"],
    ["Anyway, duplicate of #77.", "duplicate"],
  ])("%s → %s", (sentence, kind) => expect(outcomeKind(sentence)).toBe(kind));

  it.each([
    "Feel free to reopen if the crash comes back.", // the offer alone closes nothing
    "We will close this if nobody can reproduce it, feel free to add details.", // still a condition
    "So closing this would lose the history?",
  ])("no outcome: %s", (sentence) => expect(outcomeKind(sentence)).toBeNull());
});

describe("thread decisions: redirects and promises, by who says them", () => {
  const pr = (comments: C[]) => analyzeThread(threadFromSimpleJson({ kind: "pull_request", comments }), { now });
  it("a maintainer's redirect declines; a participant's, where roles show, or the author's own, does not", () => {
    const asked = { author: "rosa", text: "How do I configure the importer to keep empty dates?", association: "NONE" };
    const maintainer = analyze([asked, { author: "kai", text: "Questions like this belong on the users mailing list.", association: "MEMBER" }]);
    expect(maintainer.status.why).toMatchObject({ kind: "declined", author: "kai" });
    const bystander = analyze([asked, { author: "ana", text: "Questions like this belong on the users mailing list.", association: "NONE" }, { author: "kai", text: "Looking.", association: "MEMBER" }]);
    expect(bystander.decisions).toEqual([]);
  });

  it("a pull request's author reporting something fixed answers review notes; the same words from another settle it", () => {
    const own = pr([{ author: "rosa", text: "Keep empty dates when the file has a BOM." }, { author: "kai", text: "The test name has a typo and the import order is off." }, { author: "rosa", text: "Fixed in 3f2a1bc, thanks for the review." }]);
    expect(own.decisions.filter((d) => d.kind === "fixed")).toEqual([]);
    const other = analyze([opening, { author: "kai", text: "Fixed in 3f2a1bc, thanks for the report." }]);
    expect(other.status.why).toMatchObject({ kind: "fixed", author: "kai" });
  });

  it("a promise to fix from the thread's author is not the project's", () => {
    const own = analyze([opening, { author: "kai", text: "Your exporter writes the BOM, not us." }, { author: "rosa", text: "I will fix it on my side then." }]);
    expect(own.decisions.filter((d) => d.kind === "fix-promised")).toEqual([]);
    const review = pr([{ author: "rosa", text: "Keep empty dates when the file has a BOM." }, { author: "kai", text: "The test name has a typo." }, { author: "rosa", text: "Good catch, I'll fix it." }]);
    expect(review.decisions.filter((d) => d.kind === "fix-promised")).toEqual([]);
    const maint = analyze([opening, { author: "kai", text: "Confirmed on 2.4. We will fix this." }]);
    expect(maint.status.why).toMatchObject({ kind: "fix-promised", author: "kai" });
  });
});

describe("thread decisions: outcomes that are not a maintainer's closing words", () => {
  it("a bot's closing comment sets where the thread stands; its other words decide nothing", () => {
    const r = analyze([
      opening,
      { author: "kai", text: "Seems like a valid issue, can you open a pull request?" },
      { author: "stale[bot]", text: "This issue has been automatically marked as stale because it has not had activity. It will be closed if no further activity occurs." },
      { author: "stale[bot]", text: "This issue has been automatically closed because of inactivity.\n\nPlease reply if you can still reproduce it." },
      { author: "ana", text: "An observation from the sidelines: the date in the dump helps with merge conflicts." },
    ]);
    expect(r.decisions).toEqual([expect.objectContaining({ kind: "stale", author: "stale", commentId: "c4" })]);
    expect(r.status).toMatchObject({ state: "closed", why: expect.objectContaining({ commentId: "c4" }) });
  });

  it("the thread's author reporting it solved is where the thread stands; someone else saying so, or a hope, is not", () => {
    const solved = analyze([opening, { author: "kai", text: "Try saving the file without a BOM." }, { author: "rosa", text: "Problem solved - my exporter was outdated. Thanks all!" }]);
    expect(solved.status.why).toMatchObject({ kind: "resolved", author: "rosa", commentId: "c3" });
    const works = analyze([opening, { author: "kai", text: "Can you try the nightly build?" }, { author: "rosa", text: "Installed the nightly, everything is working." }]);
    expect(works.status.why).toMatchObject({ kind: "resolved" });
    const other = analyze([opening, { author: "kai", text: "Try saving the file without a BOM." }, { author: "ana", text: "That fixed it for me." }]);
    expect(other.decisions).toEqual([]);
    const hope = analyze([opening, { author: "kai", text: "Try saving the file without a BOM." }, { author: "rosa", text: "I hope that fixed it, will check tomorrow." }]);
    expect(hope.decisions).toEqual([]);
    const stillAsks = analyze([opening, { author: "kai", text: "Try saving the file without a BOM." }, { author: "rosa", text: "That fixed it. But why does the BOM matter at all?" }]);
    expect(stillAsks.decisions).toEqual([]);
  });

  it("uses the last state: closed again after a reopening", () => {
    const r = analyze([
      opening,
      { author: "kai", text: "Fixed in #130, closing as fixed." },
      { author: "kai", text: "Reopening, the fix missed files with a BOM." },
      { author: "kai", text: "Closing as fixed by #141, which handles the BOM too." },
    ]);
    expect(r.status).toMatchObject({ state: "closed", why: expect.objectContaining({ commentId: "c4" }) });
  });

  it("a later comment saying the outcome does not hold contests it; a thank-you does not", () => {
    const fixed = { author: "kai", text: "Fixed in #130, closing as fixed." };
    const r = analyze([opening, fixed, { author: "rosa", text: "Thanks. The problem still remains on Windows, see #141." }]);
    expect(r.status.contestedBy).toMatchObject({ author: "rosa", commentId: "c3" });
    expect(analyze([opening, { author: "kai", text: "Duplicate of #298." }, { author: "rosa", text: "I think they are related but not duplicates." }]).status.contestedBy).toMatchObject({ commentId: "c3" });
    expect(analyze([opening, fixed, { author: "rosa", text: "Thanks, works for me now." }]).status.contestedBy).toBeUndefined();
    expect(analyze([opening, { author: "rosa", text: "It still fails on Windows." }]).status.contestedBy).toBeUndefined(); // no outcome to contest
  });

  it("a condition or a locking notice does not contest the outcome", () => {
    const fixed = { author: "kai", text: "Fixed in #130, closing as fixed." };
    expect(analyze([opening, fixed, { author: "kai", text: "If the problem still persists after upgrading, open a new issue." }]).status.contestedBy).toBeUndefined();
    expect(analyze([opening, fixed, { author: "admin-team", text: "This issue is locked to keep the history tidy. Please open a new issue if the problem persists." }]).status.contestedBy).toBeUndefined();
    // the same words, said as a fact, still contest it
    expect(analyze([opening, fixed, { author: "rosa", text: "The problem still persists after upgrading." }]).status.contestedBy).toMatchObject({ author: "rosa" });
  });

  it("an approval counts only from someone other than the change's author", () => {
    const pr = (comments: C[]) => analyzeThread(threadFromSimpleJson({ kind: "pull_request", comments }), { now });
    const opened = { author: "rosa", text: "Keep empty dates as null in the importer." };
    expect(pr([opened, { author: "kai", text: "/lgtm" }]).decisions).toEqual([expect.objectContaining({ kind: "approved", author: "kai" })]);
    expect(pr([opened, { author: "rosa", text: "LGTM from my side." }]).decisions).toEqual([]);
    // After a "let's go with", a later LGTM is listed, but the decision says where things stand.
    const both = pr([opened, { author: "kai", text: "Let's go with null for empty dates." }, { author: "ana", text: "LGTM." }]);
    expect(both.decisions.map((d) => d.kind)).toEqual(["decided", "approved"]);
    expect(both.status.why).toMatchObject({ kind: "decided", author: "kai" });
  });
});

describe("thread decisions: plans and outcomes in words", () => {
  it("the requester dropping the request says where the thread stands; someone else's plan of their own does not", () => {
    const dropped = analyze([opening, { author: "kai", text: "Why do you need the rows at all? What is the use case?" }, { author: "rosa", text: "I see. I will write my own importer plugin for that, thanks." }]);
    expect(dropped.status.why).toMatchObject({ kind: "dropped", author: "rosa" });
    expect(dropped.decisions).toEqual([]);
    const other = analyze([opening, { author: "kai", text: "I will write my own importer plugin for that, thanks." }]);
    expect(other.status.why?.kind).not.toBe("dropped");
  });

  it("a fix offered in a pull request says where the thread stands, is no decision, and yields to a real outcome", () => {
    const offered = analyze([opening, { author: "kai", text: "Thanks for the report. I opened a pull request that keeps those rows as null." }]);
    expect(offered.status.why).toMatchObject({ kind: "fix-proposed", author: "kai" });
    expect(offered.decisions).toEqual([]);
    const fixedLater = analyze([
      opening,
      { author: "kai", text: "Thanks for the report. I opened a pull request that keeps those rows as null." },
      { author: "ana", text: "This is fixed in #812, thanks for the patch." },
      { author: "lee", text: "We have a PR pending with a follow-up for the exporter too." },
    ]);
    expect(fixedLater.status.why).toMatchObject({ kind: "fixed", author: "ana" });
  });

  it("a maintainer inviting a pull request is where the thread stands; the reporter saying so is not", () => {
    const invited = analyze([opening, { author: "kai", text: "Good catch. I'd be happy to review a PR that keeps those rows as null." }]);
    expect(invited.status.why).toMatchObject({ kind: "pr-welcome", author: "kai" });
    const own = analyze([opening, { author: "rosa", text: "I'd be happy to review a PR that keeps those rows as null." }]);
    expect(own.status.why).toBeUndefined();
  });

  it("a later report that it no longer happens says where it stands", () => {
    const r = analyze([opening, { author: "kai", text: "Which version are you on?" }, { author: "lin", text: "I can no longer reproduce this on the latest version." }]);
    expect(r.status.why).toMatchObject({ kind: "not-reproducible", author: "lin", commentId: "c3" });
  });
});

describe("thread decisions", () => {
  it("takes the outcome from the closing turn, with who and the kind", () => {
    const r = analyze([opening, { author: "kai", text: "Thanks for the report. Duplicate of #298, closing." }]);
    expect(r.decisions).toEqual([expect.objectContaining({ kind: "duplicate", author: "kai", commentId: "c2", text: "Duplicate of #298, closing." })]);
    expect(r.status).toMatchObject({ state: "closed", source: "words", why: expect.objectContaining({ commentId: "c2" }) });
  });

  it("reports a decision later reversed as reversed, and the thread as reopened", () => {
    const r = analyze([
      opening,
      { author: "kai", text: "Fixed in #130, closing as fixed." },
      { author: "rosa", text: "Still happens on 2.5 with the same file." },
      { author: "kai", text: "Reopening, the fix missed files with a BOM." },
    ]);
    expect(r.decisions[0]).toMatchObject({ kind: "fixed", reversedBy: expect.objectContaining({ commentId: "c4" }) });
    expect(r.status.state).toBe("open");
    expect(r.status.why).toMatchObject({ kind: "reopened", commentId: "c4" });
  });

  it("a 'let's go with' taken back later is reported as reversed", () => {
    const r = analyze([
      opening,
      { author: "kai", text: "Let's go with the streaming parser for the importer." },
      { author: "ana", text: "The streaming parser cannot seek back to re-read the header." },
      { author: "kai", text: "Actually, let's not; we keep the buffered parser and strip the BOM first." },
    ]);
    expect(r.decisions[0]).toMatchObject({ kind: "decided", reversedBy: expect.objectContaining({ commentId: "c4" }) });
    expect(r.decisions[1]).toMatchObject({ kind: "withdrawn" });
  });

  it("a merge reverted later leaves no standing decision", () => {
    const r = analyze([opening, { author: "kai", text: "Merged, thanks!" }, { author: "kai", text: "Reverted because the tests failed on main." }]);
    expect(r.decisions.map((d) => [d.kind, Boolean(d.reversedBy)])).toEqual([["merged", true], ["reverted", false]]);
  });

  it("a bare 'Not a bug' label from the thread's author or a heading decides nothing; a maintainer's answer does", () => {
    expect(analyze([opening, { author: "rosa", text: "Not a bug." }]).decisions).toEqual([]);
    expect(analyze([opening, { author: "kai", text: "## Not a bug\n\nLooks like a typo in the prompt text though." }]).decisions).toEqual([]);
    expect(analyze([opening, { author: "kai", text: "Not a bug: empty dates are skipped on purpose." }]).decisions[0]).toMatchObject({ kind: "not-a-bug" });
  });

  it("recognises Markdown headings and template lines", () => {
    expect(isHeadingLine("Not a bug", "## Not a bug\ntext")).toBe(true);
    expect(isHeadingLine("New feature (non-breaking change)", "- [x] New feature (non-breaking change)")).toBe(true);
    expect(isHeadingLine("Not a bug", "This is not a bug.")).toBe(false);
  });

  it("a bare later 'I'll close it.' leaves the reasoned closing as the why", () => {
    const r = analyze([
      opening,
      { author: "kai", text: "I'll close this issue since there is a workaround and the API is deprecated." },
      { author: "ana", text: "Same problem here with another file." },
      { author: "ana", text: "I'll close it." },
    ]);
    expect(r.status.why?.commentId).toBe("c2");
  });
});

describe("thread status from GitHub's state", () => {
  it("uses the state, state reason and closedAt when the thread carries them", () => {
    const r = analyze([opening, { author: "kai", text: "Out of scope for this project, sorry." }], { state: "closed", stateReason: "NOT_PLANNED", closedAt: "2024-02-28T00:00:00Z", locked: true });
    expect(r.status).toMatchObject({ state: "closed", source: "github", stateReason: "NOT_PLANNED", since: "2024-02-28T00:00:00Z", locked: true, why: expect.objectContaining({ kind: "declined" }) });
  });

  it("an open thread with nothing decided says unknown only when it carries no state", () => {
    expect(analyze([opening, { author: "kai", text: "Which version do you use?" }]).status).toEqual({ state: "unknown", source: "words", locked: false });
    expect(analyze([opening], { state: "open" }).status).toEqual({ state: "open", source: "github", locked: false });
  });
});
