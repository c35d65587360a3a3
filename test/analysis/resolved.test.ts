// The one phrase list for "resolved" (analysis/resolved.ts): answer matching reads a solved problem
// or a moot question on the asker's own comment; the summary's status line reads only "solved".
import { describe, expect, it } from "vitest";
import { reportsResolved, resolutionOf, settlesOwn } from "../../src/analysis/resolved.ts";

describe("a problem reported solved", () => {
  it.each([
    "It works now after clearing the cache.",
    "Works fine now, thanks!",
    "Installed from source, everything is working.",
    "Everything is fine again after the upgrade.",
    "Problem solved - my Python version was outdated.",
    "The issue is gone with 2.4.",
    "OK, it's fixed now.",
    "Solved.",
    "I fixed it by pinning the plugin to 1.2.",
    "We've resolved the issue on our side.",
    "I figured it out: the proxy stripped the header.",
    "That did the trick.",
    "Yup, that works!",
  ])("%s", (s) => {
    expect(resolutionOf(s)).toBe("solved");
    expect(reportsResolved(s)).toBe(true);
    expect(settlesOwn(s)).toBe(true);
  });
});

describe("a question made moot: settles the writer's own question, reports nothing working", () => {
  it.each(["Never mind, I was reading the old docs.", "Nvm, wrong branch.", "My mistake then!", "I was wrong.", "Found the culprit: a stale lock file."])("%s", (s) => {
    expect(resolutionOf(s)).toBe("moot");
    expect(settlesOwn(s)).toBe(true);
    expect(reportsResolved(s)).toBe(false);
  });
  it("a sentence that both concedes and reports working reads as solved", () => {
    expect(resolutionOf("I was wrong about the flag, that works fine.")).toBe("solved");
  });
});

describe("no resolution", () => {
  it.each([
    // failures
    "It's still not working on Windows.",
    "The issue isn't fixed in 2.4.",
    "Clearing the cache did not help, it is still not working.",
    // hopes, conditions and questions
    "If you set the flag to false, the start scripts should still work.",
    "You can try the nightly build and see if it works now.",
    "Hopefully that fixed it.",
    "Does it work now?",
    // what a clause asks about, a reassurance, the nvm command
    "I tried to fix it, but I don't really understand how it works.",
    "It's all good, I only wanted to make the icons consistent.",
    "I installed node with nvm but the command is not found.",
    // a fix elsewhere is an outcome of its own (outcome-cues.ts), not the writer's report
    "It is fixed in #412.",
  ])("%s", (s) => {
    expect(resolutionOf(s)).toBeNull();
    expect(settlesOwn(s)).toBe(false);
  });
});
