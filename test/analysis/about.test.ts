// What a thread is about: the opening post's sentence that states the problem, not a template,
// environment or reproduction-step line. Hand-written opening posts.
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const now = new Date("2024-03-01T00:00:00Z");
const about = (text: string, title = "") => analyzeThread(threadFromSimpleJson({ kind: "issue", title, comments: [{ author: "rosa", text }] }), { now }).about?.text;

describe("aboutOf", () => {
  it("skips environment and version lines for the sentence that states the problem", () => {
    expect(about("Parser version(s) affected: 2.4.1, 2.5.0-rc1\n\nI upgraded to 2.5 today and the importer no longer reads files with a BOM.")).toBe(
      "I upgraded to 2.5 today and the importer no longer reads files with a BOM.",
    );
    expect(about("Ubuntu 22.04 (kernel 6.2).\n\nThe importer drops rows whose date column is empty.")).toBe("The importer drops rows whose date column is empty.");
  });

  it("skips template checklist lines and reproduction steps", () => {
    expect(about("- [x] tests added / passed\nEnsure all linting tests pass, see the guide for how to run them")).toBeUndefined();
    expect(about("Install the importer from the distribution packages on a fresh machine.\n\nThe generated config file contains the wrong path for the cache.")).toBe(
      "The generated config file contains the wrong path for the cache.",
    );
  });

  it("drops a template label before the words, and a sentence cut mid-way", () => {
    expect(about("Describe the bug the importer crashes on an empty file with a BOM.")).toBe("the importer crashes on an empty file with a BOM.");
    expect(about("Whenever the column is empty and the file has a BOM, you would want the row to\n\nInstead the row is dropped without any warning at all.")).toBe(
      "Instead the row is dropped without any warning at all.",
    );
  });

  it("prefers a statement of the problem to background, and a statement to a question", () => {
    expect(about("I run the importer nightly on a small cluster of machines. Since 2.5 it fails on every file that has a BOM. Am I doing something wrong?")).toBe(
      "Since 2.5 it fails on every file that has a BOM.",
    );
  });

  it("skips a remark about the post itself and an aside in parentheses", () => {
    expect(about("The exporter writes an empty file when the sheet name has a space.\n\nI couldn't find anywhere else to ask, so I'm posting it as an issue.")).toBe(
      "The exporter writes an empty file when the sheet name has a space.",
    );
    expect(about("(I'd rather you didn't turn on new UI features by default in the future.)\n\nI find the new inline hints very distracting while typing long commands.")).toBe(
      "I find the new inline hints very distracting while typing long commands.",
    );
  });

  it("skips a sentence that leans on the one before it", () => {
    expect(about("After the upgrade the query returns every row whatever offset and limit I pass to it.\n\nDidn't work with the shorter form either.")).toBe(
      "After the upgrade the query returns every row whatever offset and limit I pass to it.",
    );
    // a linking word ("But", "As a result", "This is because", "The point is") leans on what came before
    for (const lean of ["But that flag is not honoured by the exporter at all.", "As a result, the exporter writes an empty sheet for every tab.", "This is because the exporter opens the file twice on Windows.", "The point is that the exporter opens the file twice."])
      expect(about(`${lean}\n\nThe exporter writes an empty sheet when a tab name contains a space.`), lean).toBe("The exporter writes an empty sheet when a tab name contains a space.");
  });

  it("skips an apology for being new, and the tail of a sentence cut by code", () => {
    expect(about("I'm fairly new to the exporter, so forgive me if this is obvious.\n\nThe exporter writes an empty sheet when a tab name contains a space.")).toBe(
      "The exporter writes an empty sheet when a tab name contains a space.",
    );
    expect(about("I had to add\n\n```\nsheet.flush()\n```\n\nto my export script, which makes the empty sheets go away.")).toBeUndefined();
  });

  it("drops a greeting before the words, and keeps the statement of a sentence that turns into a wondering", () => {
    expect(about("Hello all, while porting the scheduler to a new board I ran into a deadlock in the mutex code.")).toBe(
      "while porting the scheduler to a new board I ran into a deadlock in the mutex code.",
    );
    expect(about("I can't get the plugin to load with the 4.2 runtime, and I was wondering if it needs a newer driver or something?")).toBe(
      "I can't get the plugin to load with the 4.2 runtime.",
    );
  });

  it("takes a request in so many words as the proposal", () => {
    expect(about("Tablefmt is a plain text format much like CSV, but easier to read. To load it directly, I want a function that reads it like the CSV reader does.")).toBe(
      "To load it directly, I want a function that reads it like the CSV reader does.",
    );
  });

  it("prefers what goes wrong to what the writer expected, and the problem the title names", () => {
    expect(about("### Expected behavior\nThe sidebar should stay open when the page reloads.\n\n### Actual behavior\nThe sidebar is not kept open after a reload.")).toBe(
      "The sidebar is not kept open after a reload.",
    );
    expect(
      about("French keyboards don't have a separate key for the backslash.\n\nFrench users can't use the shortcut to toggle comments, so we use the menu instead.", "Can't use the shortcut to toggle comments"),
    ).toBe("French users can't use the shortcut to toggle comments, so we use the menu instead.");
  });

  it("prefers a problem it can show within the line to one named only past the cut", () => {
    const long =
      "The launcher computes the home directory from the script's own path on the assumption that the script sits exactly one level below the install directory of the application, and so with a deeper or a flatter layout of the directories it fails.";
    expect(about(`${long} The launcher should not guess the home directory from its path.`)).toBe("The launcher should not guess the home directory from its path.");
  });

  it("skips a sentence that only announces a problem", () => {
    expect(about("Hello, I have a strange problem here. The installer picks the old 1.x release and refuses to install 2.0 at all.")).toBe(
      "The installer picks the old 1.x release and refuses to install 2.0 at all.",
    );
  });

  it("takes a problem shown after a colon only when the post states nothing else", () => {
    expect(about("If I swap the plane for a box and spin it, the shader draws weird stripes across it:\n\n![stripes](https://example.org/s.png)")).toBe(
      "If I swap the plane for a box and spin it, the shader draws weird stripes across it.",
    );
    expect(about("Since the board has no native atomics, we end up with the following call chain:\n\n1. lock calls alloc\n\nOn the board the scheduler hangs forever at boot.")).toBe(
      "On the board the scheduler hangs forever at boot.",
    );
  });

  it("gives nothing when the sentence only repeats the title", () => {
    expect(about("The importer crashes on empty files.", "Importer crashes on empty files")).toBeUndefined();
    expect(about("The importer crashes on empty files with a byte order mark.", "Importer crashes on empty files")).toBe("The importer crashes on empty files with a byte order mark.");
  });

  it("takes the post's description of the bug over what the writer expected", () => {
    expect(
      about("### Describe the bug\nWhen two candidates tie on the score, the ranking gives both rank one and the search keeps whichever came first.\n\n### Expected results\nBoth runs should pick the same candidate whatever the order of the grid."),
    ).toBe("When two candidates tie on the score, the ranking gives both rank one and the search keeps whichever came first.");
  });

  it("reads a pull request's motivation or description section, not its checklist", () => {
    const pr = (text: string) => analyzeThread(threadFromSimpleJson({ kind: "pull_request", title: "Retry uploads", comments: [{ author: "rosa", text }] }), { now }).about?.text;
    expect(pr("### Motivation and Context\n<!-- Why is this change required? -->\nThe uploader gives up after one failed request, which loses the user's work.\n\n### Description\nRetry three times with a backoff.\n\n- [x] Tests added")).toBe(
      "The uploader gives up after one failed request, which loses the user's work.",
    );
    expect(pr("## Description\nThis change makes the uploader retry a failed request three times before it reports anything.\n\n## Checklist\n- [x] Tests added\n- [x] Docs updated")).toBe(
      "This change makes the uploader retry a failed request three times before it reports anything.",
    );
  });

  it("skips a bot command line", () => {
    expect(about("/kind bug /priority important-soon /assign the storage team for triage\n\nThe volume stays attached for an hour after its pod goes away.")).toBe(
      "The volume stays attached for an hour after its pod goes away.",
    );
  });
});
