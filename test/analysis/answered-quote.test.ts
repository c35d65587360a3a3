// Which quote a reply's sentence answers, in a reply that answers several quotes in turn.
// Hand-written replies.
import { describe, expect, it } from "vitest";
import { acceptedQuote } from "../../src/analysis/answered-quote.ts";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const body = "> The queue drops jobs on restart.\n\nGood point, we lose them all.\n\n> Maybe a second worker helps.\n\nThat's what I thought as well, one per region.";
const quotes = ["The queue drops jobs on restart.", "Maybe a second worker helps."];

describe("acceptedQuote", () => {
  it("is the quote above the named sentence, or above the reply's first own line", () => {
    expect(acceptedQuote(body, quotes)).toBe(quotes[0]);
    expect(acceptedQuote(body, quotes, "Good point, we lose them all.")).toBe(quotes[0]);
    expect(acceptedQuote(body, quotes, "That's what I thought as well, one per region.")).toBe(quotes[1]);
  });
  it("falls back to the last quote with one quote or nested quotes", () => {
    expect(acceptedQuote("> only one\n\nsure", ["only one"])).toBe("only one");
    expect(acceptedQuote("> > deep\n> outer\n\nok\n\n> other\n\nfine", ["outer", "deep", "other"])).toBe("other");
  });
  it("an agreement in the first answer of a multi-quote reply agrees to the first quote", () => {
    const thread = threadFromSimpleJson({
      kind: "issue",
      comments: [
        { author: "ines", text: "Background jobs vanish when the service restarts during a deploy." },
        { author: "tomas", text: "The in-memory queue is never written to disk before shutdown. A second worker would not change that at all." },
        { author: "ines", text: "> The in-memory queue is never written to disk before shutdown.\n\nGood point.\n\n> A second worker would not change that at all.\n\nI still want to measure it." },
      ],
    });
    const texts = analyzeThread(thread, { now: new Date("2024-03-01T00:00:00Z") }).agreements.map((a) => a.text);
    expect(texts).toEqual(["The in-memory queue is never written to disk before shutdown."]);
  });
});
