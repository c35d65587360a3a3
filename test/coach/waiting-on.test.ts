// What an open thread with no stated outcome is waiting on: said only when the thread shows it.
import { describe, expect, it } from "vitest";
import { waitingOn } from "../../src/coach/waiting-on.ts";
import { comment, openItem, report, thread } from "./factories.ts";

describe("waitingOn", () => {
  it("names the latest open question nobody has spoken after, by its asker and comment", () => {
    const r = report({ openQuestions: [openItem({ commentId: "c2", laterComments: 3 }), openItem({ author: "dana", commentId: "c5", laterComments: 0 })] });
    expect(waitingOn(r, thread(5))).toBe("; waiting for an answer to dana's question in comment 5");
  });

  it("says a concern is waiting the same way", () => {
    const r = report({ openConcerns: [openItem({ kind: "concern", author: "eli", commentId: "c4", laterComments: 0 })] });
    expect(waitingOn(r, thread(4))).toBe("; waiting for an answer to eli's concern in comment 4");
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
});
