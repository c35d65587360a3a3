// Why an outcome came: the reason sentence of the settling comment or the diagnosis just before
// it; never a hedge, the writer's own story, the author's case for what was then declined, or a
// reason the settling sentence already gives.
import { describe, expect, it } from "vitest";
import { outcomeReason } from "../../src/analysis/outcome-reason.ts";
import { comment, thread } from "../coach/factories.ts";

const maint = { login: "lee", isBot: false, association: "MEMBER" as const };
const t = (...bodies: [string, typeof maint | undefined][]) =>
  thread(bodies.length + 1, { comments: [comment(1, { body: "Exporting a sheet with merged cells crashes." }), ...bodies.map(([body, author], i) => comment(i + 2, author ? { body, author } : { body }))] });

describe("outcomeReason", () => {
  it("finds the reason in the settling comment, other than the settling sentence", () => {
    const th = t(["Closing as won't fix. Merged cells are not supported by the CSV writer, it has no notion of spans.", maint]);
    const r = outcomeReason(th, { commentId: "c2", text: "Closing as won't fix." });
    expect(r?.text).toBe("Merged cells are not supported by the CSV writer, it has no notion of spans.");
  });

  it("falls back to the diagnosis just before, and says nothing when the settling sentence already says why", () => {
    const th = t(["The crash only happens with sheets saved by the old desktop app.", undefined], ["Closing then.", maint]);
    expect(outcomeReason(th, { commentId: "c3", text: "Closing then." })?.commentId).toBe("c2");
    const said = t(["Closing, because the old desktop app writes broken spans.", maint]);
    expect(outcomeReason(said, { commentId: "c2", text: "Closing, because the old desktop app writes broken spans." })).toBeUndefined();
  });

  it("keeps a list the reason sentence introduces", () => {
    const th = t(["Works as intended. This is due to rules of the format, such as:\n\n- spans are dropped\n- hidden rows are kept\n", maint]);
    expect(outcomeReason(th, { commentId: "c2", text: "Works as intended." })?.text).toBe("This is due to rules of the format, such as: spans are dropped; hidden rows are kept.");
  });

  it("passes over hedges, the writer's own attempts, questions and the author's case for a declined request", () => {
    const hedged = t(["I vaguely remember this is because of the spans.", maint], ["Closing.", maint]);
    expect(outcomeReason(hedged, { commentId: "c3", text: "Closing." })).toBeUndefined();
    const story = t(["I tried it because I wanted to see the spans.", undefined], ["Closing.", maint]);
    expect(outcomeReason(story, { commentId: "c3", text: "Closing." })).toBeUndefined();
    const asks = t(["Is it because of the spans?", undefined], ["Closing.", maint]);
    expect(outcomeReason(asks, { commentId: "c3", text: "Closing." })).toBeUndefined();
    const authorCase = thread(3, { comments: [comment(1, { body: "Add a logfmt reader." }), comment(2, { author: comment(1).author, body: "The problem is that there is no type inference in the other readers." }), comment(3, { author: maint, body: "-1 on adding this here." })] });
    expect(outcomeReason(authorCase, { commentId: "c3", text: "-1 on adding this here." })).toBeUndefined();
  });
});

describe("outcomeReason: the author's found cause, and reasons said as never supported", () => {
  it("takes the author's sentence when they say they found the cause", () => {
    const found = thread(3, { comments: [comment(1, { body: "The build fails from my wrapper script." }), comment(2, { author: comment(1).author, body: "I found the problem: the project's makefiles use the same variable names as my wrapper, so mine override them." }), comment(3, { author: maint, body: "Run make with a clean environment then." })] });
    expect(outcomeReason(found, { commentId: "c3", text: "Run make with a clean environment then." })?.commentId).toBe("c2");
    const justCase = thread(3, { comments: [comment(1, { body: "The build fails from my wrapper script." }), comment(2, { author: comment(1).author, body: "The problem is that the makefiles should accept any variable." }), comment(3, { author: maint, body: "Run make with a clean environment then." })] });
    expect(outcomeReason(justCase, { commentId: "c3", text: "Run make with a clean environment then." })).toBeUndefined();
  });

  it("reads 'has never been supported' and 'intentionally' as reasons", () => {
    const never = t(["Closing. Custom themes have never been supported in the embedded viewer.", maint]);
    expect(outcomeReason(never, { commentId: "c2", text: "Closing." })?.text).toBe("Custom themes have never been supported in the embedded viewer.");
    const meant = t(["Closing. The nightly installers are intentionally unsigned.", maint]);
    expect(outcomeReason(meant, { commentId: "c2", text: "Closing." })?.text).toBe("The nightly installers are intentionally unsigned.");
  });
});

describe("outcomeReason: the settler's preference a decline rests on", () => {
  it("reads 'it would be better to …' in the settling comment, never in the comments before it", () => {
    const declined = t(["It would be better to ship this as a separate plugin with its own reader.\n\n-1 on adding it to the core.", maint]);
    expect(outcomeReason(declined, { commentId: "c2", text: "-1 on adding it to the core." })?.text).toBe("It would be better to ship this as a separate plugin with its own reader.");
    const advice = t(["It would be better to load every template folder at start-up.", maint], ["Duplicate of #12", maint]);
    expect(outcomeReason(advice, { commentId: "c3", text: "Duplicate of #12" })).toBeUndefined();
  });
});
