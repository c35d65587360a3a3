// An agreed line says a point: the quoted sentence a reply accepts, the sentence "that's what I
// thought as well" answers, never a plain question or a disclaimer, a long sentence cut where a
// clause ends, and Markdown links read by their display text. Hand-written threads.
import { describe, expect, it } from "vitest";
import { firstClauses, statesAgreedPoint } from "../../src/analysis/agreed-statement.ts";
import { agreementCue } from "../../src/analysis/agreement-cues.ts";
import { displayText } from "../../src/analysis/display-text.ts";
import { acceptanceCue } from "../../src/analysis/acceptance-cues.ts";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const now = new Date("2024-03-01T00:00:00Z");
type C = { author: string; text: string };
const agreed = (comments: C[]) => analyzeThread(threadFromSimpleJson({ kind: "issue", comments }), { now }).agreements.map((a) => a.text);
const opening = { author: "ines", text: "Thumbnails in the gallery view come out blurry on high-density screens." };

describe("agreed points say a point", () => {
  it("'that's what I thought as well' and 'same conclusion' are agreement", () => {
    expect(agreementCue("Yes, that's what I thought as well.")).not.toBeNull();
    expect(agreementCue("I came to the same conclusion.")).not.toBeNull();
    expect(agreementCue("That's what I thought the button did.")).not.toBeNull(); // the cue opens the sentence
  });
  it("a reply that quotes one sentence and agrees agrees to that sentence, its linking word left out", () => {
    const points = agreed([
      opening,
      { author: "tomas", text: "The resizer runs before the pixel ratio is known, though I suspect the cache keeps the small copies around as well." },
      { author: "ines", text: "> though I suspect the cache keeps the small copies around as well.\n\nThat's what I thought as well. Clearing it by hand helps for a day." },
    ]);
    expect(points).toEqual(["I suspect the cache keeps the small copies around as well."]);
  });
  it("an accepting reply that quotes a proposal question agrees to the proposal, stated", () => {
    const points = agreed([
      opening,
      { author: "tomas", text: "The resizer was rewritten last spring. @ines I guess we should render at twice the size?" },
      { author: "ines", text: "> @ines I guess we should render at twice the size?\n\nYes, I suppose so." },
    ]);
    expect(points).toEqual(["We should render at twice the size."]);
  });
  it("a plain question or a disclaimer is no agreed point; a proposal question is", () => {
    expect(statesAgreedPoint("Which resizer does the gallery use?")).toBe(false);
    expect(statesAgreedPoint("Disclaimer: I'm not a maintainer here.")).toBe(false);
    expect(statesAgreedPoint("I may be wrong, the resizer is older than me.")).toBe(false);
    expect(statesAgreedPoint("How about rendering at twice the size?")).toBe(true);
    expect(statesAgreedPoint("The resizer ignores the pixel ratio.")).toBe(true);
  });
  it("the thread's title is no agreed point: an opening post that states nothing gives none", () => {
    const thread = threadFromSimpleJson({ kind: "issue", title: "Gallery thumbnails and pixel ratio", comments: [{ author: "ines", text: "```\nthumbs --ratio 2\n```" }, { author: "tomas", text: "I agree." }] });
    expect(analyzeThread(thread, { now }).agreements).toEqual([]);
  });
  it("a long sentence is cut where a clause ends, so the line keeps its point", () => {
    const long = "After comparing the old and the new gallery builds on three laptops, the thumbnails only blur when the browser zoom is not at one hundred percent, but the screenshots I took earlier do not show the zoom level so I cannot be sure about the first report.";
    expect(firstClauses(long, 200)).toBe("After comparing the old and the new gallery builds on three laptops, the thumbnails only blur when the browser zoom is not at one hundred percent.");
    expect(firstClauses("Short enough to show whole.", 200)).toBeNull();
  });
  it("matches a Markdown link by its display text", () => {
    const raw = "I put the fix [in the wiki](https://example.org/wiki/Thumbs) and will open a PR for `gallery-core` later.";
    expect(displayText("I put the fix in the wiki and will open a PR for § later.", raw)).toBe("I put the fix in the wiki and will open a PR for `gallery-core` later.");
  });
  it("'your work is appreciated' confirms nothing works", () => {
    expect(acceptanceCue("Yes, absolutely - your work on the icons is appreciated.")).not.toBe("confirm");
    expect(acceptanceCue("Yes, the new build works.")).toBe("confirm");
  });
});
