// The thread kind guessed from words when a file does not give it: hand-written threads.
import { describe, expect, it } from "vitest";
import { guessThreadKind } from "../../src/thread/kind-guess.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

describe("guessThreadKind", () => {
  it.each([
    ["a bump", "Bump left-pad from 1.2.0 to 1.3.0", ["Bumps left-pad to the latest patch release."]],
    ["the opening post presents the change", "Faster importer", ["This PR adds a streaming path to the importer so large files stay in memory budget."]],
    ["a line closing an issue", "Keep empty dates", ["- Fixes #412\n- Adds a regression test"]],
    ["a pull-request template", "Importer tweaks", ["## Description of the changes\nThe BOM is stripped first.\n\n## How has this been tested?\nUnit tests."]],
    ["two replies reviewing it", "Importer and BOMs", ["The importer now strips the BOM.", "LGTM, thanks!", "Please rebase on main before we merge.", "Done."]],
    ["a verb title and an opening post that says what it changed", "Add a --strict flag", ["I've added a flag that turns warnings into errors."]],
    ["a conventional title and one reviewing reply", "fix(cli): exit code on bad input", ["Exit 1 instead of 0.", "Can you squash the commits?"]],
  ])("pull request: %s", (_why, title, bodies) => expect(guessThreadKind(title, bodies)).toBe("pull_request"));

  it.each([
    ["a bug report", "Importer drops rows with empty dates", ["Rows whose date column is empty vanish when the file has a BOM.", "Can you share the file?"]],
    ["a feature request titled with a verb", "Add a --strict flag", ["It would be great to have a flag that turns warnings into errors."]],
    ["a request with a short body", "Rename the sync command", ["Sync is confusing here."]],
    ["an issue that mentions the fix's pull request", "Crash on empty input", ["The CLI crashes on an empty file.", "The PR that fixes it was merged yesterday, see #88.", "Thanks!"]],
    ["a conventional title alone", "docs: a tutorial step for themes", ["The tutorial never says how to pick a theme; a step for it would help newcomers a lot."]],
    ["quoted words are not the writer's", "Importer question", ["> This PR adds a flag\nWhich PR do you mean?"]],
  ])("issue: %s", (_why, title, bodies) => expect(guessThreadKind(title, bodies)).toBe("issue"));
});

describe("threadFromSimpleJson: the kind when the file does not give it", () => {
  const comments = [{ author: "rosa", text: "This PR adds a streaming path to the importer." }, { author: "kai", text: "Looks fine." }];
  it("a given kind wins; then reviews and the URL; then the words", () => {
    expect(threadFromSimpleJson({ kind: "issue", comments }).kind).toBe("issue");
    expect(threadFromSimpleJson({ url: "https://github.com/o/r/issues/3", comments }).kind).toBe("issue");
    expect(threadFromSimpleJson({ url: "https://github.com/o/r/discussions/3", comments }).kind).toBe("discussion");
    expect(threadFromSimpleJson({ comments: [{ author: "rosa", text: "Slow importer." }, { author: "kai", text: "Fine.", reviewState: "APPROVED" }] }).kind).toBe("pull_request");
    expect(threadFromSimpleJson({ comments }).kind).toBe("pull_request");
    expect(threadFromSimpleJson({ comments: [{ author: "rosa", text: "The importer is slow on big files." }] }).kind).toBe("issue");
  });
});
