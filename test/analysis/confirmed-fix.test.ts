// What fixed it behind a terse outcome: the suggestion just before it that the next reply by
// someone else confirmed; never a suggestion nobody confirmed, a bare "yes" to a question, or a
// question itself.
import { describe, expect, it } from "vitest";
import { confirmedFix, fixSentence } from "../../src/analysis/confirmed-fix.ts";
import { comment, thread } from "../coach/factories.ts";

const maint = { login: "lee", isBot: false, association: "MEMBER" as const };
const opener = { login: "author", isBot: false, association: "NONE" as const };
const helper = { login: "kai", isBot: false, association: "NONE" as const };
const t = (...bodies: [string, typeof maint][]) =>
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
