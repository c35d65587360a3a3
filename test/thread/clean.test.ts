import { describe, expect, it } from "vitest";
import { CODE_TOKEN, cleanMarkdown } from "../../src/thread/clean.ts";

const prose = (md: string): string => cleanMarkdown(md).prose;

describe("cleanMarkdown: code", () => {
  it("drops fenced code with backticks and tildes of any length", () => {
    const md = "Before.\n\n````js\nkill -9 everything\n```\nstill code\n````\n\n~~~~\nnuke it\n~~~~\nAfter.";
    const r = cleanMarkdown(md);
    expect(r.prose).toBe("Before.\n\nAfter.");
    expect(r.hadCode).toBe(true);
  });

  it("does not close a ``` fence with ~~~ (and vice versa)", () => {
    expect(prose("```\nhidden\n~~~\nstill hidden\n```\nvisible")).toBe("visible");
    expect(prose("~~~\nhidden\n```\nstill hidden\n~~~\nvisible")).toBe("visible");
  });

  it("runs an unclosed fence to the end of the comment", () => {
    expect(prose("Hi.\n```\nstupid code\nmore")).toBe("Hi.");
  });

  it("does not treat ``` with a backtick in the info string as a fence", () => {
    expect(prose("```not a fence` here")).not.toContain("`");
  });

  it("drops indented code after a blank line, but not a paragraph continuation", () => {
    expect(prose("Para.\n\n    rm -rf / --no-preserve-root\n\nEnd.")).toBe("Para.\n\nEnd.");
    expect(prose("A sentence that\n    continues here.")).toBe("A sentence that\ncontinues here.");
  });

  it("treats 4-space text after a list item as the item's paragraph, 6 spaces as its code", () => {
    const r = cleanMarkdown("- first item\n\n    more about the first item\n\n      code inside the item\n\nAfter.");
    expect(r.prose).toContain("more about the first item");
    expect(r.prose).not.toContain("code inside");
    expect(r.prose).toContain("After.");
  });

  it("drops 4-space code once a list has ended", () => {
    expect(prose("- item\n\nText.\n\n    indented code\n")).toBe("item\n\nText.");
  });

  it("replaces inline code with a neutral token", () => {
    const r = cleanMarkdown("Why does `killAll()` return ``a ` b``?");
    expect(r.prose).toBe(`Why does ${CODE_TOKEN} return ${CODE_TOKEN}?`);
    expect(r.hadCode).toBe(true);
  });

  it("drops fences inside lists and inside quotes", () => {
    const r = cleanMarkdown("1. step\n   ```sh\n   die now\n   ```\n2. next\n\n> ```\n> quoted code\n> ```\n> quoted words");
    expect(r.prose).toBe("step\n\nnext");
    expect(r.quotes).toEqual(["quoted words"]);
  });
});

describe("cleanMarkdown: diffs, logs, traces", () => {
  it("drops a git diff with headers", () => {
    const md = "Look:\n\ndiff --git a/x.ts b/x.ts\nindex 1234567..89abcde 100644\n--- a/x.ts\n+++ b/x.ts\n@@ -1,3 +1,3 @@\n-kill()\n+abort()\n context\n\nThoughts?";
    const r = cleanMarkdown(md);
    expect(r.prose).toBe("Look:\n\nThoughts?");
    expect(r.hadCode).toBe(true);
  });

  it("drops a header-less +/- hunk but keeps +1 and plain lists", () => {
    expect(prose("-  return x;\n+  return y;\nok")).toBe("ok");
    expect(prose("+1")).toBe("+1");
    expect(prose("- apples\n- pears")).toBe("apples\n\npears");
  });

  it("drops JavaScript, Java and Python stack traces", () => {
    const js = "TypeError: Cannot read properties of undefined (reading 'x')\n    at Object.<anonymous> (/app/index.js:10:5)\n    at Module._compile (node:internal/modules/cjs/loader:1105:14)";
    const java = "Exception in thread \"main\" java.lang.NullPointerException\n\tat com.example.Foo.bar(Foo.java:42)\n\t... 3 more";
    const py = 'Traceback (most recent call last):\n  File "x.py", line 3, in <module>\n    main()\nValueError: bad value';
    for (const trace of [js, java, py]) {
      const r = cleanMarkdown(`It crashed:\n${trace}\nAny idea?`);
      expect(r.prose).toBe("It crashed:\n\nAny idea?");
      expect(r.hadCode).toBe(true);
    }
  });

  it("drops log lines with timestamps and levels, and compiler diagnostics", () => {
    const md = [
      "2024-03-01T10:00:00Z ERROR worker died: fatal signal",
      "[12:00:01] killed process 42",
      "src/app.ts(12,5): error TS2345: Argument of type 'x' is not assignable.",
      "npm ERR! code ELIFECYCLE",
      "error[E0308]: mismatched types",
      "This is what I see.",
    ].join("\n");
    expect(prose(md)).toBe("This is what I see.");
  });

  it("drops a long run of machine-looking lines but keeps a single code-ish sentence", () => {
    expect(prose("cfg.a = 1;\ncfg.b = 2;\nrun(cfg);\nworks for me")).toBe("works for me");
    expect(prose("I set x = 1 and it works")).toBe("I set x = 1 and it works");
  });
});

describe("cleanMarkdown: quotes", () => {
  it("keeps quoted text in quotes, not in prose", () => {
    const r = cleanMarkdown("> You are wrong about this.\n\nNo, I am not.");
    expect(r.prose).toBe("No, I am not.");
    expect(r.quotes).toEqual(["You are wrong about this."]);
  });

  it("handles nested quotes, outer first", () => {
    const r = cleanMarkdown("> > original idea\n> a reply to it\n\nMy answer.");
    expect(r.prose).toBe("My answer.");
    expect(r.quotes).toEqual(["a reply to it", "original idea"]);
  });

  it("handles quotes nested in lists", () => {
    const r = cleanMarkdown("- point one\n  > quoted inside the item\n- point two");
    expect(r.prose).toBe("point one\n\npoint two");
    expect(r.quotes).toEqual(["quoted inside the item"]);
  });

  it("drops e-mail attributions and kernel-style quoted mail", () => {
    const md = [
      "On Mon, 4 Mar 2024 at 10:00, Jane Doe <jane@example.org> wrote:",
      "> This patch breaks the build.",
      "> > Applied, thanks.",
      "",
      "It does not; see the CI run.",
      "",
      "-- ",
      "Joe",
      "Kernel hacker",
    ].join("\n");
    const r = cleanMarkdown(md);
    expect(r.prose).toBe("It does not; see the CI run.");
    expect(r.quotes).toEqual(["This patch breaks the build.", "Applied, thanks."]);
  });

  it("drops a Gmail attribution wrapped over two lines", () => {
    const r = cleanMarkdown("On Mon, Jan 1, 2024 at 10:00 AM John Smith <\njohn@example.org> wrote:\n\n> quoted\n\nreply");
    expect(r.prose).toBe("reply");
  });

  it("treats a line after a quote as the writer's reply", () => {
    const r = cleanMarkdown("> quoted text\nmy reply");
    expect(r.prose).toBe("my reply");
    expect(r.quotes).toEqual(["quoted text"]);
  });

  it("drops GitHub's e-mail reply footer and Outlook original messages", () => {
    expect(prose("Thanks!\n\n—\nReply to this email directly, view it on GitHub.")).toBe("Thanks!");
    const r = cleanMarkdown("Sure.\n\n-----Original Message-----\nFrom: a\nYou broke it.");
    expect(r.prose).toBe("Sure.");
    expect(r.quotes.join(" ")).toContain("You broke it.");
  });
});

describe("cleanMarkdown: HTML, links, URLs", () => {
  it("drops HTML comments, also across lines", () => {
    expect(prose("<!-- template:\nfill this in, idiot\n-->Real text. <!-- x --> More.")).toBe("Real text. More.");
  });

  it("drops an HTML comment that contains a fence", () => {
    expect(prose("<!--\n```\n-->\nvisible")).toBe("visible");
  });

  it("keeps the visible text of details/summary, drops script and style", () => {
    const r = cleanMarkdown("<details><summary>Why this fails</summary>\n\nBecause reasons.\n</details>\n<script>\nalert('pwned')\n</script>\n<style>p{}</style>ok");
    expect(r.prose).toContain("Why this fails");
    expect(r.prose).toContain("Because reasons.");
    expect(r.prose).not.toMatch(/alert|pwned|p\{\}/);
    expect(r.prose).not.toContain("<");
  });

  it("keeps link text, drops targets, images and bare URLs", () => {
    const r = cleanMarkdown("Read [the guide](https://x.org/a_(b) \"t\") and ![screenshot](https://x.org/i.png) or https://example.com/path?q=1.");
    expect(r.prose).toBe(`Read the guide and or ${CODE_TOKEN}.`);
  });

  it("decodes entities and strips emphasis", () => {
    expect(prose("**Really** _good_ &amp; ~~bad~~ \\*not\\* emphasis")).toBe("Really good & bad *not* emphasis");
  });

  it("keeps table cells as short lines", () => {
    const r = cleanMarkdown("| Option | Verdict |\n|:---|---:|\n| A | terrible idea |\n\nDone.");
    expect(r.prose).toBe("Option\nVerdict\n\nA\nterrible idea\n\nDone.");
  });
});

describe("cleanMarkdown: mentions, references, identifiers", () => {
  it("collects mentions but not e-mail addresses or code", () => {
    const r = cleanMarkdown("Thanks @alice and @my-org/core-team! Mail bob@example.com. `@notme`");
    expect(r.mentions).toEqual(["alice", "my-org/core-team"]);
    expect(r.prose).not.toContain("example.com");
  });

  it("collects issue references, GitHub URLs and commit SHAs", () => {
    const r = cleanMarkdown("Fixed by #12, octo/repo#34, GH-5, a1b2c3d and https://github.com/o/r/pull/9 (see also o/r@deadbee1).");
    expect(r.references).toEqual(expect.arrayContaining(["#12", "octo/repo#34", "GH-5", "a1b2c3d", "o/r#9", "o/r@deadbee1"]));
    expect(r.prose).not.toContain("a1b2c3d");
  });

  it("replaces identifiers so they do not read as words", () => {
    const r = cleanMarkdown("Call killProcess or abort_all via src/lib/kill.ts with --force and $HOME, e.g. os.path.join().");
    expect(r.prose).toBe(`Call ${CODE_TOKEN} or ${CODE_TOKEN} via ${CODE_TOKEN} with ${CODE_TOKEN} and ${CODE_TOKEN}, e.g. ${CODE_TOKEN}.`);
  });

  it("keeps ordinary words with slashes, hyphens, versions and abbreviations", () => {
    expect(prose("Use and/or a well-known v1.2.3 fix, i.e. GitHub's way (U.S. style).")).toBe(
      "Use and/or a well-known v1.2.3 fix, i.e. GitHub's way (U.S. style).",
    );
  });
});

describe("cleanMarkdown: awkward input", () => {
  it("handles CRLF line endings like LF", () => {
    const lf = "> quote\n\nText.\n\n```\ncode\n```\nMore.";
    expect(cleanMarkdown(lf.replace(/\n/g, "\r\n"))).toEqual(cleanMarkdown(lf));
  });

  it("removes zero-width and bidi control characters", () => {
    expect(prose("id\u200Biot \u202Eevil\u202C te\uFEFFxt")).toBe("idiot evil text");
  });

  it("keeps emoji-only comments", () => {
    expect(prose("🎉🚀")).toBe("🎉🚀");
    expect(prose(":+1:")).toBe(":+1:");
  });

  it("keeps right-to-left script text", () => {
    expect(prose("שלום עולם")).toBe("שלום עולם");
  });

  it("returns empty results for empty and whitespace input", () => {
    expect(cleanMarkdown("")).toEqual({ prose: "", quotes: [], mentions: [], references: [], hadCode: false });
    expect(cleanMarkdown(" \n\t\n").prose).toBe("");
  });

  it("handles 65,536-character inputs quickly", () => {
    const big = "word ".repeat(13108).slice(0, 65536);
    const t0 = performance.now();
    const r = cleanMarkdown(big);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(r.prose.length).toBeLessThanOrEqual(big.length);
    const hostile = ("`a <!-- [x](" + "*_".repeat(10)).repeat(3000).slice(0, 65536);
    const t1 = performance.now();
    cleanMarkdown(hostile);
    expect(performance.now() - t1).toBeLessThan(1000);
  });

  it("survives deeply nested quotes", () => {
    const md = `${">".repeat(500)} deep`;
    const r = cleanMarkdown(md);
    expect(r.prose).toBe("");
    expect(r.quotes.join(" ")).toContain("deep");
  });
});

describe("cleanMarkdown: text exported without line breaks", () => {
  it("reads runs of spaces in newline-free text as the lost line breaks", () => {
    const r = cleanMarkdown("> Windows and Ubuntu are also ugly.  Agreed, I would be happy with a better solution.");
    expect(r.quotes).toEqual(["Windows and Ubuntu are also ugly."]);
    expect(r.prose).toBe("Agreed, I would be happy with a better solution.");
  });

  it("drops a flattened stack trace but keeps the sentence before it", () => {
    const r = cleanMarkdown("It crashes on start.  Traceback (most recent call last):    File \"x.py\", line 3, in <module>");
    expect(r.prose).toBe("It crashes on start.");
  });

  it("leaves text with real line breaks alone", () => {
    expect(prose("One.  Two.\nThree.")).toBe("One. Two.\nThree.");
  });

  it("treats HTML-escaped markup like markup", () => {
    expect(prose("See &lt;details&gt;&lt;summary&gt;Logs&lt;/summary&gt; here &lt;/details&gt;")).toBe("See\nLogs\nhere");
  });
});

describe("cleanMarkdown: unfenced code", () => {
  it("drops runs of statements (assignments, block keywords) pasted without a fence", () => {
    const md = "Please do something like:\n\nattempts = 1\nif retries >= 1:\n    attempts = retries + 1\nelse:\n    pass\n\nor something along those lines.";
    expect(prose(md)).toBe("Please do something like:\n\nor something along those lines.");
  });

  it("keeps a long prose line that happens to end in code", () => {
    const md = "I discovered that it hangs in the function that reads the FIFO count, which looks like this uint16_t count() {\nreturn x;\n}";
    expect(prose(md)).toContain("I discovered that it hangs");
  });
});

describe("cleanMarkdown: GitHub extras", () => {
  it("keeps a GitHub alert as the writer's own words", () => {
    const r = cleanMarkdown("> [!WARNING]\n> This will break every downstream user.\n\nPlease reconsider.");
    expect(r.prose).toBe("This will break every downstream user.\n\nPlease reconsider.");
    expect(r.quotes).toEqual([]);
  });

  it("drops footnote markers, shortcut-link brackets and hard-break backslashes", () => {
    expect(prose("As said[^1], see [the docs] and [x](<a b.md>).\\\nNext line")).toBe("As said, see the docs and x.\nNext line");
  });

  it("keeps review notes that start with 'note:' or 'nit:'", () => {
    expect(prose("note: this reads oddly\nnit: typo")).toBe("note: this reads oddly\nnit: typo");
  });

  it("drops suggestion blocks", () => {
    expect(prose("How about:\n```suggestion\nreturn kill(pid);\n```")).toBe("How about:");
  });
});

describe("cleanMarkdown: regressions", () => {
  it("terminates when an HTML region hides the start of a quote line", () => {
    expect(cleanMarkdown("<script>a</script>> b").quotes).toEqual(["b"]);
    expect(cleanMarkdown("<!-- x -->> quoted\nreply").prose).toBe("reply");
  });
});

describe("cleanMarkdown: entities", () => {
  it("does not let entities smuggle invisible characters back in", () => {
    expect(prose("id&#8203;iot &#x202E;x")).toBe("idiot x");
  });
});

describe("cleanMarkdown: no super-linear patterns", () => {
  it.each([
    ["brackets", "[".repeat(65536)],
    ["unclosed code tags", "<code>a ".repeat(8192)],
    ["unclosed links", "[a](b ".repeat(10922)],
    ["backticks", "`a``".repeat(16384)],
    ["double spaces", "a  ".repeat(21845)],
    ["a stack-frame-like line", `at ${"a".repeat(65000)}`],
    ["a colon-separated line", `at ${"a:".repeat(32000)}`],
  ])("handles 64 KiB of %s quickly", (_name, md) => {
    const t0 = performance.now();
    cleanMarkdown(md);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe("cleanMarkdown: signatures", () => {
  it("drops a short tail after a bare '--' but keeps content after a '--' separator", () => {
    expect(prose("Thanks.\n\n--\nJane Doe\nExample Corp")).toBe("Thanks.");
    const long = "Intro.\n\n--\n\n" + Array.from({ length: 8 }, (_, k) => `Point ${k} is important to me.`).join("\n\n");
    expect(prose(long)).toContain("Point 7 is important to me.");
  });
});

describe("cleanMarkdown: setext headings", () => {
  it("keeps text under a '--' setext heading", () => {
    expect(prose("Title\n--\nBody text.")).toBe("Title\n\nBody text.");
  });
});

describe("cleanMarkdown: flattened fences", () => {
  it("treats a closed fence pair in newline-free text as code and keeps the reply after it", () => {
    const r = cleanMarkdown("@isaacs  ```js function f(opts) {   return new F(opt); } ```  it should be `new F(opts)`  (too big for line comments)");
    expect(r.prose).toBe(`@isaacs\n${CODE_TOKEN}\nit should be ${CODE_TOKEN}\n(too big for line comments)`);
    expect(r.hadCode).toBe(true);
  });
});
