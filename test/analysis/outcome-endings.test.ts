// The turns that end a thread in its own words: a bare "Fixed!", "handled by #N", "never been
// supported", a lock notice, "we are moving to close it" for lack of discussion, "I only merged
// this", and others confirming that a fix or a change they were asked to test works
// (confirmation.ts). Invented sentences and threads.
import { describe, expect, it } from "vitest";
import { asksToTest, confirmsWorking } from "../../src/analysis/confirmation.ts";
import { outcomeKind } from "../../src/analysis/outcome-cues.ts";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const now = new Date("2024-03-01T00:00:00Z");
type C = { author: string; text: string };
const analyze = (comments: C[]) => analyzeThread(threadFromSimpleJson({ kind: "issue", comments }), { now });

describe("outcomeKind: more endings in the thread's own words", () => {
  it.each([
    ["Fixed!", "fixed"],
    ["Fixed. :)", "fixed"],
    ["It is fixed now.", "fixed"],
    ["Handled by #4410", "fixed"],
    ["Addressed in 3fa9c21d.", "fixed"],
    ["This has already been fixed in the parser package (acme/parser#88), please update it.", "fixed"],
    ["Note that I only merged this into main.", "merged"],
    ["I've now merged it.", "merged"],
    ["I'll just close this.", "closed"],
    ["We are going to close this for now.", "closed"],
    ["This issue is locked to keep the discussion in the forum.", "closed"],
    ["We are moving to close it, as there has been no more discussion for months.", "stale"],
    ["Closing, no further response from the reporter.", "stale"],
    ["Wayland output has never been supported.", "unsupported"],
    ["Plugins were never supported on the portable build.", "unsupported"],
    ["I reproduced it and a fix will be included in 3.0.0.", "fix-promised"],
    ["I'll get a fix out later today.", "fix-promised"],
  ])("%s → %s", (sentence, kind) => {
    expect(outcomeKind(sentence)).toBe(kind);
  });

  it.each([
    "Fixed the typo in the second paragraph.",
    "Can you please close this?",
    "Is this fixed now?",
    "It might be handled by #12 eventually.",
    "Is Wayland supported?",
    "If a fix will be included in 3.0, fine.",
  ])("not an outcome: %s", (sentence) => {
    expect(outcomeKind(sentence)).not.toBe("fixed");
    expect(outcomeKind(sentence)).not.toBe("unsupported");
    expect(outcomeKind(sentence)).not.toBe("fix-promised");
  });
});

describe("confirmation cues", () => {
  it.each(["Tested OK on the ARM board.", "GTG on macOS too.", "Builds all completed successfully with this change.", "fix confirmed, thanks!", "It seems to work fine here.", "Thanks for fixing this!", "That's working much better!"])(
    "confirms: %s",
    (s) => expect(confirmsWorking(s)).toBe(true),
  );
  it.each(["It still doesn't work on Windows.", "I hope it works fine now.", "Does it work fine for you?", "Tests passed, but the build is still broken."])("does not confirm: %s", (s) =>
    expect(confirmsWorking(s)).toBe(false),
  );
  it.each(["Please give this a try and report back.", "Can somebody with a Mac test the installer?", "This needs testing on ARM."])("asks to test: %s", (s) => expect(asksToTest(s)).toBe(true));
  it("a plain statement asks nothing", () => expect(asksToTest("I rebased the branch onto main.")).toBe(false));
});

describe("who may settle it, and which turn ends it", () => {
  it("on a pull request, its author saying it works tests their own change: no outcome; on an issue the reporter's 'works now' settles it", () => {
    const comments = [
      { author: "rui", text: "Switches the kernel module dependency from krpc to xdr for the new release." },
      { author: "kim", text: "Could you check it on the development branch too?" },
      { author: "rui", text: "Manually confirmed this works on the development branch now." },
    ];
    const pr = analyzeThread(threadFromSimpleJson({ kind: "pull_request", comments }), { now });
    expect(pr.status.why).toBeUndefined();
    expect(analyze(comments).status.why?.kind).toBeDefined();
  });

  it("'Close this issue' ordered by a bystander is a demand, not a closing; said by its author or a maintainer it closes", () => {
    const demand = analyze([
      { author: "rui", text: "The exporter drops the header row of every sheet." },
      { author: "kim", text: "Close this issue, as nobody here is going to fix anything anyway." },
    ]);
    expect(demand.status.why).toBeUndefined();
    const own = analyze([
      { author: "rui", text: "The exporter drops the header row of every sheet." },
      { author: "kim", text: "It was the template's first row setting." },
      { author: "rui", text: "Close this issue, it was my template." },
    ]);
    expect(own.status.why?.kind).toBe("closed");
    const maintainer = analyzeThread(
      threadFromSimpleJson({
        kind: "issue",
        comments: [
          { author: "rui", text: "The exporter drops the header row of every sheet.", association: "NONE" },
          { author: "max", text: "Close this issue, the header setting covers it.", association: "MEMBER" },
        ],
      }),
      { now },
    );
    expect(maintainer.status.why?.kind).toBe("closed");
  });

  it("testers confirming the change the author asked them to try: reported working, the latest report", () => {
    const r = analyze([
      { author: "rui", text: "Rebased the codec patches onto the release branch. @kim @lou please give this a try and report back if it works." },
      { author: "kim", text: "Tested OK on the small board." },
      { author: "lou", text: "Builds all completed successfully for both boards." },
    ]);
    expect(r.status.why?.kind).toBe("resolved");
    expect(r.status.why?.author).toBe("lou");
  });

  it("a bystander's 'works fine for me' with nothing to confirm settles nothing", () => {
    const r = analyze([
      { author: "rui", text: "The exporter crashes on empty sheets." },
      { author: "kim", text: "It seems to work fine here." },
    ]);
    expect(r.status.why).toBeUndefined();
  });

  it("a fix, then someone else confirming it: the fix stands, the confirmation follows", () => {
    const r = analyze([
      { author: "rui", text: "The search shortcut does nothing on a German keyboard layout." },
      { author: "max", text: "OK fixed in 8c1d2e4f." },
      { author: "kim", text: "fix confirmed, thx!" },
    ]);
    expect(r.status.why?.kind).toBe("fixed");
    expect(r.status.confirmedBy?.author).toBe("kim");
  });

  it("the author's own bare 'Fixed.' is their report that it works, not a fix reported by someone else", () => {
    const r = analyze([
      { author: "rui", text: "Adds a flag for the cache directory." },
      { author: "max", text: "The flag name has a typo." },
      { author: "rui", text: "Fixed." },
    ]);
    expect(r.status.why?.kind).not.toBe("fixed");
  });

  it("a lock notice after a definitive answer: the answer stands, the closing follows it", () => {
    const r = analyze([
      { author: "rui", text: "Saving fails when I enable the ingress class option." },
      { author: "max", text: "The ingress class option has never been supported." },
      { author: "bot-admin", text: "This issue is locked to prevent necro-posting on closed issues." },
    ]);
    expect(r.status.state).toBe("closed");
    expect(r.status.locked).toBe(true);
    expect(r.status.why?.kind).toBe("unsupported");
    expect(r.status.settledBy?.author).toBe("bot-admin");
  });

  it("'never been supported' from a participant who is not a maintainer, when the thread shows roles, settles nothing", () => {
    const thread = (association: "MEMBER" | "NONE") =>
      analyzeThread(
        threadFromSimpleJson({
          kind: "issue",
          comments: [
            { author: "rui", text: "Saving fails when I enable the proxy option.", association: "NONE" },
            { author: "lee", text: "Thanks for the report, looking.", association: "MEMBER" },
            { author: "max", text: "The proxy option has never been supported.", association },
          ],
        }),
        { now },
      );
    expect(thread("MEMBER").status.why?.kind).toBe("unsupported");
    expect(thread("NONE").status.why).toBeUndefined();
  });

  it("the author's own bare 'never supported' settles nothing", () => {
    const r = analyze([
      { author: "rui", text: "Could the viewer run on Wayland?" },
      { author: "max", text: "Interesting idea." },
      { author: "rui", text: "Wayland was never supported." },
    ]);
    expect(r.status.why).toBeUndefined();
  });
});
