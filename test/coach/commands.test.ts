import { describe, expect, it } from "vitest";
import { parseCommands } from "../../src/coach/commands.ts";

const names = (body: string) => parseCommands(body).map((c) => c.name);

describe("parseCommands", () => {
  it("finds each command at the start of a line", () => {
    expect(names("/summarize")).toEqual(["summarize"]);
    expect(names("Thanks!\n/concerns\n/decision")).toEqual(["concerns", "decision"]);
    expect(names("/coach off")).toEqual(["coach-off"]);
    expect(names("/coach on please")).toEqual(["coach-on"]);
    expect(names("/coach help")).toEqual(["coach-help"]);
    expect(names("/coach")).toEqual(["coach-help"]);
    expect(names("  /Summarise")).toEqual(["summarize"]);
    expect(names("/summarize\r\n/summarize")).toEqual(["summarize"]);
  });

  it("reports the line a command is on", () => {
    expect(parseCommands("hi\n\n/concerns")).toEqual([{ name: "concerns", line: 2 }]);
  });

  it("ignores commands that are not at the start of a line or are other words", () => {
    expect(names("please /summarize")).toEqual([]);
    expect(names("/summarizer")).toEqual([]);
    expect(names("/coach maybe")).toEqual([]);
    expect(names("/summarize-all")).toEqual([]);
    expect(names("see http://x/summarize")).toEqual([]);
  });

  it("ignores commands in fenced code, tilde fences and indented code", () => {
    expect(names("```\n/summarize\n```")).toEqual([]);
    expect(names("````md\n```\n/summarize\n````\n/concerns")).toEqual(["concerns"]);
    expect(names("~~~\n/coach off\n~~~")).toEqual([]);
    expect(names("text\n\n    /summarize")).toEqual([]);
  });

  it("ignores commands in inline code spanning lines, quotes and HTML comments", () => {
    expect(names("`/summarize`")).toEqual([]);
    expect(names("Run `foo\n/summarize` later")).toEqual([]);
    expect(names("> /summarize")).toEqual([]);
    expect(names("> quoted\n> /coach off")).toEqual([]);
    expect(names("> quoted\n/summarize")).toEqual([]); // a lazy continuation line: GitHub shows it inside the quote
    expect(names("> quoted\n\n/summarize")).toEqual(["summarize"]);
    expect(names("> quoted\n```\ncode\n```\n/concerns")).toEqual(["concerns"]);
    expect(names("<!-- /summarize -->")).toEqual([]);
    expect(names("<!--\n/summarize\n-->\n/concerns")).toEqual(["concerns"]);
    expect(names("text <!-- start\n/summarize\n-->")).toEqual([]);
  });

  it("resumes after a blank line closes an unterminated inline span", () => {
    expect(names("a ` stray\n\n/summarize")).toEqual(["summarize"]);
  });
});
