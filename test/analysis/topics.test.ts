import { describe, expect, it } from "vitest";
import { cleanTopic, isTopic, topicsOf } from "../../src/analysis/topics.ts";

describe("cleanTopic", () => {
  it.each([
    ["there a code execution path", "code execution path"],
    ["is there a way", "way"],
    ["there any maintainer", "maintainer"],
    ["tinymce Does", "tinymce"],
    ["official support of", "official support"],
    ["address bar of Firefox and press", "address bar of Firefox"],
    ["`Task.execute(", "Task.execute"],
    ["not generators", "generators"],
    ["the retry policy", "retry policy"],
  ])("%s → %s", (raw, clean) => expect(cleanTopic(raw)).toBe(clean));
});

describe("isTopic", () => {
  it.each(["retry policy", "session cache", "Chrome", "security risk", "modpack version", "official support of Pipfile", "--console=plain"])("accepts %s", (p) =>
    expect(isTopic(p)).toBe(true),
  );

  it.each([
    ["generic nouns", ["questions", "thing", "issue", "problem", "way", "stuff", "something", "people", "reason", "suggestions", "news", "help", "moment"]],
    ["generic nouns with a qualifier only", ["same thing", "other reason", "valid issue", "separate ticket", "related pull request", "great feature"]],
    ["pronouns and contractions", ["it's", "You're", "them", "there"]],
    ["chat words", ["lol", "okay", "btw"]],
    ["the app's own words", ["summary", "nudge", "common ground", "bot"]],
    ["people and references", ["@octocat", "@octocat rasengan", "issue #35667", "arduino/Arduino#7461"]],
    ["very short or numeric", ["ui", "42", "5>6", "v2.1"]],
    ["heated words", ["ridiculous design", "stupid idea"]],
    ["single words that are not nouns on their own", ["write", "put", "happen", "dynamic"]],
  ])("rejects %s", (_, phrases) => {
    for (const p of phrases) expect(isTopic(p), p).toBe(false);
  });

  it("rejects a stem that is not a word of the text", () => {
    expect(isTopic("possib", "Is it possible to cache tokens?")).toBe(false);
    expect(isTopic("cache", "Is it possible to cache tokens?")).toBe(true);
  });
});

describe("topicsOf", () => {
  it("finds the named topic of made-up items, and none in items that name nothing", () => {
    expect(topicsOf("Is there a way to configure the retry policy?", 1)).toEqual(["retry policy"]);
    expect(topicsOf("Any news on this?")).toEqual([]);
    expect(topicsOf("Can you help with this?")).toEqual([]);
    expect(topicsOf("What other reason is needed?")).toEqual([]);
  });

  it("turns key-term stems back into the text's own words", () => {
    expect(topicsOf("Retrying requests twice may duplicate payments.", 2, ["retry", "payment"])).toEqual(["payments"]);
    expect(topicsOf("Should the tokens expire?", 1, ["token"])).toEqual(["tokens"]);
  });
});
