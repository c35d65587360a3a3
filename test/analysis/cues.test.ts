import { describe, expect, it } from "vitest";
import { agreementCue, isAcknowledgement } from "../../src/analysis/agreement-cues.ts";
import { isDecision } from "../../src/analysis/decisions.ts";
import { actionOwner } from "../../src/analysis/action-items.ts";
import { isScopeGrowth } from "../../src/analysis/scope-growth.ts";
import { blameCount, dismissalCount, isPolite, pointedYouCount } from "../../src/analysis/heat/cues.ts";

describe("agreement cues", () => {
  it.each(["+1", "LGTM", "Agreed.", "Makes sense to me.", "Good point about the proxies.", "Sounds good, that works for me.", "I agree with the plan."])("agrees: %s", (s) => {
    expect(agreementCue(s)).not.toBeNull();
  });
  it.each(["I don't agree with this.", "That doesn't make sense.", "Makes sense?", "I disagree.", "Not a good point, sorry."])("does not agree: %s", (s) => {
    expect(agreementCue(s)).toBeNull();
  });
  it("names what was agreed when the sentence says it", () => {
    expect(agreementCue("+1 to the follow-up issue for the settings page.")).toEqual({ clause: "the follow-up issue for the settings page" });
    expect(agreementCue("Agreed that we drop Node 16 in the next major.")).toEqual({ clause: "we drop Node 16 in the next major" });
    expect(agreementCue("I agree with you.")).toEqual({});
  });
  it("reads acknowledgements", () => {
    expect(isAcknowledgement("Got it, thanks.")).toBe(true);
    expect(isAcknowledgement("Thanks, that answers my question.")).toBe(true);
    expect(isAcknowledgement("Is that thread-safe?")).toBe(false);
  });
});

describe("decisions, action items, scope growth", () => {
  it("finds decisions but not proposals or conditionals", () => {
    expect(isDecision("Let's go with option B.")).toBe(true);
    expect(isDecision("Summary: we decided to go with the queue.")).toBe(true);
    expect(isDecision("The consensus is to keep the old API for one release.")).toBe(true);
    expect(isDecision("Should we go with option B?")).toBe(false);
    expect(isDecision("If we decided to drop it, who would migrate the users?")).toBe(false);
    // a decision named, not decisions in general; "let's use" an example's numbers or words decides nothing
    expect(isDecision("Our decision is to keep the old API.")).toBe(true);
    expect(isDecision("In the end consensus was to ship the flag off by default.")).toBe(true);
    expect(isDecision("Every decision is a trade-off in the end.")).toBe(false);
    expect(isDecision("Any decision is up to the release team.")).toBe(false);
    expect(isDecision("Let's use round numbers and say the limit is 100 requests.")).toBe(false);
    expect(isDecision("Let's use the right words here: it is slow, not broken.")).toBe(false);
    expect(isDecision("Let's use the queue for the uploads then.")).toBe(true);
  });
  it("finds owners of action items", () => {
    expect(actionOwner("I'll open a follow-up issue for XLSX support.", "ines")).toBe("ines");
    expect(actionOwner("TODO: update the changelog after merge.", "karl")).toBe("karl");
    expect(actionOwner("@dana will handle the docs.", "karl")).toBe("dana");
    expect(actionOwner("I'll admit I did not test it.", "karl")).toBeNull();
    expect(actionOwner("Should I open an issue?", "karl")).toBeNull();
  });
  it("notices scope growth", () => {
    expect(isScopeGrowth("While we're at it, should we also support XLSX uploads?")).toBe(true);
    expect(isScopeGrowth("It should also handle the legacy format.")).toBe(true);
    expect(isScopeGrowth("The upsert key covers retries.")).toBe(false);
  });
});

describe("civility cues", () => {
  it("counts blame, pointed second person and brush-offs", () => {
    expect(blameCount("You never listen and you clearly skipped the review.")).toBe(1);
    expect(blameCount("You can pass the flag to skip the check.")).toBe(0);
    expect(blameCount("That's your problem, you should have pinned the version.")).toBe(2);
    expect(blameCount("Your problem, not mine.")).toBe(1);
    expect(blameCount("Is your problem similar? In case your problem does not match, open a new issue.")).toBe(0);
    expect(pointedYouCount("You just closed it. You should have read it.")).toBe(2);
    expect(dismissalCount("This is not a bug. As I already said, read the docs.")).toBe(3);
    expect(isPolite("Thanks for raising this, maybe we could try it.")).toBe(true);
    expect(isPolite("The churn is not worth it.")).toBe(false);
  });
});
