// What a thread is about: the opening post's sentence that states the problem, not a template,
// environment or reproduction-step line. Hand-written opening posts.
import { describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const now = new Date("2024-03-01T00:00:00Z");
const about = (text: string) => analyzeThread(threadFromSimpleJson({ kind: "issue", comments: [{ author: "rosa", text }] }), { now }).about?.text;

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
});
