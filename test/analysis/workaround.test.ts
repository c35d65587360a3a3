// A workaround that worked: a reply offering a way around the problem that someone other than its
// writer then says worked, and that no later reply rejects; hand-written threads.
import { describe, expect, it } from "vitest";
import { offerIn, threadWorkarounds } from "../../src/analysis/workaround.ts";
import { comment, thread } from "../coach/factories.ts";

const who = (login: string) => ({ login, isBot: false, association: "NONE" as const });
/** Turns as [login, body]; the first is the opening post. */
const said = (...turns: [string, string][]) => thread(turns.length, { comments: turns.map(([login, body], i) => comment(i + 1, { author: who(login), body })) });
const open: [string, string] = ["ana", "The thumbnail cache fills the disk after an upgrade to 4.2."];
const offer: [string, string] = ["kai", "As a workaround, set `thumbnails.maxBytes: 0` in the config until this is sorted out."];

describe("offerIn", () => {
  it("finds the sentence that offers a way around the problem", () => {
    expect(offerIn("Not fixed yet. In the meantime you can pin the renderer to 1.8.")).toBe("In the meantime you can pin the renderer to 1.8.");
    expect(offerIn("What worked for me was deleting the lock file before the build.")).toContain("deleting the lock file");
    expect(offerIn("Try `--legacy-peer-deps` when installing.")).toContain("--legacy-peer-deps");
    // A self-report of success keeps the sentence before it, which says what was done.
    expect(offerIn("Turn off hardware acceleration in the settings. This fixed the issue for me.")).toBe("Turn off hardware acceleration in the settings. This fixed the issue for me.");
  });

  it("does not read a question, a quote or a plain report as an offer", () => {
    expect(offerIn("Is there a workaround?")).toBeUndefined();
    expect(offerIn("> As a workaround, pin the renderer.\nThanks, I will look.")).toBeUndefined();
    expect(offerIn("Same problem on 4.2 for me.")).toBeUndefined();
    expect(offerIn("I really need a workaround, the disk is full every morning.")).toBeUndefined();
    expect(offerIn("There is no known workaround at the moment.")).toBeUndefined();
  });
});

describe("threadWorkarounds", () => {
  it("keeps an offer someone other than its writer says worked, with who confirmed", () => {
    const ws = threadWorkarounds(said(open, offer, ["ana", "That worked, the disk stays flat now."], ["lou", "Can confirm, works for me too."]));
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({ commentId: "c2", author: "kai", confirmedBy: ["ana", "lou"] });
    expect(ws[0].text).toContain("thumbnails.maxBytes");
  });

  it("counts a later confirmation only when it replies to the offer (quotes it or names its writer)", () => {
    const filler: [string, string][] = [["bo", "Seeing this on Windows as well."], ["cy", "Same on macOS."]];
    expect(threadWorkarounds(said(open, offer, ...filler, ["dee", "Works for me."]))).toEqual([]);
    const quoting = threadWorkarounds(said(open, offer, ...filler, ["dee", "> As a workaround, set `thumbnails.maxBytes: 0` in the config until this is sorted out.\n\nThat did the trick here."]));
    expect(quoting[0]?.confirmedBy).toEqual(["dee"]);
    expect(threadWorkarounds(said(open, offer, ...filler, ["dee", "@kai thanks, that worked."]))[0]?.confirmedBy).toEqual(["dee"]);
  });

  it("keeps nothing nobody confirmed", () => {
    expect(threadWorkarounds(said(open, offer, ["ana", "I will try it tomorrow."]))).toEqual([]);
  });

  it("drops an offer the asker says did not help, even after someone else confirmed it", () => {
    expect(threadWorkarounds(said(open, offer, ["ana", "Sadly that did not help, the cache still grows."]))).toEqual([]);
    expect(threadWorkarounds(said(open, offer, ["lou", "That worked for me."], ["ana", "Did not help here, it still fails."]))).toEqual([]);
  });

  it("reads a partial success or a failure to start as a rejection, not a confirmation", () => {
    expect(threadWorkarounds(said(open, offer, ["lou", "It works on Debian but not on Ubuntu."]))).toEqual([]);
    expect(threadWorkarounds(said(open, offer, ["lou", "That worked for me."], ["ana", "Installed fine, but I am unable to start the viewer afterwards."]))).toEqual([]);
  });

  it("does not take a shell prompt inside a later code block for a quote of the offer", () => {
    const filler: [string, string][] = [["bo", "Seeing this on Windows as well."], ["cy", "Same on macOS."]];
    const shell: [string, string] = ["kai", "As a workaround you can downgrade with:\n```\nsudo apt install viewer=4.1.0-1ubuntu1\n```"];
    const later: [string, string] = ["dee", "Same here.\n```\n$ sudo apt install \\\n> viewer=4.1.0-1ubuntu1\n```\nIt works on my laptop now."];
    expect(threadWorkarounds(said(open, shell, ...filler, later))).toEqual([]);
  });

  it("does not count the writer confirming their own workaround, nor a bot", () => {
    expect(threadWorkarounds(said(open, offer, ["kai", "Checked again, it works for me."]))).toEqual([]);
    const bot = thread(3, { comments: [comment(1, { author: who("ana"), body: open[1] }), comment(2, { author: who("kai"), body: offer[1] }), comment(3, { author: { login: "ci-bot", isBot: true, association: "NONE" }, body: "Confirmed, it works." })] });
    expect(threadWorkarounds(bot)).toEqual([]);
  });

  it("does not take 'cannot reproduce, works for me' as a confirmation", () => {
    expect(threadWorkarounds(said(open, offer, ["lou", "I cannot reproduce this at all, works for me on 4.2."]))).toEqual([]);
  });
});
