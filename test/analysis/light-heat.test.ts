import { describe, expect, it } from "vitest";
import { isLightHearted, lightHeartedComments } from "../../src/analysis/light-heat.ts";

describe("isLightHearted", () => {
  it.each([
    "Oh no, did I screw up and install the 64-bit build? Probably.",
    "I'm an idiot, the path was wrong all along.",
    "My bad, I pasted the wrong log.",
    "Ha, that took me three days to find lol",
    "Works now :)",
  ])("a joke or swearing at oneself: %s", (text) => expect(isLightHearted(text)).toBe(true));

  it.each([
    "You are an idiot lol",
    "Your patch is garbage :)",
    "This is stupid.",
    "Please post the logs.",
    "Why would anyone ship this?",
  ])("heat aimed at someone, or no joke at all: %s", (text) => expect(isLightHearted(text)).toBe(false));

  it("returns the ids of light-hearted comments only", () => {
    const ids = lightHeartedComments([
      { id: "a", body: "my bad, wrong branch" },
      { id: "b", body: "You broke it again, damn you." },
    ]);
    expect([...ids]).toEqual(["a"]);
  });
});
