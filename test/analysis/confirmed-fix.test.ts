// What fixed it behind a terse outcome: the suggestion just before it that the next reply by
// someone else confirmed; never a suggestion nobody confirmed, a bare "yes" to a question, or a
// question itself.
import { describe, expect, it } from "vitest";
import { confirmedFix, fixSentence, hypothesis } from "../../src/analysis/confirmed-fix.ts";
import type { Comment } from "../../src/thread/model.ts";
import { comment, thread } from "../coach/factories.ts";

const maint = { login: "lee", isBot: false, association: "MEMBER" as const };
const opener = { login: "author", isBot: false, association: "NONE" as const };
const helper = { login: "kai", isBot: false, association: "NONE" as const };
const t = (...bodies: [string, Comment["author"]][]) =>
  thread(bodies.length + 1, { comments: [comment(1, { author: opener, body: "Pressing the shortcut does nothing on my keyboard." }), ...bodies.map(([body, author], i) => comment(i + 2, { body, author }))] });

describe("fixSentence", () => {
  it("finds the change a reply proposes, cut of the code or link it introduces", () => {
    expect(fixSentence("The handler should use the key name instead of the scan code, as scan codes ignore the layout: https://example.org/keys")).toBe("The handler should use the key name instead of the scan code, as scan codes ignore the layout");
    expect(fixSentence("The option should be used without quotes, like:\n\n```\nx = 1\n```\n\nHave you tried this?")).toBe("The option should be used without quotes.");
  });

  it("finds nothing in thanks, questions or a report", () => {
    expect(fixSentence("Thanks for the report!")).toBeUndefined();
    expect(fixSentence("Should we use the key name instead of the scan code?")).toBeUndefined();
  });
});

describe("confirmedFix", () => {
  it("quotes the suggestion a maintainer agreed with, behind a terse fixed", () => {
    const th = t(["I think the handler should use the key name instead of the scan code, as scan codes ignore the layout.", helper], ["Yes right, I missed that in review.", maint], ["Fixed in a1b2c3d.", maint]);
    const fix = confirmedFix(th, "c4");
    expect(fix?.commentId).toBe("c2");
    expect(fix?.confirmedIn).toBe("c3");
    expect(fix?.text).toContain("instead of the scan code");
  });

  it("quotes the instruction the author then said works", () => {
    const th = t(["The option should be used without quotes, like:\n\n```\nx = 1\n```", maint], ["Nope, I had not. And it works! Closing.", opener]);
    expect(confirmedFix(th, "c3")?.text).toBe("The option should be used without quotes.");
  });

  it("gives nothing when nobody confirmed the suggestion, or a bare yes answers a question", () => {
    const unconfirmed = t(["You need to pass the key name instead of the scan code.", helper], ["Fixed in a1b2c3d.", maint]);
    expect(confirmedFix(unconfirmed, "c3")).toBeUndefined();
    const question = t(["Does it happen with a US layout? The handler should use the key name instead of the scan code.", helper], ["Yes right, only with the German one.", opener], ["Closing.", maint]);
    expect(confirmedFix(question, "c4")).toBeUndefined();
    const selfConfirmed = t(["The handler should use the key name instead of the scan code.", maint], ["Yes right, that is what I meant.", maint], ["Fixed.", maint]);
    expect(confirmedFix(selfConfirmed, "c4")).toBeUndefined();
  });
});

describe("a cause put as a question, that the author owns up to", () => {
  it("takes the cause the question puts forward, when the reply admits it", () => {
    const th = t(["Could it be that an old line in your shell profile still sets the install folder to your previous home directory?", maint], ["It was there after all, my bad. Thanks for the help!", opener]);
    const fix = confirmedFix(th, "c3");
    expect(fix?.kind).toBe("cause");
    expect(fix?.text).toBe("an old line in your shell profile still sets the install folder to your previous home directory");
    expect(hypothesis("What version are you on?")).toBeUndefined();
  });

  it("gives nothing when the reply does not own up", () => {
    const th = t(["Could it be that an old line in your shell profile still sets the install folder to your previous home directory?", maint], ["No, I checked every profile file.", opener]);
    expect(confirmedFix(th, "c3")).toBeUndefined();
  });

  it("reads a confirmed diagnosis as a cause, a confirmed change as a fix", () => {
    const cause = t(["The problem is caused by the stale lock file the old release left behind.", helper], ["Yes, that was it, deleting it works.", opener]);
    expect(confirmedFix(cause, "c3")?.kind).toBe("cause");
    const change = t(["The handler should use the key name instead of the scan code.", helper], ["Yes right.", maint], ["Fixed.", maint]);
    expect(confirmedFix(change, "c4")?.kind).toBe("fix");
  });
});
