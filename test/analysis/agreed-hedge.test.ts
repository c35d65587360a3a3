// An agreed line is a point someone else accepted: not a hedge, a wondering or a memory, an offer, a bare reaction, a question, a
// thank-you, or a sentence cut before its point. When the agreeing reply says the point more
// plainly ("I agree with @x - it's time to…", "That's what I thought. <point>"), the line carries
// the reply's words. Hand-written threads.
import { describe, expect, it } from "vitest";
import { asAgreedStatement, statesAgreedPoint } from "../../src/analysis/agreed-statement.ts";
import { agreementCue } from "../../src/analysis/agreement-cues.ts";
import { analyzeThread } from "../../src/analysis/report.ts";
import { analyzeComment } from "../../src/analysis/comment-features.ts";
import { separateDisputed } from "../../src/analysis/differences.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const now = new Date("2024-03-01T00:00:00Z");
type C = { author: string; text: string };
const agreed = (comments: C[]) => analyzeThread(threadFromSimpleJson({ kind: "issue", comments }), { now }).agreements.map((a) => a.text);
const opening = { author: "ines", text: "Thumbnails in the gallery view come out blurry on high-density screens." };

describe("an agreed line is a point", () => {
  it("an offer to do the work and a bare reaction to something tried are no points; a reaction that says what is", () => {
    for (const text of [
      "I'd love to take on some of this work.",
      "@ines I'd like to help with the resizer tests.",
      "Happy to help with the gallery docs.",
      "I can pick this up next week.",
      "That's working much better!",
      "It works now!",
      "This looks great.",
    ]) {
      expect(statesAgreedPoint(text), text).toBe(false);
    }
    for (const text of [
      "That works for large files only when the cache is off.",
      "It is working on Linux but not on Windows.",
      "I'd like to keep the old resizer until the new one handles SVG.",
      "I can take this approach further for the parser module.",
      "Should the resizer default to twice the size?",
    ]) {
      expect(statesAgreedPoint(text), text).toBe(true);
    }
  });

  it("a question a reply answered is no agreed point, even as the part of the comment the reply speaks to", () => {
    const t = threadFromSimpleJson({
      comments: [
        { author: "ines", text: "Adds an export button to the viewer toolbar." },
        { author: "omar", text: "If we want to hide the action, we'd need to remove it I suspect. Is the hiding used currently?" },
        { author: "ines", text: "Yes, I used hiding currently. But your point about keyboard shortcuts led me to two methods in the documentation." },
      ],
    });
    const features = t.comments.map((c) => analyzeComment(c));
    const claim = { text: "If we want to hide the action, we'd need to remove it I suspect.", author: "omar", commentId: t.comments[1].id, agreedBy: ["ines"], agreementCommentIds: [t.comments[2].id], fromClaim: true };
    // The reply shares its words with the question, not the claim: the question is what it answered, and a question is no agreed point.
    expect(separateDisputed([claim], t.comments, features).agreed.map((a) => a.text)).toEqual([]);
  });

  it("a hedge, a wondering, a memory or a tentative 'maybe we could' is no point", () => {
    for (const text of [
      "I wonder if the cache keeps the small copies around.",
      "Right now I'm wondering if anything else would break when the hooks are reordered.",
      "Though right now I'm wondering whether the resizer needs it at all.",
      "I vaguely remember this being done on purpose for speed years ago.",
      "If I recall correctly the resizer was rewritten last spring.",
      "Not sure if the resizer reads the pixel ratio at all.",
      "I'm not entirely sure the cache is involved.",
      "Maybe we could render the thumbnails at twice the size.",
    ]) {
      expect(statesAgreedPoint(text), text).toBe(false);
    }
  });

  it("a thank-you or a sentence cut before its point is no point; a plain claim, even a cautious one, is", () => {
    expect(statesAgreedPoint("Thanks for digging into the resizer so quickly!")).toBe(false);
    expect(statesAgreedPoint("The reason the thumbnails blur is the")).toBe(false);
    expect(statesAgreedPoint("With a clean cache it works like this:")).toBe(false);
    expect(statesAgreedPoint("Perhaps it's time to revisit the default ratio.")).toBe(true);
    expect(statesAgreedPoint("I suspect the cache keeps the small copies around.")).toBe(true);
    expect(statesAgreedPoint("Everyone here agrees with that.")).toBe(true);
  });

  it("'I agree with @x - <point>' names whom and restates the point in the writer's words", () => {
    expect(agreementCue("I agree with @tomas - it's time to make the sharp resizer the default.")).toEqual({ point: "It's time to make the sharp resizer the default.", with: "tomas" });
    expect(agreementCue("Agree with you: the cache should be keyed by the pixel ratio.")).toEqual({ point: "The cache should be keyed by the pixel ratio." });
    // A rest that turns against the agreement, or only thanks, restates nothing.
    expect(agreementCue("I agree with @tomas, but I'd wait for the next release.")?.point).toBeUndefined();
    expect(agreementCue("I agree with @tomas, thanks for checking this.")?.point).toBeUndefined();
  });

  it("takes the agreeing reply's restatement over a hedge it answers", () => {
    const points = agreed([
      opening,
      { author: "tomas", text: "I vaguely remember the soft resizer being picked for speed years ago, but perhaps that no longer matters." },
      { author: "paula", text: "The option is documented in the gallery settings.\n\nI agree with @tomas - it's time to make the sharp resizer the default." },
    ]);
    expect(points).toEqual(["It's time to make the sharp resizer the default."]);
  });

  it("a wondering agreed to is said by the reply's next sentence when it speaks of the same thing, else left out", () => {
    const wondering = { author: "tomas", text: "Raising the resizer hook priority fixes it, though right now I'm wondering if anything else would break when the hooks are reordered." };
    const quote = "> though right now I'm wondering if anything else would break when the hooks are reordered.\n\n";
    expect(agreed([opening, wondering, { author: "ines", text: `${quote}That's what I thought as well. Reordering the hooks is always a risky thing to do.` }])).toEqual([
      "Reordering the hooks is always a risky thing to do.",
    ]);
    // The next sentence is about something else: nothing to list.
    expect(agreed([opening, wondering, { author: "ines", text: `${quote}That's what I thought as well. My laptop is being repaired this week anyway.` }])).toEqual([]);
    // No next sentence at all: nothing to list.
    expect(agreed([opening, wondering, { author: "ines", text: `${quote}That's what I thought as well.` }])).toEqual([]);
  });

  it("'Agreed — <point>' restates the point after a bare agreement", () => {
    expect(agreementCue("Agreed — the cache should be keyed by the pixel ratio.")).toEqual({ point: "The cache should be keyed by the pixel ratio." });
    expect(agreementCue("+1: rendering at twice the size fixes the blur.")).toEqual({ point: "Rendering at twice the size fixes the blur." });
    expect(agreementCue("Agreed - thanks!")?.point).toBeUndefined();
    const points = agreed([
      opening,
      { author: "tomas", text: "The resizer runs before the pixel ratio is known, so the cache ends up holding the small copies." },
      { author: "paula", text: "Agreed: the cache should be keyed by the pixel ratio." },
    ]);
    expect(points).toEqual(["The cache should be keyed by the pixel ratio."]);
  });

  it("a courtesy before the point is left out of the line", () => {
    expect(asAgreedStatement("Thanks for the patch, the cache should be keyed by the pixel ratio.")).toBe("The cache should be keyed by the pixel ratio.");
    expect(asAgreedStatement("I'm sorry, I was wrong about the ratio, the resizer reads it fine.")).toBe("I was wrong about the ratio, the resizer reads it fine.");
    // Too little left, or a turn against it: kept as written.
    expect(asAgreedStatement("Thanks, works now.")).toBe("Thanks, works now.");
    expect(asAgreedStatement("Sorry, but the resizer is not the problem here.")).toBe("Sorry, but the resizer is not the problem here.");
  });
});

describe("a me-too is no agreed point", () => {
  it("rejects reports that someone else hit the same problem", () => {
    for (const t of ["I'm having the same issue.", "Same here on Windows 11.", "We also get the same error after the upgrade.", "+1, this breaks our CI too.", "Me too."]) {
      expect(statesAgreedPoint(t), t).toBe(false);
    }
    expect(statesAgreedPoint("The same cache key should be used for both builds.")).toBe(true);
  });

  it("rejects me-toos without a subject, after an address, or of 'some issues'", () => {
    for (const t of ["Had the same problem on macOS.", "@ines I also had some issues with the resizer.", "Having the same error since 2.3.", "👍 Me too."]) {
      expect(statesAgreedPoint(t), t).toBe(false);
    }
  });

  it("a reply that opens with a me-too agrees to no point, however long it goes on", () => {
    const thread = [
      opening,
      { author: "omar", text: "The resizer picks the 1x asset when the page is zoomed, so the thumbnails look soft." },
      { author: "lena", text: "Same here, and I really hope there is a way around it that does not mean switching browsers for every gallery I open." },
      { author: "kai", text: "👍 Me too. For anyone who needs it now: the old viewer still renders them sharp." },
    ];
    expect(agreed(thread)).toEqual([]);
    // an agreement with the same point, without the me-too, still counts
    expect(agreed([...thread.slice(0, 2), { author: "lena", text: "Agreed, the zoom is what picks the 1x asset and it should not." }])).not.toEqual([]);
  });
});

describe("what an agreement names", () => {
  it("'agree that <clause>' names the point even when the clause opens with a pronoun; 'agree with you' names a person", () => {
    expect(agreementCue("I agree that you as a user shouldn't have to care about the resizer's internals.")?.clause).toBe("you as a user shouldn't have to care about the resizer's internals");
    expect(agreementCue("(As the resizer is beta I agree that this is a problem we did not foresee.)")?.clause).toBe("this is a problem we did not foresee");
    expect(agreementCue("I agree with you on this one.")?.clause).toBeUndefined();
  });

  it("an offer to help or a report of one's own work done is no point to agree to", () => {
    for (const t of ["I would be interested in helping implement this RFC.", "I've finally managed to get the resizer refactor done: https://example.org/pr/12"]) expect(statesAgreedPoint(t), t).toBe(false);
  });
});

describe("'makes sense' agrees only as a verdict on what was said", () => {
  it.each([
    ["Yes, makes sense.", true],
    ["That totally makes sense to me.", true],
    ["Makes sense, thanks.", true],
    ["This step probably makes sense to port over to the installer too.", false],
    ["It makes sense to keep the old behaviour behind a flag.", true],
    ["The second step makes sense for the installer as well.", false],
  ])("%s → %s", (s, v) => expect(agreementCue(s) !== null).toBe(v));
});
