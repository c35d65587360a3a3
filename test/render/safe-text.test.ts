import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inlineExcerpt } from "../../src/render/safe-text.ts";
import { extractMentions } from "../../src/thread/references.ts";
import { renderedMention, renderGfm } from "../support/github-render.ts";
import { assertProperty } from "../support/property.ts";

/** What a reader sees once GitHub has rendered the excerpt (entities decoded, escapes applied). */
function visible(md: string): string {
  return md
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/&#91;/g, "[")
    .replace(/&#93;/g, "]")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\u200b/g, "");
}

describe("inlineExcerpt", () => {
  it("keeps ordinary text as is", () => {
    expect(inlineExcerpt("Should we drop Node 18 support?", 80)).toBe("Should we drop Node 18 support?");
  });

  it("removes script tags and their content, and other HTML", () => {
    const out = inlineExcerpt('Hi <script>alert("x")</script><img src=x onerror=alert(1)><b>there</b>', 80);
    expect(out).not.toMatch(/<|alert|onerror/);
    expect(visible(out)).toBe("Hi there");
  });

  it("makes links and images inert", () => {
    const out = inlineExcerpt("Click [here](javascript:alert(1)) ![img](https://evil.example/x.png) [ref][1]", 80);
    expect(out).not.toMatch(/javascript|evil|\]\(|!\[/);
    expect(visible(out)).toBe("Click here ref");
  });

  it("leaves no raw brackets, angle brackets or pipes", () => {
    const out = inlineExcerpt("a [b](c) <d> e|f `g` **h** _i_ ~~j~~", 80);
    expect(out).not.toMatch(/(?<!\\)[[\]<>|`*_~]/);
  });

  it("breaks autolinks: URLs, www hosts, e-mail, mentions, issue references", () => {
    const out = inlineExcerpt("see https://evil.example www.evil.example a@b.example @alice @org/team #12 GH-3", 120);
    expect(out).not.toMatch(/https:\/\/|www\.|@[A-Za-z]|#\d|GH-\d/);
    expect(extractMentions(out)).toEqual([]);
    expect(visible(out)).toBe("see https://evil.example www.evil.example a@b.example @alice @org/team #12 GH-3");
  });

  it("flattens newlines and strips block structure (no heading, list, quote, table)", () => {
    const out = inlineExcerpt("# Title\n- item\n> quote\n\n| a | b |\nline\r\n=====", 120);
    expect(out).not.toContain("\n");
    expect(out).not.toMatch(/^[#>\-+=]/);
    expect(visible(out)).toBe("Title item quote | a | b | line =====");
  });

  it("escapes a leading ordered-list number and leading markers", () => {
    expect(inlineExcerpt("1. first", 20)).toBe("first");
    expect(inlineExcerpt("2024.5 was a year", 30)).toBe("2024.5 was a year");
    expect(inlineExcerpt("## 1) a", 30)).toBe("1\\) a");
    expect(inlineExcerpt("`1.` x", 30)).toBe("1\\. x");
    expect(inlineExcerpt("+1 agreed", 30)).toBe("\\+1 agreed");
  });

  it("truncates on a word boundary with an ellipsis", () => {
    const out = inlineExcerpt("The quick brown fox jumps over the lazy dog", 20);
    expect(out).toBe("The quick brown fox…");
    expect(Array.from(visible(out)).length).toBeLessThanOrEqual(20);
  });

  it("cuts long words hard and never splits a surrogate pair", () => {
    expect(inlineExcerpt("a".repeat(50), 10)).toBe(`${"a".repeat(9)}…`);
    const out = inlineExcerpt("😀".repeat(30), 5);
    expect(out).toBe("😀😀😀😀…");
  });

  it("removes zero-width and bidi tricks from the input", () => {
    expect(visible(inlineExcerpt("ok\u202Egnp.exe\u200b", 40))).toBe("okgnp.exe");
  });

  it("returns empty for empty input or a non-positive limit", () => {
    expect(inlineExcerpt("", 10)).toBe("");
    expect(inlineExcerpt("text", 0)).toBe("");
  });

  it("is one line, bounded and free of raw HTML for any input (property)", () => {
    assertProperty(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 120 }), (text, max) => {
        const out = inlineExcerpt(text, max);
        expect(out).not.toMatch(/[\n\r<>]/);
        expect(Array.from(visible(out)).length).toBeLessThanOrEqual(max);
        expect(extractMentions(out)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("renders as one plain paragraph showing exactly the visible text (property, micromark + GFM as the oracle)", () => {
    const piece = fc.constantFrom(
      "@alice", "@o/t", "a@b.co", "#1", "GH-2", "https://x.org/@a", "www.x.org", "x.org", " ", "\n", "\n\n", "\t", "`", "```", "~~", "~",
      "*", "**", "_", "\\", "[", "](", ")", "![", "]: ", "<", ">", "<b>", "</b>", "<!--", "&amp;", "&#64;", "&lt;", "&", ";",
      "# ", "> ", "- ", "+ ", "1. ", "1) ", "|", "-|-", "---", "===", ":", "!", "{", "}", "x", "Word", "é", "😀",
    );
    const text = fc.oneof(fc.array(piece, { maxLength: 40 }).map((p) => p.join("")), fc.string({ maxLength: 120 }));
    assertProperty(
      fc.property(text, fc.integer({ min: 1, max: 120 }), (input, max) => {
        const out = inlineExcerpt(input, max);
        const html = renderGfm(out).trim();
        const ctx = JSON.stringify({ input, out, html });
        if (out === "") return void expect(html, ctx).toBe("");
        expect(html, ctx).toMatch(/^<p>[^<]*<\/p>$/); // no link, emphasis, code, heading, list, quote, table or tag
        const shown = html.slice(3, -4).replace(/&(?:amp|lt|gt|quot);/g, (e) => ({ "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' })[e] ?? e);
        expect(shown.replace(/\u200b/g, ""), ctx).toBe(visible(out).trim());
        expect(renderedMention(out), ctx).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});

describe("inlineExcerpt: no super-linear patterns", () => {
  it.each([["[".repeat(65536)], ["<script>x ".repeat(6000)], ["![a](".repeat(13000)]])("handles 64 KiB of hostile input quickly", (text) => {
    const t0 = performance.now();
    inlineExcerpt(text, 200);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

// Every counterexample a property run ever found, checked on every run.
describe("inlineExcerpt: counterexamples found by the property", () => {
  it.each([
    // seed -886745520: GFM links "www." after "_" too
    ["_www.x.org", 7],
    // seed 893400630 (20,000 runs): GFM links an e-mail whose domain starts with "."
    ["0@.A", 4],
    ["a@-b.c", 10],
  ])("%j (max %i) renders as one plain paragraph", (input, max) => {
    expect(renderGfm(inlineExcerpt(input, max)).trim()).toMatch(/^<p>[^<]*<\/p>$/);
  });
});
