// A proposal put up for consent, and a reply that consents to it, make an agreed point: the
// proposal itself, without its consent condition. Hand-written threads.
import { describe, expect, it } from "vitest";
import { asksConsent, consentProposal, consents, withoutConsentCondition } from "../../src/analysis/consent.ts";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const now = new Date("2024-03-01T00:00:00Z");
type C = { author: string; text: string };
const agreed = (comments: C[]) => analyzeThread(threadFromSimpleJson({ kind: "issue", comments }), { now }).agreements.map((a) => a.text);
const opening = { author: "ines", text: "The nightly packages are built from whatever branch was pushed last, which confuses testers." };

describe("consent cues", () => {
  it("finds the proposal a consent question or condition puts up", () => {
    expect(consentProposal(["The old build box is slow.", "For now we keep the weekly tarball as it is.", "Does that work for you?"])).toBe("For now we keep the weekly tarball as it is.");
    expect(consentProposal(["If nobody objects, we'll retire the 2.x branch in April."])).toBe("If nobody objects, we'll retire the 2.x branch in April.");
    expect(consentProposal(["I propose we tag the release candidate on Monday."])).toBe("I propose we tag the release candidate on Monday.");
    expect(consentProposal(["The tarball is slow.", "Why is that?"])).toBeNull();
    expect(asksConsent("Any objections?")).toBe(true);
    expect(asksConsent("What is the tarball for?")).toBe(false);
  });
  it("reads consent, and not a refusal", () => {
    expect(consents("Fine by me.")).toBe(true);
    expect(consents("It's all good, I only wanted something quick.")).toBe(true);
    expect(consents("If the tests pass then go ahead.")).toBe(true);
    expect(consents("Not fine by me, the testers need it.")).toBe(false);
    expect(consents("The tarball is slow.")).toBe(false);
  });
  it("drops the consent condition from the point", () => {
    expect(withoutConsentCondition("If nobody objects, we'll retire the 2.x branch in April.")).toBe("We'll retire the 2.x branch in April.");
    expect(withoutConsentCondition("I will send a patch for the packaging script if you agree.")).toBe("I will send a patch for the packaging script.");
  });
});

describe("agreed points from consent", () => {
  it("a proposal with 'Is that okay?' and a reply 'It's all good' is agreed", () => {
    const points = agreed([
      opening,
      { author: "tomas", text: "We could switch to tagged builds later. Until the new runner exists, the nightly should come from the main branch only. Is that okay?" },
      { author: "ines", text: "It's all good, I just wanted the testers to stop guessing." },
    ]);
    expect(points).toContain("Until the new runner exists, the nightly should come from the main branch only.");
  });
  it("'if you agree' answered with 'then sure' is agreed, without the condition", () => {
    const points = agreed([
      opening,
      { author: "tomas", text: "This comes from the packaging script, not the runner. I can send a patch that pins the branch if you agree." },
      { author: "ines", text: "If it keeps the weekly tarball intact then sure." },
    ]);
    expect(points).toContain("I can send a patch that pins the branch.");
  });
  it("a refusal agrees to nothing", () => {
    const points = agreed([
      opening,
      { author: "tomas", text: "Until the new runner exists, the nightly should come from the main branch only. Is that okay?" },
      { author: "ines", text: "No, the testers need the feature branches too." },
    ]);
    expect(points).toEqual([]);
  });
});
