// The answer a thread gave to its opening post: the key sentence of a reply by someone else that
// explains, diagnoses or says what to do; the asker's accepted answer unless the thread went on;
// no answer from thanks, questions, me-toos, one's own attempts, or a reply the asker rejected.
// Hand-written threads.
import { describe, expect, it } from "vitest";
import { answerScore, answerSentence, followingFix } from "../../src/analysis/answer-sentence.ts";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const now = new Date("2024-03-01T00:00:00Z");
type C = { author: string; text: string; association?: "OWNER" | "MEMBER" | "NONE" };
const answerOf = (comments: C[]) => analyzeThread(threadFromSimpleJson({ kind: "issue", comments }), { now }).answer;

describe("answerSentence", () => {
  it("picks the explanation or instruction, not the greeting, thanks or question", () => {
    expect(answerSentence(["Hi there, thanks for the report.", "The exporter only supports flat tables because nested rows have no column order.", "Does that help?"])).toBe(
      "The exporter only supports flat tables because nested rows have no column order.",
    );
    expect(answerSentence(["Good question.", "You need to set the cache size to zero before the first import."])).toBe("You need to set the cache size to zero before the first import.");
  });

  it("reads imperatives and 'the correct way' as instructions, a bare 'you can' as too weak alone", () => {
    expect(answerScore("Use the long form of the flag when you call it from a script.")).toBeGreaterThanOrEqual(2);
    expect(answerScore("The correct way to rebuild the index is the reindex command.")).toBeGreaterThanOrEqual(2);
    expect(answerScore("The trace shows a stale lock file from an older release, which causes the hang on start.")).toBeGreaterThanOrEqual(2);
    expect(answerScore("You can look at the wiki page for more.")).toBeLessThan(2);
    expect(answerScore("You can pass § to the loader to skip it.")).toBeGreaterThanOrEqual(2);
  });

  it("gives nothing for questions, thanks, me-toos, requests for information and one's own attempts", () => {
    for (const s of [
      "Why does the importer need the cache at all?",
      "Thanks a lot, that is because of you!",
      "I have the same problem because I upgraded yesterday.",
      "Please post the full log of the failing run.",
      "I tried to set the cache size but it made no difference.",
      "I don't know what the problem is then.",
      "You can set it like this:",
    ]) {
      expect(answerScore(s), s).toBeLessThan(2);
    }
  });
});

describe("threadAnswer", () => {
  const opener: C = { author: "rosa", text: "The export crashes when a table has nested rows. How can I export it?" };

  it("takes the latest explaining reply by someone else when nothing was accepted", () => {
    const a = answerOf([
      opener,
      { author: "kai", text: "Looks like a regression, let me check." },
      { author: "kai", text: "Nested rows are not supported by the exporter because the format has no column order. Flatten the table first." },
    ]);
    expect(a?.author).toBe("kai");
    expect(a?.text).toBe("Nested rows are not supported by the exporter because the format has no column order.");
    expect(a?.acceptedIn).toBeUndefined();
  });

  it("marks the answer the asker accepted, and leaves it for a later answer when the thread went on", () => {
    const accepted = answerOf([opener, { author: "kai", text: "The exporter cannot handle nested rows yet, so it is easiest to flatten the table before the export runs." }, { author: "rosa", text: "That works, thanks!" }]);
    expect(accepted?.author).toBe("kai");
    expect(accepted?.acceptedIn).toBe("c3");
    const later = answerOf([
      opener,
      { author: "kai", text: "The exporter cannot handle nested rows yet, so it is easiest to flatten the table before the export runs." },
      { author: "rosa", text: "That works, thanks!" },
      { author: "lee", text: "The exporter is not meant for nested data because the format has no column order." },
    ]);
    expect(later?.author).toBe("lee");
  });

  it("gives no answer when the asker says it did not help, or nobody else explained", () => {
    expect(answerOf([opener, { author: "kai", text: "The exporter cannot handle nested rows yet, so it is easiest to flatten the table before the export runs." }, { author: "rosa", text: "That doesn't work, same error." }])).toBeUndefined();
    expect(answerOf([opener, { author: "kai", text: "Same here, any news on this?" }, { author: "lee", text: "Can you share the file?" }])).toBeUndefined();
    expect(answerOf([opener, { author: "rosa", text: "You need to flatten the table before the export runs." }])).toBeUndefined();
  });

  it("prefers a maintainer's answer when the thread knows roles, and says so", () => {
    const a = answerOf([
      { ...opener, association: "NONE" },
      { author: "kai", association: "OWNER", text: "Nested rows are not supported because the format has no column order." },
      { author: "lee", association: "NONE", text: "You need to install the beta plugin for that." },
    ]);
    expect(a?.author).toBe("kai");
    expect(a?.role).toBe("maintainer");
  });

  it("does not take a second reporter's account of their own case as the answer", () => {
    expect(
      answerOf([opener, { author: "lee", text: "In my case it happens because the rows were never inserted. I checked the database. I fixed my filter." }]),
    ).toBeUndefined();
  });
});

describe("a notice that closes or locks the thread", () => {
  it("is no answer when nobody accepts it (a lock notice posted by a user account)", () => {
    const answer = answerOf([
      { author: "wren", text: "The uploader stops at 4 GB files on the NAS build. Is there a limit somewhere?" },
      {
        author: "pallas-housekeeping",
        text: "This issue has been automatically locked because it was closed and had no recent activity. You need to open a new issue for related problems and link back here.",
      },
    ]);
    expect(answer).toBeUndefined();
  });

  it("is the answer when the asker then accepts what it says", () => {
    const answer = answerOf([
      { author: "wren", text: "The uploader stops at 4 GB files on the NAS build. Is there a limit somewhere?" },
      { author: "tamsin", text: "You need to format the share as exFAT, because FAT32 cannot hold files over 4 GB. The NAS build formats new shares as FAT32 by default. I'm closing this for now since it is a setup issue." },
      { author: "wren", text: "That was it, works now after reformatting." },
    ]);
    expect(answer?.text).toContain("exFAT");
  });
});

describe("an answer that says what is by design, and what to do about it", () => {
  it("reads 'intentionally' and 'has never been supported' as explanations", () => {
    expect(answerScore("The prebuilt installers are intentionally unsigned.")).toBeGreaterThanOrEqual(2);
    expect(answerScore("Custom fonts have never been supported in the print view.")).toBeGreaterThanOrEqual(2);
  });

  it("keeps the instruction that follows an explanation, and only an instruction", () => {
    const explained = "The prebuilt installers are intentionally unsigned.";
    expect(followingFix([explained, "If you ship them to users, they will need to be signed to avoid warnings from antivirus tools."], explained)).toBe(
      "If you ship them to users, they will need to be signed to avoid warnings from antivirus tools.",
    );
    expect(followingFix([explained, "We discussed this at length last year."], explained)).toBeUndefined();
    const instructs = "You need to sign the installer yourself.";
    expect(followingFix([instructs, "Use the signing tool of your platform."], instructs)).toBeUndefined();
  });

  it("quotes both in the thread's answer", () => {
    const a = answerOf([
      { author: "ana", text: "My antivirus flags the installer I built as a virus. How do I stop that?" },
      { author: "lee", association: "MEMBER", text: "The prebuilt installers are intentionally unsigned. If you ship them to users, they will need to be signed to avoid warnings from antivirus tools." },
    ]);
    expect(a?.text).toBe("The prebuilt installers are intentionally unsigned. If you ship them to users, they will need to be signed to avoid warnings from antivirus tools.");
  });
});

describe("a checked finding is an answer, not a report of one's own attempts", () => {
  it("scores 'I checked … and the problem comes from …' as an explanation, and a bare attempt not", () => {
    expect(answerScore("I checked the source code and the problem with the flag comes from the compiler itself.")).toBeGreaterThanOrEqual(2);
    expect(answerScore("I checked the source code and could not find anything.")).toBe(0);
  });

  it("prefers the later checked finding to the same writer's earlier guess", () => {
    const a = answerOf([
      { author: "ana", text: "The compiler ignores the flag that redirects its output. Can this be supported?" },
      { author: "kai", text: "It is probably due to the compiler running in its own process." },
      { author: "kai", text: "I checked the source code and the problem with the flag comes from the compiler itself. A writer could be passed to the compile task instead." },
    ]);
    expect(a?.text).toBe("I checked the source code and the problem with the flag comes from the compiler itself.");
  });
});
