import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyState, type CoachState } from "../../src/coach/state.ts";
import { composeCoachingComment } from "../../src/coach/comment.ts";
import { renderCoachingComment } from "../../src/render/coaching-comment.ts";
import { decodeMarker } from "../../src/render/marker.ts";
import { config, heated, openItem, report, T0, thread } from "../coach/factories.ts";
import { visible } from "../support/visible.ts";
import { assertProperty } from "../support/property.ts";

const FOOTER = /\n\n<sub>Common Ground coaches discussions and never takes sides\. `\/summarize` for a summary · `\/coach (off|on)` to (stop|resume) these notes on this thread · `\/coach help` for more\.<\/sub>\n\n<!-- /;
const state = (s: Partial<CoachState>): CoachState => ({ ...emptyState(), ...s });
const at = T0.toISOString();

describe("renderCoachingComment", () => {
  it("escalation nudge: open questions from the thread's own concerns, evidence folded, footer, marker", () => {
    const r = report({
      heat: heated(8),
      commentCount: 8,
      openConcerns: [openItem({ kind: "concern", suggestedQuestions: ["What would have to be true for eager loading to reach the 3 s target?", "Which ORM features would be hardest to give up here?"] })],
      agreements: [{ text: "Invoices must render in under 3 s", author: "alice", commentId: "c2", agreedBy: ["bob"], agreementCommentIds: ["c3"] }],
    });
    const s = state({ nudge: { kind: "escalation", at, commentIds: ["c6", "c7", "c8"] } });
    const body = renderCoachingComment(composeCoachingComment({ state: s, report: r, thread: thread(8), config: config(), now: T0 }));
    expect(body).toMatch(FOOTER);
    expect(decodeMarker(body)).toEqual(s);
    expect(body).not.toMatch(/alice|bob/);
    expect(visible(body)).toMatchInlineSnapshot(`
      "**A pause might help this thread 🌱**

      It looks like the last few replies between two people have been getting sharper, and the thread may be drifting from the change itself to the people discussing it. Everyone here seems to want this to turn out well — that is common ground to start from.

      One point already has agreement — [Invoices must render in under 3 s](https://github.com/o/r/issues/1#issuecomment-1002)

      A few questions that could move it forward:
      - What would have to be true for eager loading to reach the 3 s target?
      - Which ORM features would be hardest to give up here?
      - Would a short call, with the outcome written back here, settle this faster?

      <details><summary>Why am I seeing this?</summary>

      - Rising heat over 3 consecutive replies.
      - Second-person phrasing in the latest turns.
      - From comment 6 on.
      - Thread level: heated (score 0.80).

      </details>

      <sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · \`/coach off\` to stop these notes on this thread · \`/coach help\` for more.</sub>"
    `);
  });

  it("leaves the evidence out when config.evidence is false", () => {
    const s = state({ nudge: { kind: "escalation", at, commentIds: [] } });
    const body = renderCoachingComment(composeCoachingComment({ state: s, report: report({ heat: heated(8) }), thread: thread(8), config: config({ evidence: false }), now: T0 }));
    expect(body).not.toContain("<details>");
    expect(body).toMatch(FOOTER);
  });

  it("convergence offer: agreed points and a decision-record draft with a review date", () => {
    const r = report({
      commentCount: 12,
      agreements: [{ text: "Process large uploads with a background job", author: "a", commentId: "c4", agreedBy: ["b", "c"], agreementCommentIds: ["c5", "c6"] }],
      decisions: [{ text: "Let's go with option B, the queue", author: "a", commentId: "c11" }],
    });
    const s = state({ nudge: { kind: "convergence", at, commentIds: ["c4", "c11"] } });
    expect(visible(renderCoachingComment(composeCoachingComment({ state: s, report: r, thread: thread(12), config: config(), now: T0 })))).toMatchInlineSnapshot(`
      "**This discussion seems to be converging** 🌿

      It looks like the thread is reaching agreement. Writing the outcome down now helps everyone who reads it later — here is a starting point to edit.

      Agreed so far:
      - [Process large uploads with a background job](https://github.com/o/r/issues/1#issuecomment-1004) — agreed by 2 other participants.

      <details><summary>Decision record draft</summary>

      **Decision record (draft)** — edit freely

      **Context** — Session storage: 12 comments.

      **Decision** — [Let's go with option B, the queue](https://github.com/o/r/issues/1#issuecomment-1011)

      **Rationale**
      - [Process large uploads with a background job](https://github.com/o/r/issues/1#issuecomment-1004) — agreed by 2 other participants.

      **Trade-offs**
      - _which costs or risks are accepted with it?_

      **Review date** — 2026-05-31 (in 90 days; adjust as needed)

      </details>

      <details><summary>Why am I seeing this?</summary>

      - 1 agreed point and 1 decision over 12 comments; 2 participants expressed agreement.

      </details>

      <sub>Common Ground coaches discussions and never takes sides. \`/summarize\` for a summary · \`/coach off\` to stop these notes on this thread · \`/coach help\` for more.</sub>"
    `);
  });

  it("shows the nudge and the latest command answer in the one comment, separated", () => {
    const s = state({ nudge: { kind: "calm", at, commentIds: [], previous: "escalation" }, answer: { kind: "help", at, commentCount: 6 } });
    const md = visible(renderCoachingComment(composeCoachingComment({ state: s, report: report(), thread: thread(), config: config(), now: T0 })));
    expect(md.split("\n\n---\n\n")).toHaveLength(2);
    expect(md.startsWith("**Things have calmed down here**")).toBe(true);
    expect(md).toContain("**Common Ground — what it does**");
  });

  it("when coaching is off: says so instead of any nudge, and the footer offers /coach on", () => {
    const s = state({ coachOff: true, nudge: { kind: "escalation", at, commentIds: [] } });
    const md = renderCoachingComment(composeCoachingComment({ state: s, report: report({ heat: heated(8) }), thread: thread(), config: config(), now: T0 }));
    expect(md).not.toContain("A pause might help");
    expect(md).toContain("`/coach on` to resume notes on this thread");
  });

  // Backticks are left out: code spans are neutralizeMentions' concern (test/render/mentions.test.ts).
  it("never lets thread text ping anyone, whatever it contains", () => {
    assertProperty(
      fc.property(fc.array(fc.string({ maxLength: 40 }).map((s) => s.replace(/`/g, "'")), { minLength: 1, maxLength: 4 }), fc.constantFrom("octocat", "acme/core", "a-b"), (texts, login) => {
        const items = texts.map((t, i) => openItem({ text: `${t} @${login} ${t}`, commentId: `c${i + 2}` }));
        const r = report({ openQuestions: items, agreements: [{ text: `@${login} agreed`, author: login, commentId: "c2", agreedBy: [login], agreementCommentIds: [] }] });
        for (const kind of ["summarize", "concerns", "decision"] as const) {
          const body = visible(renderCoachingComment(composeCoachingComment({ state: state({ nudge: { kind: "openItems", at, commentIds: [] }, answer: { kind, at, commentCount: 6 } }), report: r, thread: thread(), config: config(), now: T0 })));
          expect(body).not.toMatch(new RegExp(`@${login.replace("/", "\\/")}`));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("renderCoachingComment from plain data", () => {
  it("renders a hand-written message: no report or thread needed, thread words quoted inert, descriptions as written", () => {
    const s = state({ nudge: { kind: "openItems", at, commentIds: ["c2", "c3"] } });
    const body = renderCoachingComment({
      coachOff: false,
      state: s,
      evidence: ["Listed when unanswered for 24 h."],
      nudge: {
        kind: "openItems",
        title: "Two questions are still waiting for an answer",
        items: [
          { kind: "question", commentId: "c2", quote: "Does *this* ping @octocat?", described: "a question in comment 2", url: "https://example.test/2", detail: " — asked yesterday." },
          { kind: "question", commentId: "c3", described: "a question in comment 3", detail: "." },
        ],
        closing: "If they are settled elsewhere, a one-line reply here helps the next reader.",
        evidence: [],
      },
    });
    expect(visible(body).split("\n").slice(0, 3)).toEqual([
      "**Two questions are still waiting for an answer**",
      "- [Does \\*this\\* ping @\u200boctocat?](https://example.test/2) — asked yesterday.",
      "- a question in comment 3.",
    ]);
    expect(body).toContain("- Listed when unanswered for 24 h.");
    expect(decodeMarker(body)).toEqual(s);
  });
});
