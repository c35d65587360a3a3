import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MENTION_BREAKER as Z, neutralizeMentions } from "../../src/render/mentions.ts";
import { findCodeSpans } from "../../src/thread/code-spans.ts";
import { extractMentions } from "../../src/thread/references.ts";

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

  it("never leaves a mention outside code (property)", () => {
    const piece = fc.constantFrom("@alice", "@o/t", " ", "\n", "`", "```", "[", "](", ")", "x", "a@b.co", "&#64;z", "> ", "- ", "**");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const out = neutralizeMentions(parts.join(""));
        // strip what GitHub treats as code (closed fences and one-line spans) the same way
        const visible = out
          .replace(/^```[^`\n]*\n[\s\S]*?\n```$/gm, "")
          .split("\n")
          .map((line) => {
            let rest = line;
            for (const sp of findCodeSpans(line).reverse()) rest = rest.slice(0, sp.start) + " " + rest.slice(sp.end);
            return rest;
          })
          .join("\n");
        expect(extractMentions(visible.replace(/&#0*64;|&#x0*40;|&commat;/gi, "@"))).toEqual([]);
      }),
      { numRuns: 1500 },
    );
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
