import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MENTION_BREAKER as Z, neutralizeMentions } from "../../src/render/mentions.ts";
import { extractMentions } from "../../src/thread/references.ts";
import { renderedMention, renderGfm } from "../support/github-render.ts";
import { assertProperty } from "../support/property.ts";

describe("neutralizeMentions", () => {
  it("breaks user and team mentions with a zero-width space after @", () => {
    expect(neutralizeMentions("Thanks @alice and @my-org/team!")).toBe(`Thanks @${Z}alice and @${Z}my-org/team!`);
  });

  it("handles mentions at line start, in link text, lists, quotes and emphasis", () => {
    const md = "@bob first\n- @carol\n> @dave\n[@erin](https://example.com) **@frank** (@gina)";
    const out = neutralizeMentions(md);
    expect(extractMentions(out)).toEqual([]);
    expect(out.replaceAll(Z, "")).toBe(md);
  });

  it("leaves e-mail addresses, URLs and link destinations alone", () => {
    const md = "Mail a.b@example.com or see https://x.org/@alice and [x](https://x.org/?u=@bob)";
    expect(neutralizeMentions(md)).toBe(md);
  });

  it("leaves closed code spans and fenced code alone", () => {
    const md = "Run `npm i @types/node` then:\n\n```sh\necho @alice\n```\n~~~\n@bob\n~~~";
    expect(neutralizeMentions(md)).toBe(md);
  });

  it("neutralises inside fences it cannot trust (unclosed, or leaving a list item)", () => {
    expect(neutralizeMentions("```\n@alice")).toBe(`\`\`\`\n@${Z}alice`);
    const md = "- item\n\n  ```\n  code\n\n@alice\n  ```";
    expect(neutralizeMentions(md)).toContain(`@${Z}alice`);
  });

  it("neutralises a span that would cross lines", () => {
    expect(neutralizeMentions("`a\n@alice `")).toBe(`\`a\n@${Z}alice \``);
  });

  it("neutralises entity-encoded @", () => {
    expect(neutralizeMentions("&#64;alice &#x40;bob &commat;carol")).toBe(`@${Z}alice @${Z}bob @${Z}carol`);
  });

  it("is idempotent", () => {
    const once = neutralizeMentions("@a @b/c `@d` e@f.com");
    expect(neutralizeMentions(once)).toBe(once);
  });

  it("handles thousands of mentions in linear time", () => {
    const md = Array.from({ length: 5000 }, (_, i) => `@user${i}`).join(" ");
    const t0 = performance.now();
    const out = neutralizeMentions(md);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(out.split(`@${Z}`).length - 1).toBe(5000);
    expect(extractMentions(out)).toEqual([]);
  });

  it("never leaves a mention GitHub would link (property, micromark + GFM as the oracle)", () => {
    const piece = fc.constantFrom(
      "@alice", "@o/t", " ", "\n", "\n\n", "\r\n", "\t", "    ", "`", "``", "```", "~~~", "\\", "[", "](", ")", "]: ", "![",
      "x", "_", "*", "**", "a@b.co", "https://x.org/", "www.x.org/", "&#64;z", "&commat;", "&", "> ", "- ", "1. ", "# ",
      "|", "-|-", "---", "<", ">", "<div>", "</div>", "<!--", "-->", "<pre>", "<code>", "</code>",
    );
    assertProperty(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const md = parts.join("");
        expect(renderedMention(neutralizeMentions(md)), JSON.stringify(md)).toBeNull();
      }),
      { numRuns: 1500 },
    );
  });
});

// Every counterexample a property run ever found, checked on every run.
describe("neutralizeMentions: counterexamples found by the property", () => {
  it.each([
    // seed 1079571683: a fence's info string is not text (the old oracle was wrong, not the code)
    ["an @ in a fence's info string", "```[@alice\n```"],
    ["a scheme with no host", "https://@alice"],
    ["underscore emphasis", "_@alice_ and __@bob__"],
    // seed -1211280633: GFM links the e-mail, the "@alice" glued to it is a text node of its own
    ["a mention glued to an e-mail address", "a@b.co@alice"],
    ["an entity-spelt mention glued to an e-mail address", "a@b.co&#64;alice"],
    // seed -180729870: a URL glued to a word is not linked, so "/@alice" in it is text
    ["a URL GFM does not link", "@alicehttps://x.org/@alice"],
    ["a URL right after a code span", "`x`https://x.org/@alice"],
    // seed -1704544723: in a raw HTML block nothing is linked, fenced or a code span
    ["a URL in an HTML block", "<div>> https://x.org/@alice"],
    ["a fence in an HTML block", "<div>\n```\n@alice\n```"],
    ["a code span in an HTML block", "<div>\n`@alice`"],
    // seed 74282142: a bare link takes the backticks glued to it, so no code span opens there
    ["backticks glued to a www. link", "www.x.org/``<!--@alice``"],
    ["backticks glued to an http link", "https://x.org/``<@alice``"],
    // seed -2014089217: micromark links no bare URL after an open "[" in the paragraph
    ["a URL after an open bracket", "![*https://x.org/@alice"],
    ["a URL after an open bracket on an earlier line", "[x\nhttps://x.org/@alice"],
    ["a link destination of a link that does not form", "[x](https://x.org/@alice"],
    // seed 1998945311: code spans pair across the lines of a paragraph
    ["a backtick run left open on the line before", "`\n`@alice`"],
    ["a backslash inside a code span is literal", "`\\`@alice`"],
    ["a table cell boundary inside a would-be code span", "a|b\n-|-\n`x|@alice`"],
  ])("%s: no mention GitHub would link", (_name, md) => {
    expect(renderedMention(neutralizeMentions(md))).toBeNull();
  });

  it("leaves a closed fence with an @ in its info string as written (it is code, not text)", () => {
    expect(neutralizeMentions("```[@alice\n```")).toBe("```[@alice\n```");
    expect(renderGfm("```[@alice\n```")).toBe('<pre><code class="language-[@alice"></code></pre>');
  });
});

describe("neutralizeMentions: emphasis", () => {
  it("neutralises a mention inside underscore emphasis", () => {
    expect(neutralizeMentions("_@alice_ and __@bob__")).toBe(`_@${Z}alice_ and __@${Z}bob__`);
  });
});

describe("neutralizeMentions: URL look-alikes", () => {
  it("neutralises a mention right after a scheme with no host", () => {
    expect(neutralizeMentions("https://@alice")).toBe(`https://@${Z}alice`);
  });
});

describe("neutralizeMentions: no super-linear patterns", () => {
  it.each([
    ["code spans glued together", "`a`@b".repeat(13000)],
    ["code spans after a link", `https://x.org/${"`a`@b".repeat(13000)}`],
    ["e-mail-like runs", "a@b.c".repeat(13000)],
    ["HTML lines", "<div>@a\n".repeat(8000)],
  ])("handles 64 KiB of %s quickly", (_name, md) => {
    const t0 = performance.now();
    neutralizeMentions(md);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
