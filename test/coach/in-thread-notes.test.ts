// inThreadNotes: false — the digest without any automatic note in threads; commands still answer.
import { describe, expect, it } from "vitest";
import { planEvent } from "../../src/coach/plan.ts";
import { decide } from "../../src/coach/policy.ts";
import { comment, config, heated, openItem, report, T0, thread } from "./factories.ts";

const hot = report({ heat: heated(), commentCount: 8, openQuestions: [openItem()] });

describe("inThreadNotes: false", () => {
  it("keeps every automatic note silent, with its own reason", () => {
    const d = decide({ report: hot, config: config({ inThreadNotes: false }), state: null, thread: thread(8), trigger: { authorIsBot: false }, now: T0 });
    expect(d).toEqual({ speak: "silence", reason: "automatic notes are off in the repository config (inThreadNotes: false)", silenceCode: "notes-off", commentIds: [] });
    // The same thread at the defaults gets a note: the switch is what silenced it.
    expect(decide({ report: hot, config: config(), state: null, thread: thread(8), trigger: { authorIsBot: false }, now: T0 }).speak).toBe("escalation");
  });

  it("still answers a command", () => {
    const asked = comment(9, { body: "/summarize" });
    const plan = planEvent({ thread: thread(8), report: hot, config: config({ inThreadNotes: false }), state: null, comment: asked, now: T0 });
    expect(plan.write).toBe(true);
    expect(plan.commands).toEqual([{ command: "summarize", outcome: "answered" }]);
    expect(plan.decision.speak).toBe("silence");
  });
});

describe("a thread the app opened itself (its digest issue)", () => {
  it("gets no automatic note, while the same thread opened by a person does", () => {
    const ours = thread(8);
    ours.comments[0] = comment(1, { viewerDidAuthor: true, author: { login: "common-ground", isBot: true, association: "NONE" } });
    const d = decide({ report: hot, config: config(), state: null, thread: ours, trigger: { authorIsBot: false }, now: T0 });
    expect(d.speak).toBe("silence");
    expect(d.silenceCode).toBe("own-thread");
    expect(decide({ report: hot, config: config(), state: null, thread: thread(8), trigger: { authorIsBot: false }, now: T0 }).speak).toBe("escalation");
  });

  it("still answers a command there", () => {
    const ours = thread(8);
    ours.comments[0] = comment(1, { viewerDidAuthor: true });
    const plan = planEvent({ thread: ours, report: hot, config: config(), state: null, comment: comment(9, { body: "/summarize" }), now: T0 });
    expect(plan.commands).toEqual([{ command: "summarize", outcome: "answered" }]);
  });
});
