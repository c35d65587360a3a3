// Replies that accept what they answer: a confirmed fix, a concession, a bare "ok" — and the
// replies that look alike but agree to nothing. Each on a small hand-written thread.
import { describe, expect, it } from "vitest";
import { acceptanceCue, concededPoint } from "../../src/analysis/acceptance-cues.ts";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const now = new Date("2024-03-01T00:00:00Z");
type Say = { author: string; text: string };
const agreements = (comments: Say[], kind: "issue" | "pull_request" = "issue") =>
  analyzeThread(threadFromSimpleJson({ kind, title: "Uploads fail behind the corporate proxy", comments }), { now }).agreements;

const report: Say = { author: "rei", text: "Uploads of files over 10 MB fail with a 413 when I run the CLI behind our proxy." };
const suggestion: Say = { author: "max", text: "The proxy caps request bodies. Set `UPLOAD_CHUNK_MB=5` so the CLI sends smaller chunks." };

describe("acceptanceCue", () => {
  it.each([
    ["Yup, that works!", "confirm"],
    ["@max that was it, thanks.", "confirm"],
    ["I tried the chunk setting and it worked for me.", "confirm"],
    ["Yes, the smaller chunks solve it.", "confirm"],
    ["Thank you, now everything is fine.", "confirm"],
    ["You're right, the proxy is the culprit.", "concede"],
    ["Valid point.", "concede"],
    ["You're right that the upload is slow, but the fix is elsewhere.", "concede"],
    ["Ok, I see that uploads are not always files, but the cache could still use the path.", "concede"],
    ["That's a good idea.", "concede"],
    ["ok", "accept"],
    ["Sure.", "accept"],
    ["Yes, I suppose so.", "accept"],
    ["Phew, yes I suppose so.", "accept"],
    ["Perfect, thanks!", "accept"],
    ["I see.", "accept"],
    ["yeah that was it, though I still can't find the log file", "confirm"],
  ])("%s → %s", (s, kind) => {
    expect(acceptanceCue(s)).toBe(kind);
  });
  it.each([
    "It still doesn't work.",
    "If that works, we can close this.",
    "Does that work for you?",
    "I hope this works for you.",
    "Version 2.3 works fine.",
    "Correct, but the flag is not what the check reads.",
    "I see that the build still fails on Windows.",
    "This is not a good idea.",
    "Oh great, that fixed it. Now nothing loads at all.",
    "Yes, I am sure it is the proxy.",
    "No, sure.",
    "Great, thanks for nothing.",
    "Thanks for the link!",
    "I can confirm it still doesn't work.",
    "That works on Linux, but not on Windows.",
    "That works, but it still crashes on exit.",
    "Fixed the chunk size in #412, works now.",
  ])("not acceptance: %s", (s) => {
    expect(acceptanceCue(s)).toBeNull();
  });
});

describe("agreement from turn-taking", () => {
  it("the reporter confirming a suggested fix agrees to the suggestion", () => {
    const a = agreements([report, suggestion, { author: "rei", text: "Yup, that works! Uploads go through now." }]);
    expect(a).toEqual([expect.objectContaining({ commentId: "c2", author: "max", agreedBy: ["rei"] })]);
    expect(a[0].text).toMatch(/UPLOAD_CHUNK_MB|proxy caps/);
  });
  it("a confirmation naming who suggested the fix goes to that person's comment", () => {
    const a = agreements([report, suggestion, { author: "lu", text: "Same here on 4.2." }, { author: "kim", text: "I can confirm the chunk setting from @max works for us too." }]);
    expect(a.map((x) => [x.commentId, x.agreedBy])).toEqual([["c2", ["kim"]]]);
  });
  it("a concession agrees to the point it answers", () => {
    const a = agreements([
      report,
      { author: "max", text: "Retrying a 413 will never succeed: the body is too large for the proxy, so retries only waste time." },
      { author: "rei", text: "You're right. I'll drop the retry loop from my script." },
    ]);
    expect(a).toEqual([expect.objectContaining({ commentId: "c2", agreedBy: ["rei"] })]);
  });
  it("a bare ok after an explanation accepts it", () => {
    const a = agreements([report, { author: "max", text: "The CLI is meant to run with the proxy settings from the environment, not from its own config file." }, { author: "rei", text: "ok" }]);
    expect(a).toEqual([expect.objectContaining({ commentId: "c2", agreedBy: ["rei"] })]);
  });
  it("a proposal asked as a question and answered yes is agreed", () => {
    const a = agreements([report, { author: "max", text: "Should we lower the default chunk size to 5 MB for everyone?" }, { author: "rei", text: "Yes, I suppose so." }]);
    expect(a).toEqual([expect.objectContaining({ commentId: "c2", text: "We should lower the default chunk size to 5 MB for everyone." })]);
  });
});

describe("what a concession or vote agreed to", () => {
  it.each([
    ["An explicit flag is safer, you're right.", "An explicit flag is safer"],
    ["You're right that the upload is slow, but the fix is elsewhere.", "the upload is slow"],
    ["Ok, I see that uploads are not always files, but the cache could still use the path.", "uploads are not always files"],
    ["You're right.", null],
  ])("concededPoint(%s) = %s", (s, point) => {
    expect(concededPoint(s)).toBe(point);
  });
  it("a concession's that-clause states the point, attributed to whoever made it", () => {
    const a = agreements([
      report,
      { author: "max", text: "No, the CLI never rewrites your config. It only reads the proxy settings from the environment." },
      { author: "rei", text: "@max You are correct that the CLI only reads the proxy settings from the environment. My wrapper script overwrote them." },
    ]);
    expect(a).toEqual([expect.objectContaining({ commentId: "c2", author: "max", agreedBy: ["rei"], text: "the CLI only reads the proxy settings from the environment" })]);
  });
  it("confirming someone's observation agrees with that person", () => {
    const a = agreements([
      report,
      { author: "lu", text: "While debugging this I noticed the proxy strips the `Content-Length` header on chunked uploads." },
      { author: "max", text: "Can you share the proxy version?" },
      { author: "rei", text: "I can confirm @lu's observation that the proxy strips the header. So the CLI should stop relying on it." },
    ]);
    expect(a).toEqual([expect.objectContaining({ commentId: "c2", author: "lu", agreedBy: ["rei"], text: "the proxy strips the header" })]);
  });
  it("a vote after a bare cc agrees to the proposal before it", () => {
    const a = agreements([
      { author: "ines", text: "Where should old uploads live? I propose we keep them in the old bucket and only send new uploads to the new one." },
      { author: "ines", text: "cc @storage-team" },
      { author: "karl", text: "I vote for keeping them in the old bucket, moving them buys us nothing." },
    ]);
    expect(a).toEqual([expect.objectContaining({ commentId: "c1", author: "ines", agreedBy: ["karl"] })]);
  });
  it("a long question in between stops the search for what was agreed", () => {
    const a = agreements([
      { author: "ines", text: "I propose we keep old uploads in the old bucket." },
      { author: "lu", text: "Has anyone checked whether the staging deploy, which has been failing since Tuesday, uses the same runner image?" },
      { author: "karl", text: "I'm all for it." },
    ]);
    expect(a).toEqual([]);
  });
});

describe("replies that agree to nothing", () => {
  it("a yes to a plain question is an answer", () => {
    expect(agreements([report, { author: "max", text: "Are you on version 4.2 of the CLI?" }, { author: "rei", text: "Yes." }])).toEqual([]);
  });
  it("thanks for a link", () => {
    expect(agreements([report, { author: "max", text: "There is a page about proxies: https://example.com/docs/proxy" }, { author: "rei", text: "Thanks for the link!" }])).toEqual([]);
    expect(agreements([report, { author: "max", text: "There is a page about proxies: https://example.com/docs/proxy" }, { author: "rei", text: "Great, thanks!" }])).toEqual([]);
    expect(agreements([report, { author: "max", text: "See https://example.com/docs/proxy for the proxy settings." }, { author: "rei", text: "Got it, thanks." }])).toEqual([]);
  });
  it("thanks for a fix accepts it", () => {
    const a = agreements([report, { author: "max", text: "I pushed a fix for the chunk size in #412." }, { author: "rei", text: "Perfect, thanks!" }]);
    expect(a).toEqual([expect.objectContaining({ commentId: "c2", text: "I pushed a fix for the chunk size in #412." })]);
  });
  it("a +1 bump on an issue", () => {
    expect(agreements([report, { author: "lu", text: "+1" }, { author: "kim", text: "+1, any news on this?" }])).toEqual([]);
  });
  it("sarcasm", () => {
    expect(agreements([report, suggestion, { author: "rei", text: "Oh great, that fixed it. Now nothing loads at all." }])).toEqual([]);
  });
  it("a curt acceptance in a heated comment", () => {
    expect(agreements([report, suggestion, { author: "rei", text: "Sure. Whatever you say, you clearly never read the code, genius." }])).toEqual([]);
  });
  it("acceptance only inside a quote or code", () => {
    expect(
      agreements([
        report,
        suggestion,
        { author: "rei", text: "> Yup, that works!\n\nThat is what the wiki says, but the upload still fails with 413." },
        { author: "max", text: "Can you post the log?" },
        { author: "rei", text: "```\nstatus: that works\n```\n\nHere is the log from the last run." },
      ]),
    ).toEqual([]);
  });
  it("a fix the writer reports working for their own suggestion", () => {
    const a = agreements([report, { author: "lu", text: "Same problem on 4.2." }, { author: "kim", text: "Set `UPLOAD_CHUNK_MB=5` and restart the CLI. This fixed it for me." }]);
    expect(a).toEqual([]);
  });
  it("a maintainer's own test in a comment that asks the reporter to try", () => {
    const a = agreements([report, { author: "max", text: "Can you try this build? It works here." }]);
    expect(a).toEqual([]);
  });
  it("an ok after one's own comment answers no one", () => {
    expect(agreements([report, suggestion, { author: "rei", text: "Trying it tonight." }, { author: "rei", text: "ok" }])).toEqual([]);
  });
});
