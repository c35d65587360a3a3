// What an open thread with no stated outcome is waiting on: said only when the thread shows it.
import { describe, expect, it } from "vitest";
import { waitingOn } from "../../src/coach/waiting-on.ts";
import { comment, openItem, report, thread } from "./factories.ts";

describe("waitingOn", () => {
  it("names the latest open question nobody has spoken after, by its asker's role and comment", () => {
    const r = report({ openQuestions: [openItem({ commentId: "c2", laterComments: 3 }), openItem({ author: "user5", commentId: "c5", laterComments: 0 })] });
    expect(waitingOn(r, thread(5))).toBe("; waiting for an answer to another participant's question in comment 5");
    const byAuthor = report({ openQuestions: [openItem({ author: "author", commentId: "c1", laterComments: 0 })] });
    expect(waitingOn(byAuthor, thread(1, { comments: [comment(1), comment(2, { body: "Looking." }), comment(3, { author: { login: "author", isBot: false, association: "NONE" } })] }))).toBe(
      "; waiting for an answer to the author's question in comment 1",
    );
  });

  it("says a concern is waiting the same way, and a maintainer by role", () => {
    const t = thread(4, { comments: [1, 2, 3, 4].map((i) => comment(i, i === 4 ? { author: { login: "eli", isBot: false, association: "MEMBER" } } : {})) });
    const r = report({ openConcerns: [openItem({ kind: "concern", author: "eli", commentId: "c4", laterComments: 0 })] });
    expect(waitingOn(r, t)).toBe("; waiting for an answer to a maintainer's concern in comment 4");
  });

  it("says the author asked for a response when their last comment only pings", () => {
    const me = { login: "author", isBot: false, association: "NONE" as const };
    for (const body of ["ping", "@reviewer friendly ping", "Any update on this?", "Could someone please review this?"]) {
      const t = thread(3, { comments: [comment(1), comment(2), comment(3, { author: me, body })] });
      expect(waitingOn(report(), t), body).toBe("; the author asked for a response in comment 3");
    }
    // A longer comment by the author is not a ping, and a ping by someone else is not the author's.
    const long = thread(3, { comments: [comment(1), comment(2), comment(3, { author: me, body: "Ping: I rebased on main, renamed the dtype as asked and dropped the unused methods; the docs build now passes too, and the changelog entry moved to the next release section." })] });
    expect(waitingOn(report(), long)).toBe("");
    expect(waitingOn(report(), thread(3, { comments: [comment(1), comment(2), comment(3, { body: "ping" })] }))).toBe("");
  });

  it("says nothing when every open item has had replies since, or is only a bump", () => {
    const r = report({ openQuestions: [openItem({ commentId: "c3", laterComments: 2 }), openItem({ commentId: "c6", laterComments: 0, bump: true })] });
    expect(waitingOn(r, thread(6))).toBe("");
    expect(waitingOn(report(), thread(6))).toBe("");
  });

  it("ignores an item whose comment is not in the thread", () => {
    const r = report({ openQuestions: [openItem({ commentId: "c99", laterComments: 0 })] });
    expect(waitingOn(r, thread(3))).toBe("");
  });

  it("says 'no reply yet' for an opening post alone, and nothing for the opener talking to themselves", () => {
    expect(waitingOn(report(), thread(1))).toBe("; no reply yet");
    const alone = thread(3, { comments: [1, 2, 3].map((i) => comment(i, { author: { login: "author", isBot: false, association: "NONE" } })) });
    expect(waitingOn(report(), alone)).toBe("");
  });

  it("does not count a bot's reply as a reply", () => {
    const t = thread(2, { comments: [comment(1), comment(2, { author: { login: "stale", isBot: true, association: "NONE" } })] });
    expect(waitingOn(report(), t)).toBe("; no reply yet");
  });

  it("says a stale bot's warning is what the thread waits on", () => {
    const bot = { login: "github-actions", isBot: true, association: "NONE" as const };
    const warning = 'This issue has been marked "inactive" because it has been 365 days since the last comment. If there are no updates in another 30 days, this issue will be automatically closed.';
    const t = thread(4, { comments: [comment(1), comment(2), comment(3), comment(4, { author: bot, body: warning })] });
    expect(waitingOn(report(), t)).toBe("; marked inactive by a bot in comment 4, to be closed automatically without a new reply");
    const stale = "This issue has been automatically marked as stale because it has not had recent activity. It will be closed if no further activity occurs.";
    expect(waitingOn(report(), thread(3, { comments: [comment(1), comment(2), comment(3, { author: bot, body: stale })] }))).toContain("marked stale by a bot in comment 3");
    // A person saying so, or a bot's other notice, is not the warning.
    expect(waitingOn(report(), thread(3, { comments: [comment(1), comment(2), comment(3, { body: warning })] }))).not.toContain("by a bot");
    expect(waitingOn(report(), thread(3, { comments: [comment(1), comment(2), comment(3, { author: bot, body: "Coverage went up by 0.1%." })] }))).toBe("");
  });
});
