import { describe, expect, it } from "vitest";
import { planEvent, type PlanInput, type TriggerComment } from "../../src/coach/plan.ts";
import { emptyState } from "../../src/coach/state.ts";
import { comment, config, heated, hoursLater, report, T0, thread } from "./factories.ts";

const by = (login: string, association: TriggerComment["author"]["association"] = "NONE", isBot = false) => ({ login, association, isBot });
const trigger = (body: string, author = by("user3"), id = "c3"): TriggerComment => ({ id, body, author });

function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return { thread: thread(), report: report(), config: config(), state: null, now: T0, ...overrides };
}

describe("planEvent: commands", () => {
  it("answers /summarize: reacts, writes, remembers the command and the time", () => {
    const p = planEvent(input({ comment: trigger("/summarize") }));
    expect(p).toMatchObject({ write: true, react: true, commands: [{ command: "summarize", outcome: "answered" }] });
    expect(p.state.answer).toEqual({ kind: "summarize", at: T0.toISOString(), commentCount: 6 });
    expect(p.state.handled).toEqual(["c3:summarize"]);
    expect(p.state.lastAnswerAt).toBe(T0.toISOString());
  });

  it("does not run the same command twice when the comment is edited or redelivered", () => {
    const first = planEvent(input({ comment: trigger("/summarize") }));
    const again = planEvent(input({ comment: trigger("/summarize\n\nedited: typo"), state: first.state, now: hoursLater(2) }));
    expect(again).toMatchObject({ write: false, react: false, commands: [{ command: "summarize", outcome: "already handled" }] });
  });

  it("runs a command newly added by an edit", () => {
    const first = planEvent(input({ comment: trigger("/coach help") }));
    const edited = planEvent(input({ comment: trigger("/coach help\n/concerns"), state: first.state }));
    expect(edited.commands).toEqual([
      { command: "coach-help", outcome: "already handled" },
      { command: "concerns", outcome: "answered" },
    ]);
  });

  it("rate-limits summaries per thread, but not help", () => {
    const first = planEvent(input({ comment: trigger("/summarize") }));
    const soon = planEvent(input({ comment: trigger("/decision", by("user4"), "c4"), state: first.state, now: new Date(T0.getTime() + 5 * 60_000) }));
    expect(soon).toMatchObject({ write: false, react: true, commands: [{ command: "decision", outcome: "rate-limited" }] });
    const later = planEvent(input({ comment: trigger("/decision", by("user4"), "c4"), state: first.state, now: new Date(T0.getTime() + 11 * 60_000) }));
    expect(later.commands).toEqual([{ command: "decision", outcome: "answered" }]);
    const help = planEvent(input({ comment: trigger("/coach help", by("user4"), "c4"), state: first.state, now: new Date(T0.getTime() + 60_000) }));
    expect(help.commands).toEqual([{ command: "coach-help", outcome: "answered" }]);
  });

  it("lets the thread author and maintainers switch coaching off, and refuses others with a notice", () => {
    const author = planEvent(input({ comment: trigger("/coach off", by("author")) }));
    expect(author.state.coachOff).toBe(true);
    const member = planEvent(input({ comment: trigger("/coach off", by("m", "MEMBER")) }));
    expect(member.state.coachOff).toBe(true);
    const other = planEvent(input({ comment: trigger("/coach off", by("drive-by", "CONTRIBUTOR")) }));
    expect(other).toMatchObject({ notice: "refused-toggle", write: true, react: true });
    expect(other.state.coachOff).toBe(false);
    const anyone = planEvent(input({ config: config({ coachOff: { allowed: ["anyone"] } }), comment: trigger("/coach off", by("drive-by")) }));
    expect(anyone.state.coachOff).toBe(true);
    const back = planEvent(input({ state: author.state, comment: trigger("/coach on", by("author"), "c4") }));
    expect(back.state.coachOff).toBe(false);
  });

  it("/coach off silences nudges from the same event on", () => {
    const hot = report({ heat: heated(8), commentCount: 8 });
    const p = planEvent(input({ report: hot, comment: trigger("/coach off", by("author")) }));
    expect(p.decision.speak).toBe("silence");
    expect(p.state.nudge).toBeUndefined();
  });

  it("answers with a one-line note when the repository switched the app off", () => {
    const p = planEvent(input({ config: config({ enabled: false }), comment: trigger("/summarize") }));
    expect(p).toMatchObject({ notice: "repo-disabled", write: true, commands: [{ command: "summarize", outcome: "repo disabled" }] });
    expect(p.state.answer).toBeUndefined();
  });

  it("ignores commands when commands are disabled, and from bots", () => {
    expect(planEvent(input({ config: config({ commands: { enabled: false } }), comment: trigger("/summarize") }))).toMatchObject({ write: false, react: false, commands: [] });
    expect(planEvent(input({ comment: trigger("/summarize", by("ci", "NONE", true)) }))).toMatchObject({ write: false, react: false, commands: [] });
  });
});

describe("planEvent: nudges in the state", () => {
  it("records a new nudge with its time and thread length", () => {
    const p = planEvent(input({ report: report({ heat: heated(8), commentCount: 8 }) }));
    expect(p.write).toBe(true);
    expect(p.state).toMatchObject({ nudge: { kind: "escalation", at: T0.toISOString() }, lastNudgeAt: T0.toISOString(), lastNudgeCommentCount: 8 });
  });

  it("turns the nudge into a calm note without resetting the cooldown clock", () => {
    const first = planEvent(input({ report: report({ heat: heated(8), commentCount: 8 }) }));
    const calm = planEvent(input({ report: report({ commentCount: 9 }), state: first.state, now: hoursLater(3) }));
    expect(calm.decision.speak).toBe("update-to-calm");
    expect(calm.state.nudge).toEqual({ kind: "calm", at: hoursLater(3).toISOString(), commentIds: [], previous: "escalation" });
    expect(calm.state.lastNudgeAt).toBe(T0.toISOString());
  });

  it("writes nothing when there is nothing to say and no command", () => {
    expect(planEvent(input())).toMatchObject({ write: false, react: false });
  });
});

describe("planEvent: commands whose answer was never written", () => {
  const at = (minutesBeforeT0: number) => new Date(T0.getTime() - minutesBeforeT0 * 60_000).toISOString();
  const withCommand = (body: string, minutesBefore: number, overrides: Partial<ReturnType<typeof comment>> = {}) => {
    const t = thread(6);
    t.comments[4] = comment(5, { body, createdAt: at(minutesBefore), ...overrides });
    return t;
  };

  it("answers a recent command from another comment that nothing answered, without reacting to the trigger", () => {
    const p = planEvent(input({ thread: withCommand("/summarize please", 20), comment: trigger("Thanks, that helps.") }));
    expect(p.commands).toEqual([{ command: "summarize", outcome: "answered" }]);
    expect(p).toMatchObject({ write: true, react: false });
    expect(p.state.handled).toEqual(["c5:summarize"]);
  });

  it("leaves alone a command that was already answered, an old one, and one written by a bot or by the app", () => {
    const answered = planEvent(input({ thread: withCommand("/summarize", 20), comment: trigger("ok") }));
    const again = planEvent(input({ thread: withCommand("/summarize", 20), comment: trigger("ok", by("user4"), "c4"), state: answered.state }));
    expect(again.commands).toEqual([]);
    expect(planEvent(input({ thread: withCommand("/summarize", 24 * 60), comment: trigger("ok") })).commands).toEqual([]);
    const bot = comment(5, { body: "/summarize", createdAt: at(5), author: { login: "ci", isBot: true, association: "NONE" } });
    expect(planEvent(input({ thread: thread(6, { comments: [...thread(4).comments, bot] }), comment: trigger("ok") })).commands).toEqual([]);
    expect(planEvent(input({ thread: withCommand("`/summarize` for a summary", 5, { viewerDidAuthor: true }), comment: trigger("ok") })).commands).toEqual([]);
  });

  it("checks a caught-up /coach off against the permissions of whoever wrote it", () => {
    const p = planEvent(input({ thread: withCommand("/coach off", 10, { author: { login: "drive-by", isBot: false, association: "CONTRIBUTOR" } }), comment: trigger("ok") }));
    expect(p.commands).toEqual([{ command: "coach-off", outcome: "refused" }]);
    expect(p.state.coachOff).toBe(false);
  });
});
