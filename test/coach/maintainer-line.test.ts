// The summary's "Latest from a maintainer" line: only where the thread states no outcome yet, the
// newest comment of a maintainer other than the thread's author, in its telling sentence, with who
// as plain text; nothing where roles are unknown, from a bot or the author, or when it reads heated.
import { describe, expect, it } from "vitest";
import { latestMaintainerWord } from "../../src/analysis/latest-maintainer.ts";
import { analyzeComment } from "../../src/analysis/comment-features.ts";
import { analyzeThread } from "../../src/analysis/report.ts";
import { lastActivity, summaryMarkdown } from "../../src/cli/analyze.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

type C = { author: string; text: string; association?: "NONE" | "MEMBER" | "OWNER" | "COLLABORATOR" | "CONTRIBUTOR"; isBot?: boolean };
const build = (comments: C[]) => threadFromSimpleJson({ kind: "issue", title: "Exporter drops the header row", comments });
const word = (comments: C[]) => {
  const t = build(comments);
  return latestMaintainerWord(t.comments, t.comments.map((c) => analyzeComment(c)));
};
const summary = (comments: C[]) => {
  const t = build(comments);
  const now = lastActivity(t);
  return summaryMarkdown(t, analyzeThread(t, { now }), now);
};
const opening: C = { author: "rui", text: "The exporter drops the header row of every sheet when the sheet is empty.", association: "NONE" };

describe("the latest word of a maintainer", () => {
  it("is the newest maintainer comment that says something, in the sentence that says what happens next", () => {
    const w = word([
      opening,
      { author: "max", text: "I can reproduce it with an empty sheet.", association: "MEMBER" },
      { author: "rui", text: "Any chance of a fix soon?", association: "NONE" },
      { author: "kai", text: "I can't look into it this month. If you send a PR with a test, I'll review it.", association: "OWNER" },
    ]);
    expect(w?.author).toBe("kai");
    expect(w?.text).toBe("If you send a PR with a test, I'll review it.");
  });

  it("is nothing when the latest maintainer comment says nothing quotable: an older one is not the latest word", () => {
    expect(
      word([
        opening,
        { author: "kai", text: "If you send a PR with a test, I'll review it.", association: "OWNER" },
        { author: "kai", text: "Thanks!", association: "OWNER" },
      ]),
    ).toBeUndefined();
  });

  it("is nobody's where roles are unknown, and never the author's own, a bot's or a command to a bot", () => {
    expect(word([{ ...opening, association: undefined }, { author: "max", text: "I can reproduce it with an empty sheet." }])).toBeUndefined();
    expect(word([{ ...opening, association: "MEMBER" }, { author: "rui", text: "I will look at the empty sheet case next week.", association: "MEMBER" }])).toBeUndefined();
    expect(word([opening, { author: "ci-bot", text: "This issue has had no activity for a while.", association: "MEMBER", isBot: true }])).toBeUndefined();
    expect(word([opening, { author: "max", text: "/kind bug\n/priority important-soon", association: "MEMBER" }])).toBeUndefined();
  });
});

describe("the Latest from a maintainer line in /summarize", () => {
  it("shows the maintainer's words where no outcome is stated, with who as plain text", () => {
    const out = summary([
      opening,
      { author: "max", text: "I'm moving this out of the 2.1 milestone because the writer rewrite will replace this code path anyway.", association: "MEMBER" },
      { author: "rui", text: "Understood, I will keep using the CSV export until then.", association: "NONE" },
    ]);
    expect(out).toContain("**Where it stands** — No outcome stated");
    expect(out).toMatch(/\*\*Latest from a maintainer\*\* — I'm moving this out of the 2\.1 milestone[^\n]* \(comment 2\) — by max\./);
    expect(out).not.toContain("@max");
  });

  it("is left out when the thread states an outcome", () => {
    const out = summary([opening, { author: "max", text: "Fixed in 2.1.3, the empty sheet now keeps its header.", association: "MEMBER" }]);
    expect(out).not.toContain("**Latest from a maintainer**");
  });
});
