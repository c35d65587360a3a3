import { describe, expect, it } from "vitest";
import { displayText } from "../../src/analysis/display-text.ts";
import { cleanMarkdown } from "../../src/thread/clean.ts";
import { splitSentences } from "../../src/analysis/text-units.ts";

const sentenceOf = (md: string, i: number) => splitSentences(cleanMarkdown(md).prose)[i];

describe("displayText", () => {
  it("puts the writer's code back into a cleaned sentence, and nothing around it", () => {
    const md = "Did you even read the ORM docs? `select_related` on the tax table is the obvious fix.";
    const s = sentenceOf(md, 1);
    expect(s).toContain("§");
    expect(displayText(s, md)).toBe("`select_related` on the tax table is the obvious fix.");
  });
  it("handles several code spans", () => {
    const md = "Rows are upserted by (`import_id`, `row_number`), so retries never duplicate rows.";
    expect(displayText(sentenceOf(md, 0), md)).toBe(md);
  });
  it("finds the sentence past emphasis markers, and puts back a URL longer than 80 characters", () => {
    const md = "Note that `preUpdate` is called inside **flush**, which surprised me.";
    expect(displayText(sentenceOf(md, 0), md)).toBe("Note that `preUpdate` is called inside flush, which surprised me.");
    const italic = 'Reinstalling the plugin fixed the _"include_start" is NOT an array!_ error for me.';
    expect(displayText(sentenceOf(italic, 0), italic)).not.toContain("…");
    const url = "I tried the commit https://example.org/acme/importer/commit/2af5556901f0847d835af60f58769a8dd94c4415abcdef and the main branch.";
    expect(displayText(sentenceOf(url, 0), url)).toBe(url);
  });
  it("remembers a sentence per body: the same sentence in another body shows that body's code", () => {
    for (let i = 0; i < 2; i++) {
      expect(displayText("Use § here.", "Use `alpha` here.")).toBe("Use `alpha` here.");
      expect(displayText("Use § here.", "Use `beta` here.")).toBe("Use `beta` here.");
    }
  });
  it("falls back to an ellipsis when the sentence cannot be found", () => {
    expect(displayText("Use § here.", "something else entirely")).toBe("Use … here.");
    expect(displayText("No code here.", "whatever")).toBe("No code here.");
  });
});
