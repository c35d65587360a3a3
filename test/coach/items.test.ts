// Readable items: every listed item says what is open, in words and with a link. A heated
// comment is never quoted: its item is named by topic or by a neutral paraphrase of the ask.
import { describe, expect, it } from "vitest";
import { describeItem, isHeated, itemLine, openItemLine, QUOTE_MAX_HEAT } from "../../src/coach/items.ts";
import { itemBullet } from "../../src/render/items.ts";
import { heated, openItem, report, T0, thread } from "./factories.ts";

const now = new Date(T0.getTime() + 2 * 86_400_000);
const hot = report({ heat: heated(6) }); // comments c4–c6 read heated

describe("describeItem", () => {
  it.each([
    ["Is there a way to configure the retry policy at all, or do we guess?", "question", "A question about retry policy"],
    ["Why on earth does the session cache ignore the TTL?", "question", "A question about session cache"],
    ["This will corrupt the migration table for everyone upgrading.", "concern", "A concern about migration table"],
  ] as const)("names the topic: %s", (text, kind, wording) => expect(describeItem(text, kind)).toBe(wording));

  it.each([
    ["Why would anyone write it this badly?", "question", "A question asking for the reason behind the approach"],
    ["Seriously, why dont you like it?", "question", "A question asking for the reason behind the approach"],
    ["This is going to break everything, again.", "concern", "A concern that something could break"],
    ["Should we do this or that?", "question", "A question about which option to choose"],
    ["How is that supposed to work?", "question", "A question about how something works"],
    ["Any news on this?", "question", "A question that is still open"],
  ] as const)("paraphrases the ask when no topic is named: %s", (text, kind, wording) => expect(describeItem(text, kind)).toBe(wording));

  it("never repeats a heated word or a person as the topic", () => {
    expect(describeItem("@octocat why is this ridiculous design still here?", "question")).not.toMatch(/ridiculous|octocat/);
  });
});

describe("item lines", () => {
  it("a heated item: its topic, then its comment as the link; the text is not quoted", () => {
    const item = openItem({ text: "Is there a way to configure the retry policy at all, or are you just guessing?", commentId: "c5", url: "https://github.com/o/r/issues/1#issuecomment-1005" });
    const line = openItemLine(hot, thread(6), item, now);
    expect(line.quote).toBeUndefined();
    expect(itemBullet(line)).toBe("- A question about retry policy, in [comment 5](https://github.com/o/r/issues/1#issuecomment-1005) — asked 2 days ago; 4 comments since.");
  });

  it("a calm item is quoted, linked as before", () => {
    const line = openItemLine(hot, thread(6), openItem({ commentId: "c2" }), now);
    expect(itemBullet(line)).toBe("- [How do existing sessions migrate?](https://github.com/o/r/issues/1#issuecomment-2) — asked 2 days ago; 4 comments since.");
  });

  it("agreements, decisions and follow-ups from heated comments are described too, never 'a point in comment N' alone", () => {
    const t = thread(6);
    const point = itemLine(hot, t, { text: "Fine, we keep the session cache, happy now?", author: "a", commentId: "c6" }, "point");
    const decision = itemLine(hot, t, { text: "Whatever. Done.", author: "a", commentId: "c4" }, "decision");
    expect(itemBullet(point)).toBe("- An agreed point about session cache, in [comment 6](https://github.com/o/r/issues/1#issuecomment-1006)");
    expect(itemBullet(decision)).toBe("- A decision, in [comment 4](https://github.com/o/r/issues/1#issuecomment-1004)");
  });

  it("makes a topic from thread text inert", () => {
    const line = openItemLine(hot, thread(6), openItem({ text: "Why does the *retry_policy* module ping everyone?", commentId: "c5", url: undefined }), now);
    expect(itemBullet(line)).toMatch(/^- A question about retry\\_policy module, in \[comment 5\]\(https:\/\/github\.com\/o\/r\/issues\/1#issuecomment-1005\)/);
  });
});

describe("which comments are quoted (isHeated)", () => {
  const withScore = (score: number, flag = false) =>
    report({ heat: { level: "calm", score: 0.1, reasons: [], involved: [], perComment: [{ commentId: "c3", score, flag, hot: flag }] } });
  it("quotes an unflagged comment below QUOTE_MAX_HEAT and holds back one at or above it, or any flagged one", () => {
    expect(isHeated(withScore(QUOTE_MAX_HEAT - 0.01), "c3")).toBe(false);
    expect(isHeated(withScore(QUOTE_MAX_HEAT), "c3")).toBe(true);
    expect(isHeated(withScore(0.2, true), "c3")).toBe(true);
    expect(isHeated(withScore(0.99), "c4")).toBe(false); // another comment's score says nothing of c4
  });
});
