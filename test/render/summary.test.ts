import { describe, expect, it } from "vitest";
import { composeSummary } from "../../src/coach/answers.ts";
import { SECTION_MAX } from "../../src/coach/items.ts";
import { renderSummary } from "../../src/render/summary.ts";
import { heated, openItem, report, T0, thread } from "../coach/factories.ts";

const now = new Date(T0.getTime() + 2 * 86_400_000);

describe("renderSummary", () => {
  it("lists agreed points, open items, decisions and follow-ups with links, and the temperature", () => {
    const r = report({
      commentCount: 6,
      participants: [
        { login: "author", comments: 2, meanHeat: 0.1, isBot: false },
        { login: "user2", comments: 3, meanHeat: 0.1, isBot: false },
        { login: "ci", comments: 1, meanHeat: 0, isBot: true },
      ],
      agreements: [{ text: "Use the existing queue (option B)", author: "user2", commentId: "c3", agreedBy: ["author", "user4"], agreementCommentIds: ["c4"] }],
      openQuestions: [openItem({ text: "How is progress shown in the UI?", commentId: "c5", url: undefined })],
      openConcerns: [openItem({ kind: "concern", text: "Large files may time out", commentId: "c4", blocking: true, laterComments: 1 })],
      decisions: [{ text: "Option B, queue-based import", author: "author", commentId: "c6" }],
      actionItems: [{ text: "Open an issue for the progress bar", author: "user2", owner: "user2", commentId: "c6" }],
    });
    expect(renderSummary(composeSummary(r, thread(6), now))).toMatchInlineSnapshot(`
      "**Summary so far** (6 comments, 2 participants)

      **Where it stands** — No outcome stated in the thread yet; last reply yesterday.

      **Decisions**
      - [Option B, queue-based import](https://github.com/o/r/issues/1#issuecomment-1006) — decided by author.

      **Agreed**
      - [Use the existing queue (option B)](https://github.com/o/r/issues/1#issuecomment-1003) — agreed by 2 other participants.

      **Open questions**
      - [How is progress shown in the UI?](https://github.com/o/r/issues/1#issuecomment-1005) — asked 2 days ago; 4 comments since.

      **Unresolved concerns**
      - [Large files may time out](https://github.com/o/r/issues/1#issuecomment-2) (blocking) — raised 2 days ago; 1 comment since.

      **Follow-ups**
      - [Open an issue for the progress bar](https://github.com/o/r/issues/1#issuecomment-1006) (owner: user2)

      **Temperature** — calm throughout."
    `);
  });

  it("never quotes an item from a heated comment, and lists no placeholder for it: it says one was held back, and where", () => {
    const r = report({ heat: heated(6), commentCount: 6, openQuestions: [openItem({ text: "Why would anyone write it this badly?", commentId: "c6" })] });
    const md = renderSummary(composeSummary(r, thread(6), now));
    expect(md).not.toContain("badly");
    expect(md).not.toMatch(/^- A question/m);
    expect(md).toContain("**Open questions** — see comment 6 (not quoted).");
    expect(md).toContain("**Temperature** — heated since comment 4.");
  });

  it("neutralises @mentions from thread text", () => {
    const r = report({ openQuestions: [openItem({ text: "Can @octocat or @acme/core review?" })] });
    const md = renderSummary(composeSummary(r, thread(6), now));
    expect(md).not.toMatch(/@(?=[A-Za-z0-9])/);
  });

  it("escapes the Since then line like any excerpt: no ping, no markup from thread words", () => {
    const r = report({ openQuestions: [] });
    const m = composeSummary(r, thread(6), now);
    const md = renderSummary({ ...m, status: { ...m.status, since: "another participant asked for **the logs of @octocat** in comment 5, not given since." } });
    const line = md.split("\n").find((l) => l.startsWith("**Since then**")) ?? "";
    expect(line).toContain("the logs of");
    expect(line).not.toContain("**the logs");
    expect(md).not.toMatch(/@(?=[A-Za-z0-9])/);
  });

  it("stays short on a huge thread: at most SECTION_MAX bullets per section, then a count", () => {
    const many = Array.from({ length: 300 }, (_, i) => openItem({ text: `Question number ${i} about a long and winding topic that goes on`.repeat(3), commentId: `c${i + 2}` }));
    const r = report({ commentCount: 1000, openQuestions: many, openConcerns: many.map((q) => ({ ...q, kind: "concern" as const })) });
    const md = renderSummary(composeSummary(r, thread(1000), now));
    expect(md.match(/^- /gm)).toHaveLength(2 * (SECTION_MAX + 1));
    expect(md).toContain(`- …and ${300 - SECTION_MAX} more.`);
    expect(md.length).toBeLessThan(10_000);
  });

  it("adds a Mermaid heat chart from 10 comments on, not before", () => {
    const perComment = (n: number) => Array.from({ length: n }, (_, i) => ({ commentId: `c${i + 1}`, score: i === 4 ? 0.9 : 0.1, flag: i === 4, hot: i === 4 }));
    const short = report({ commentCount: 9, heat: { level: "calm", score: 0.1, reasons: [], involved: [], perComment: perComment(9) } });
    expect(renderSummary(composeSummary(short, thread(9), now))).not.toContain("xychart-beta");
    const long = report({ commentCount: 10, heat: { level: "calm", score: 0.1, reasons: [], involved: [], perComment: perComment(10) } });
    const md = renderSummary(composeSummary(long, thread(10), now));
    expect(md).toContain("**Temperature** — ran hot around comment 5, calm since.");
    expect(md.slice(md.indexOf("```mermaid"))).toMatchInlineSnapshot(`
      "\`\`\`mermaid
      xychart-beta
        title "Heat per comment (0 = calm, 1 = heated)"
        x-axis "comment" ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]
        y-axis "heat" 0 --> 1
        line [0.1, 0.1, 0.1, 0.1, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1]
      \`\`\`"
    `);
  });
});

describe("renderSummary: where it stands, first", () => {
  const closing = { text: "Duplicate of #298, closing.", author: "kai", commentId: "c5", createdAt: new Date(now.getTime() - 3 * 3_600_000).toISOString(), kind: "duplicate" as const };

  it("from the thread's words: what happened, since when, and the settling comment's own words", () => {
    const earlier = { text: "Let's go with the streaming parser.", author: "ana", commentId: "c3", kind: "decided" as const };
    const r = report({ decisions: [earlier, closing], status: { state: "closed", source: "words", locked: false, since: closing.createdAt, why: closing } });
    const md = renderSummary(composeSummary(r, thread(6), now));
    expect(md.split("\n")[2]).toBe("**Where it stands** — Closed as a duplicate 3 hours ago by kai, in comment 5: [Duplicate of #​298, closing.](https://github.com/o/r/issues/1#issuecomment-1005)");
    // The decision the status line quotes is not listed twice; the others are, with who decided.
    expect(md).not.toContain("- [Duplicate of");
    expect(md).toContain("- [Let's go with the streaming parser.](https://github.com/o/r/issues/1#issuecomment-1003) — decided by ana.");
  });

  it("from GitHub's state and state reason, locked, with the why", () => {
    const why = { ...closing, text: "Out of scope for this project.", kind: "declined" as const };
    const r = report({ decisions: [why], status: { state: "closed", source: "github", stateReason: "NOT_PLANNED", locked: true, since: new Date(now.getTime() - 86_400_000).toISOString(), why } });
    expect(renderSummary(composeSummary(r, thread(6), now))).toContain("**Where it stands** — Closed as not planned yesterday, locked; declined 3 hours ago in the thread by kai, in comment 5: [Out of scope for this project.]");
    const open = report({ status: { state: "open", source: "github", locked: false } });
    expect(renderSummary(composeSummary(open, thread(6), now))).toContain("**Where it stands** — Open; no outcome stated in the thread yet.");
  });

  it("a decision from a heated comment is described, not quoted, and a reversed one says so", () => {
    const hot = { ...closing, commentId: "c6", text: "Merged, whatever, stop whining." , kind: "merged" as const, reversedBy: { text: "Reverted.", author: "ana", commentId: "c6" } };
    const r = report({ heat: heated(6), decisions: [hot], status: { state: "unknown", source: "words", locked: false } });
    const md = renderSummary(composeSummary(r, thread(6), now));
    expect(md).not.toContain("whining");
    expect(md).toContain("- Merged, in [comment 6](https://github.com/o/r/issues/1#issuecomment-1006) — by kai; later reversed (comment 6).");
  });

  it("a settling comment too sharp to quote: the status line gives the kind, who and where, not 'A decision about …'", () => {
    const hot = { ...closing, commentId: "c6", text: "Installed from source, everything works, whatever.", kind: "resolved" as const };
    const r = report({ heat: heated(6), decisions: [hot], status: { state: "unknown", source: "words", locked: false, why: hot } });
    const md = renderSummary(composeSummary(r, thread(6), now));
    expect(md).toMatch(/\*\*Where it stands\*\* — Reported working [^\n]* by kai, in comment 6\.\n/);
    expect(md).not.toMatch(/A decision about/);
  });

  it("says when a later comment contests the outcome, with who and where", () => {
    const why = { ...closing, text: "Fixed in #130.", kind: "fixed" as const };
    const contestedBy = { text: "The problem still remains on Windows.", author: "rosa", commentId: "c6" };
    const r = report({ decisions: [why], status: { state: "unknown", source: "words", locked: false, why, contestedBy } });
    const md = renderSummary(composeSummary(r, thread(6), now));
    expect(md).toMatch(/\*\*Contested since\*\* — \[The problem still remains on Windows\.\]\([^)]*\) \(comment 6\) — by rosa\./);
  });

  it("lists no placeholder lines: an item with neither words nor a topic is left out", () => {
    const r = report({ heat: heated(6), openQuestions: [openItem({ text: "Seriously?", commentId: "c6" })] });
    const md = renderSummary(composeSummary(r, thread(6), now));
    expect(md).not.toMatch(/A question that is still open/);
    expect(md).toContain("**Open questions** — see comment 6 (not quoted).");
  });

  it("states agreed points in words or leaves them out: never a topic and a comment number", () => {
    const agreed = { text: "Use plain console output with --console=plain, you idiot.", author: "kai", commentId: "c5", agreedBy: ["rosa"], agreementCommentIds: ["c6"] };
    const calm = { text: "Keep the retry limit at three.", author: "rosa", commentId: "c2", agreedBy: ["kai"], agreementCommentIds: ["c3"] };
    const r = report({ heat: heated(6), agreements: [agreed, calm] });
    const md = renderSummary(composeSummary(r, thread(6), now));
    expect(md).not.toMatch(/An agreed point about/);
    expect(md).toContain("Keep the retry limit at three.");
    const only = renderSummary(composeSummary(report({ heat: heated(6), agreements: [agreed] }), thread(6), now));
    // Its only agreed point cannot be quoted: the section is left out (neither a comment number nor a false "nothing agreed").
    expect(only).not.toContain("**Agreed**");
    expect(only).not.toContain("not quoted");
  });

  it("a summary that lists nothing still says what the thread is about and where it stands", () => {
    const r = report({ about: { text: "The importer drops rows whose date column is empty.", author: "rosa", commentId: "c1" } });
    const md = renderSummary(composeSummary(r, thread(6), now));
    expect(md).toContain("**Where it stands** — No outcome stated in the thread yet; last reply");
    expect(md).toContain("**About** — [The importer drops rows whose date column is empty.]");
  });

  it("every summary says what the thread is about, right after where it stands", () => {
    const about = { text: "The importer drops rows whose date column is empty.", author: "rosa", commentId: "c1" };
    const busy = report({ about, agreements: [{ text: "Empty dates should be kept as null.", author: "kai", commentId: "c3", agreedBy: ["rosa"], agreementCommentIds: ["c4"] }] });
    const md = renderSummary(composeSummary(busy, thread(6), now));
    expect(md).toContain("**About** — [The importer drops rows whose date column is empty.]");
    expect(md.indexOf("**Where it stands**")).toBeLessThan(md.indexOf("**About**"));
    expect(md.indexOf("**About**")).toBeLessThan(md.indexOf("**Agreed**"));
  });

  it("leaves About out when another line already quotes the same sentence of the opening post", () => {
    const about = { text: "The importer drops rows whose date column is empty.", author: "rosa", commentId: "c1" };
    // The opening post's sentence is also what the others agreed to (cut shorter there).
    const agreed = { text: "The importer drops rows whose date column is empty", author: "rosa", commentId: "c1", agreedBy: ["kai"], agreementCommentIds: ["c3"] };
    expect(renderSummary(composeSummary(report({ about, agreements: [agreed] }), thread(6), now))).not.toContain("**About**");
    // Another sentence of the same post, or the same words in another comment, is no repeat.
    const other = { ...agreed, text: "Empty dates should be kept as null." };
    expect(renderSummary(composeSummary(report({ about, agreements: [other] }), thread(6), now))).toContain("**About**");
    const elsewhere = { ...agreed, commentId: "c3", agreementCommentIds: ["c4"] };
    expect(renderSummary(composeSummary(report({ about, agreements: [elsewhere] }), thread(6), now))).toContain("**About**");
  });

  it("does not quote a heated opening post as what the thread is about", () => {
    const about = { text: "The importer drops rows whose date column is empty, as anyone could see.", author: "rosa", commentId: "c1" };
    const r = report({ about, heat: heated(1) });
    expect(renderSummary(composeSummary(r, thread(6), now))).not.toContain("**About**");
  });
});

describe("decision record after a reversal", () => {
  it("drafts the latest decision still standing, not the reversal or the reversed one", async () => {
    const { composeDecisionRecord } = await import("../../src/coach/answers.ts");
    const first = { text: "Let's go with the queue.", author: "a", commentId: "c3", kind: "decided" as const };
    const taken = { ...first, reversedBy: { text: "Actually, let's not.", author: "a", commentId: "c5" } };
    const r = report({ decisions: [{ text: "We decided to keep the cron job.", author: "b", commentId: "c2", kind: "decided" }, taken, { text: "Actually, let's not.", author: "a", commentId: "c5", kind: "withdrawn" }] });
    const record = composeDecisionRecord(r, thread(6), now);
    expect(record.decision).toMatchObject({ commentId: "c2" });
  });
});
