// Per-item answer matching: each question or concern is answered by a comment that addresses it,
// not by whichever engaged reply came first. One rule per case, on small hand-written threads
// (the thread panel is for measuring only).
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { analyzeComment } from "../../src/analysis/comment-features.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";
import { commentItems, isTemplateField, partsAddressedBy } from "../../src/analysis/item-parts.ts";
import { expectedForm, hasAnswerForm } from "../../src/analysis/answer-form.ts";
import { ANSWER_WEIGHTS, addressScore } from "../../src/analysis/address-score.ts";
import { isClosingNotice } from "../../src/analysis/closing-notice.ts";
import { isComplaintQuestion } from "../../src/analysis/complaint-questions.ts";
import { isJokingQuestion } from "../../src/analysis/joking-questions.ts";
import { composeEscalation } from "../../src/coach/compose.ts";
import type { Comment } from "../../src/thread/model.ts";

const now = new Date("2024-03-01T00:00:00Z");
type C = { author: string; text: string };
const report = (comments: C[], kind: "issue" | "pull_request" = "pull_request") => analyzeThread(threadFromSimpleJson({ kind, comments }), { now });
const openTexts = (comments: C[], kind?: "issue" | "pull_request") => {
  const r = report(comments, kind);
  return [...r.openQuestions, ...r.openConcerns].map((i) => i.text);
};
const features = (text: string) =>
  analyzeComment({ id: "x", kind: "comment", author: { login: "a", isBot: false, association: "NONE" }, body: text, createdAt: "2024-01-01T00:00:00Z" });

const rfc = { author: "lena", text: "RFC: switch the job runner to the new scheduler behind a feature flag." };
const twoParts = {
  author: "omar",
  text: "Two questions before I approve.\n\n1. What happens to jobs that are already queued during the switch?\n2. Should the flag default to on?",
};

describe("a multi-part comment: each part is its own item", () => {
  it("a reply that takes up part 2 only leaves part 1 open", () => {
    const open = openTexts([rfc, twoParts, { author: "lena", text: "Re 2: yes, on by default." }]);
    expect(open).toEqual(["What happens to jobs that are already queued during the switch?"]);
  });
  it("a reply that speaks to both parts answers both", () => {
    const open = openTexts([rfc, twoParts, { author: "lena", text: "Queued jobs finish on the old runner first, then it drains. And yes, the flag defaults to on." }]);
    expect(open).toEqual([]);
  });
  it("a reply to the whole comment, singling out no part, answers every part", () => {
    expect(openTexts([rfc, twoParts, { author: "lena", text: "Good points, I wrote both up in the RFC's migration section." }])).toEqual([]);
  });
  it("partsAddressedBy names the parts a reply singles out", () => {
    const parts = commentItems(features(twoParts.text));
    expect(parts.map((p) => p.part)).toEqual([1, 2]);
    expect(partsAddressedBy(parts, features("Re 2: yes, on by default."))).toEqual([2]);
    expect(partsAddressedBy(parts, features("As for the first one: they finish on the old runner."))).toEqual([1]);
    expect(partsAddressedBy(parts, features("> Should the flag default to on?\n\nYes."))).toEqual([2]);
    expect(partsAddressedBy(parts, features("Queued jobs drain before the switch."))).toEqual([1]);
    expect(partsAddressedBy(parts, features("Thanks, will think about it."))).toEqual([]);
    // What an agreement reader needs: "Good catch on the second one" concedes part 2, not the comment's opening words.
    expect(partsAddressedBy(parts, features("Good catch on the second one. We will ship it on by default."))).toEqual([2]);
    expect(partsAddressedBy(parts.slice(0, 1), features("Re 1: they drain."))).toEqual([]);
  });
});

describe("a reply on another topic answers nothing", () => {
  const concern = { author: "ravi", text: "This changes the wire format; old agents will reject the new messages. Can we version the payload?" };
  it("a concern followed by replies about a lint warning and a docs link, then 'LGTM now.' by someone else, stays open", () => {
    const open = openTexts([
      rfc,
      concern,
      { author: "lena", text: "Fixed the lint warning in the runner module." },
      { author: "tess", text: "The docs link in the README points to the old page: https://example.org/docs" },
      { author: "tess", text: "LGTM now." },
    ]);
    expect(open.join(" ")).toMatch(/version the payload/);
  });
  it("…but a reply that takes up the payload version answers it", () => {
    const open = openTexts([rfc, concern, { author: "lena", text: "Good catch: the payload now carries a version field and old agents keep the old format." }]);
    expect(open).toEqual([]);
  });
  it("a third person's next comment on something else does not answer", () => {
    const ask = { author: "omar", text: "Does the scheduler keep the retry count across restarts?" };
    const open = openTexts([rfc, ask, { author: "nina", text: "Nice work overall. One nit: the README example still uses the old flag name." }]);
    expect(open).toContain(ask.text);
  });
  it("a heated retort that takes up nothing of the question does not answer it; a heated answer does", () => {
    const ask = { author: "omar", text: "Does the scheduler keep the retry count across restarts?" };
    const retort = { author: "lena", text: "You people are unbelievable. Stop whining and go read the stupid manual yourself, idiots." };
    expect(openTexts([rfc, ask, retort])).toContain(ask.text);
    expect(openTexts([rfc, ask, { author: "lena", text: "No, you idiots, it does not, read the stupid manual." }])).toEqual([]);
  });
  it("the addressed person's next reply answers with no shared words ('Yes, that works')", () => {
    const ask = { author: "omar", text: "Does the scheduler keep the retry count across restarts?" };
    expect(openTexts([rfc, ask, { author: "lena", text: "Yes, it is stored with the job." }])).toEqual([]);
  });
  it("a third person's reply on the item's topic answers it", () => {
    const ask = { author: "omar", text: "Does the scheduler keep the retry count across restarts?" };
    expect(openTexts([rfc, ask, { author: "nina", text: "The retry count survives restarts, the scheduler persists it in the jobs table." }])).toEqual([]);
  });
});

describe("what counts as an item", () => {
  it("rhetorical questions in a heated turn are heat, not items", () => {
    const heated = {
      author: "dev",
      text: "Are you serious? This broke every deploy we have. And how exactly was anyone supposed to guess that? This is absolutely ridiculous and careless.",
    };
    const r = report([{ author: "lena", text: "Renamed the config keys in 3.0." }, heated, { author: "lena", text: "Sorry about that." }], "issue");
    expect([...r.openQuestions, ...r.openConcerns].map((i) => i.text).join(" ")).not.toMatch(/serious|supposed to guess/);
    expect(features(heated.text).rhetorical).toBeGreaterThanOrEqual(2);
  });
  it("the heat note's evidence says a rhetorical question was read as heat, not listed", () => {
    const thread = threadFromSimpleJson({
      kind: "issue",
      comments: [
        { author: "lena", text: "Renamed the config keys in 3.0; the changelog lists the new names." },
        { author: "dev", text: "Upgraded to 3.0 and every deploy failed on the old keys." },
        { author: "lena", text: "The old keys were deprecated for two releases, with a warning at startup." },
        { author: "dev", text: "Are you serious? This broke every deploy we have. And how exactly was anyone supposed to guess that? This is absolutely ridiculous and careless." },
      ],
    });
    const r = analyzeThread(thread, { now });
    expect([...r.openQuestions, ...r.openConcerns]).toEqual([]);
    expect(composeEscalation(r, thread).evidence.join(" ")).toMatch(/rhetorical question .*read as heat, not listed as an open question/i);
  });
  it("isComplaintQuestion: complaints always, pointed shapes only in a heated turn, rationale requests never", () => {
    expect(isComplaintQuestion("And how exactly was anyone supposed to guess that?", false)).toBe(true);
    expect(isComplaintQuestion("What kind of design is this?", true)).toBe(true);
    expect(isComplaintQuestion("What kind of design is this?", false)).toBe(false);
    expect(isComplaintQuestion("Why do you need the explicit java.net import here?", true)).toBe(false);
    expect(isComplaintQuestion("How am I supposed to configure the proxy?", false)).toBe(false);
  });
  it("a joke is not a question", () => {
    expect(features("You saved my day. Where do you want to meet up so I can give you a big bear hug? lol").candidates).toEqual([]);
    expect(features("Can it read gzip files? haha").candidates).toEqual([]);
    expect(features("Can it read gzip files? The docs do not say.").candidates).toHaveLength(1);
    expect(isJokingQuestion("Can it read gzip files? lol", undefined)).toBe(true);
    expect(isJokingQuestion("Can it read gzip files?", "Haha")).toBe(true);
    expect(isJokingQuestion("Can it read gzip files?", "Haha, the docs are silent on it.")).toBe(false);
  });
  it("a bare 'What?' carries no question of its own", () => {
    expect(features("What?\n\nCan you please provide a minimal reproducible sample?").candidates.map((c) => c.text)).toEqual(["Can you please provide a minimal reproducible sample?"]);
  });
  it("a subjectless narrative is not a question", () => {
    expect(features("Had the same thing happen to me today.").candidates).toEqual([]);
    expect(features("Has an option to add everything to your default path.").candidates).toEqual([]);
    expect(features("Has anyone tried it on Windows?").candidates).toHaveLength(1);
  });
  it("an issue template's question headings are fields, not items", () => {
    const body = "#### Which version are you using?\n2.1.0\n\n#### What did you expect?\nThe turbine to output on top.";
    expect(isTemplateField("Which version are you using?", body)).toBe(true);
    expect(isTemplateField("Which version are you using?", "Which version are you using? I cannot tell.")).toBe(false);
    const open = openTexts([{ author: "cat", text: body }, { author: "maint", text: "Thanks, looking into the generator code." }], "issue");
    expect(open.join(" ")).not.toMatch(/Which version/);
  });
});

describe("closing overtakes", () => {
  const c = (body: string): Comment => ({ id: "x", kind: "comment", author: { login: "b", isBot: true, association: "NONE" }, body, createdAt: "2024-01-01T00:00:00Z" });
  it("reads closing notices of bots and people", () => {
    expect(isClosingNotice(c("This issue has been automatically closed because of inactivity."))).toBe(true);
    expect(isClosingNotice(c("I'll close for lack of response but feel free to get back to us."))).toBe(true);
    expect(isClosingNotice(c("Closing this for now, feel free to reopen."))).toBe(true);
    expect(isClosingNotice(c("This issue is locked to prevent further comments on a closed issue."))).toBe(true);
    expect(isClosingNotice(c("Is the issue locked for everyone or only for me?"))).toBe(false);
    expect(isClosingNotice(c("We should close the file handle before returning."))).toBe(false);
    expect(isClosingNotice(c("Is it closing the socket on timeout?"))).toBe(false);
  });
  it("an unanswered question asked before a closing notice is overtaken; one asked after it waits", () => {
    const ask = { author: "kai", text: "Can you share the full log of the failing run?" };
    const close = { author: "maint", text: "Closing this for now, feel free to reopen with more details." };
    const later = { author: "rosa", text: "Is there a workaround for 2.3 in the meantime?" };
    const open = openTexts([{ author: "rosa", text: "The import fails on large files." }, ask, { author: "ines", text: "Unrelated, but the docs link is broken." }, close, later], "issue");
    expect(open).toEqual([later.text]);
  });
});

describe("answer form and the address score", () => {
  it("expectedForm reads the shape a question asks for", () => {
    expect(expectedForm("Does it keep the retry count?")).toBe("yes-no");
    expect(expectedForm("Why is the cache global?")).toBe("reason");
    expect(expectedForm("How many workers does it start?")).toBe("number");
    expect(expectedForm("Could you add a test?")).toBe("action");
    expect(expectedForm("Should we keep JSON or YAML?")).toBe("choice");
    expect(expectedForm("What does the flag do?")).toBe("open");
  });
  it("hasAnswerForm matches the reply's opening to that shape", () => {
    expect(hasAnswerForm("Does it keep the retry count?", ["Yes, that works."])).toBe(true);
    expect(hasAnswerForm("Why is the cache global?", ["Because workers share it."])).toBe(true);
    expect(hasAnswerForm("How many workers does it start?", ["Four by default."])).toBe(true);
    expect(hasAnswerForm("Should we keep JSON or YAML?", ["YAML, it has comments."])).toBe(true);
    expect(hasAnswerForm("Could you add a test?", ["Done in the last push."])).toBe(true);
    expect(hasAnswerForm("Why is the cache global?", ["The README link is broken."])).toBe(false);
    expect(hasAnswerForm("What does the flag do?", ["Yes."])).toBe(false);
  });
  it("addressScore: the addressed next turn answers; a third person's next turn needs topic or form", () => {
    const base = { nextTurn: true, addressed: true, topicShare: 0, sharedTerms: 0, form: false };
    expect(addressScore(ANSWER_WEIGHTS, base)).toBeGreaterThanOrEqual(ANSWER_WEIGHTS.cut);
    expect(addressScore(ANSWER_WEIGHTS, { ...base, addressed: false })).toBeLessThan(ANSWER_WEIGHTS.cut);
    expect(addressScore(ANSWER_WEIGHTS, { ...base, addressed: false, form: true })).toBeGreaterThanOrEqual(ANSWER_WEIGHTS.cut);
    expect(addressScore(ANSWER_WEIGHTS, { ...base, nextTurn: false, topicShare: 1, sharedTerms: 1 })).toBeLessThan(ANSWER_WEIGHTS.cut);
    expect(addressScore(ANSWER_WEIGHTS, { ...base, nextTurn: false, topicShare: 1, sharedTerms: 2 })).toBeGreaterThanOrEqual(ANSWER_WEIGHTS.cut);
  });
});
