// Throughput of text cleaning on a synthetic 1,000-comment thread (prose, code, quotes,
// logs, lists, tables). Run: npx vitest bench --run test/thread/clean.bench.ts
// (not part of `npm test`; vitest only collects *.bench.ts in bench mode).
import { bench, describe } from "vitest";
import { cleanMarkdown } from "../../src/thread/clean.ts";
import { splitSentences } from "../../src/thread/sentences.ts";

const para =
  "I think this approach is wrong because the `scheduler` will race with **the worker** when e.g. the queue is empty. " +
  "See https://github.com/o/r/issues/12 and #45, cc @alice. Why not use foo_bar() or src/thread/clean.ts instead? " +
  "Dr. Smith said v1.2.3 fixed it...";
const code = "```ts\nconst x = 1;\nfunction f() { return x; }\n```";
const quote = "> On Mon, Bob wrote:\n> I disagree with this completely.\n> > nested stuff here";
const log = "TypeError: boom\n    at f (/a/b.js:1:2)\n    at g (/a/c.js:3:4)";
const comments: string[] = [];
for (let i = 0; i < 1000; i++) {
  comments.push([para, i % 3 ? code : quote, para, i % 5 ? "- item one\n- item two with `code`" : log, "| a | b |\n|---|---|\n| c | d |"].join("\n\n"));
}
const words = comments.reduce((n, c) => n + c.split(/\s+/).length, 0);

describe(`1,000-comment thread (${words} words)`, () => {
  bench("cleanMarkdown on every comment", () => {
    for (const c of comments) cleanMarkdown(c);
  });
  bench("cleanMarkdown + splitSentences on every comment", () => {
    for (const c of comments) splitSentences(cleanMarkdown(c).prose);
  });
});
