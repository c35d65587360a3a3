import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDigest } from "../../src/coach/digest.ts";
import { DIGEST_MAX_CHARS, renderDigest } from "../../src/render/digest.ts";
import { digestGeneratedAt, isDigestBody, refreshRequested } from "../../src/render/digest-marker.ts";
import { config, heated, hoursLater, openItem } from "../coach/factories.ts";
import { digestThread } from "../coach/digest-threads.ts";
import { assertProperty } from "../support/property.ts";
import { visible } from "../support/visible.ts";

const now = hoursLater(48);
const page = { repoUrl: "https://github.com/acme/widgets" };

describe("renderDigest", () => {
  it("renders every section, most urgent first", () => {
    const agreed = { text: "Ship the retry policy.", author: "a", commentId: "c3", agreedBy: ["b", "c"], agreementCommentIds: ["c4", "c5"] };
    const hot = digestThread(12, { heat: heated(8), commentCount: 8 }, { title: "Drop support for Node 18" });
    const waiting = digestThread(7, { openQuestions: [openItem({ commentId: "c2", url: "https://github.com/acme/widgets/issues/7#issuecomment-702" })] }, { title: "Session storage" });
    const ready = digestThread(30, { commentCount: 12, agreements: [agreed] }, { kind: "pull_request", title: "Retry policy for webhooks", url: "https://github.com/acme/widgets/pull/30" });
    const off = digestThread(40, {}, { coachOff: true });
    const body = renderDigest(buildDigest({ threads: [hot, waiting, ready, off], config: config(), now, unread: 3 }), page);
    expect(body).toMatchInlineSnapshot(`
      "Threads that may need a person, most urgent first. Updated 2026-03-04 12:00 UTC from 4 open threads. 3 more open threads were not read (older or past the limit): [see them](https://github.com/acme/widgets/issues?q=is%3Aopen%20sort%3Aupdated-desc).

      ### Heating up (1)

      - [Drop support for Node 18](https://github.com/acme/widgets/issues/12) (issue 12) — reads **heated**, since [yesterday](https://github.com/acme/widgets/issues/12#issuecomment-1206).

      ### Waiting for an answer (1)

      - [Session storage](https://github.com/acme/widgets/issues/7) (issue 7): [How do existing sessions migrate?](https://github.com/acme/widgets/issues/7#issuecomment-702) — asked 2 days ago; 4 comments since.

      ### Ready for a decision (1)

      - [Retry policy for webhooks](https://github.com/acme/widgets/pull/30) (pull request 30) — 12 comments, 1 agreed point; no decision recorded yet.

      ### Coaching switched off

      1 thread has coaching switched off (\`/coach off\`), so it is not listed.

      - [ ] <!-- common-ground:digest-refresh --> Tick to refresh this digest now

      <sub>Common Ground lists threads, never people. It reads only open threads; the list is rebuilt on a schedule and soon after threads change.</sub>

      <!-- common-ground:digest v1 2026-03-04T12:00:00.000Z -->
      "
    `);
  });

  it("says in one line when a section is empty", () => {
    const body = renderDigest(buildDigest({ threads: [digestThread(1)], config: config(), now }), page);
    expect(body).toMatchInlineSnapshot(`
      "Threads that may need a person, most urgent first. Updated 2026-03-04 12:00 UTC from 1 open thread.

      ### Heating up

      No thread is heating up.

      ### Waiting for an answer

      No question or concern is waiting.

      ### Ready for a decision

      No long debate is converging without a decision.

      ### Coaching switched off

      No thread has coaching switched off.

      - [ ] <!-- common-ground:digest-refresh --> Tick to refresh this digest now

      <sub>Common Ground lists threads, never people. It reads only open threads; the list is rebuilt on a schedule and soon after threads change.</sub>

      <!-- common-ground:digest v1 2026-03-04T12:00:00.000Z -->
      "
    `);
  });

  it("stays under GitHub's body limit on 5,000 open threads and says how many more, with a search link", () => {
    const item = (i: number) => openItem({ commentId: "c2", text: `How should the cache for tenant ${i} expire when the upstream store is ${"slow ".repeat(20)}?` });
    const threads = Array.from({ length: 5000 }, (_, i) =>
      digestThread(i + 1, { heat: heated(8), commentCount: 8, openQuestions: [item(i)] }, { title: `A very long title about the ${"configuration ".repeat(12)} ${i}` }),
    );
    const body = renderDigest(buildDigest({ threads, config: config({ digest: { maxPerSection: 100 } }), now }), page);
    expect(body.length).toBeLessThanOrEqual(DIGEST_MAX_CHARS);
    expect(body).toContain("### Heating up (5000)");
    expect(body).toMatch(/- …and \d+ more: \[the open threads, most recently updated first\]\(https:\/\/github\.com\/acme\/widgets\/issues\?q=is%3Aopen%20sort%3Aupdated-desc\)/);
    expect(isDigestBody(body)).toBe(true);
  });

  it("never @mentions: a title or quote with @handles is made inert", () => {
    const t = digestThread(3, { openQuestions: [openItem({ text: "@maintainers can @alice look at this?" })] }, { title: "@everyone ping @org/team" });
    const body = renderDigest(buildDigest({ threads: [t], config: config(), now }), page);
    expect(body).not.toMatch(/(^|[^\u200b\w])@[A-Za-z]/m);
  });
});

describe("digest marks", () => {
  it("carries the refresh time in a marker that reads back", () => {
    const body = renderDigest(buildDigest({ threads: [], config: config(), now }), page);
    expect(digestGeneratedAt(body)).toBe(now.toISOString());
    expect(digestGeneratedAt("a look-alike <!-- common-ground:digest v1 not-a-date -->")).toBeNull();
    expect(isDigestBody("## Common Ground digest")).toBe(false);
  });

  it("sees a ticked refresh checkbox and not an unticked one", () => {
    const body = renderDigest(buildDigest({ threads: [], config: config(), now }), page);
    expect(refreshRequested(body)).toBe(false);
    expect(refreshRequested(body.replace("- [ ] <!-- common-ground:digest-refresh -->", "- [x] <!-- common-ground:digest-refresh -->"))).toBe(true);
    expect(refreshRequested("- [x] something else")).toBe(false);
  });
});

describe("renderDigest on any thread text (property)", () => {
  // Backticks are left out: code spans are neutralizeMentions' concern (test/render/mentions.test.ts).
  it("never lets a title or quote ping anyone, and always fits GitHub's limit", () => {
    const text = fc.string({ maxLength: 60 }).map((s) => s.replace(/`/g, "'"));
    assertProperty(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 30 }), fc.constantFrom("octocat", "acme/core", "a-b"), (pairs, login) => {
        const threads = pairs.map(([title, q], i) =>
          digestThread(i + 1, { heat: heated(8), commentCount: 8, openQuestions: [openItem({ text: `${q} @${login} ${q}`, commentId: "c2" })] }, { title: `${title} @${login}` }),
        );
        const body = renderDigest(buildDigest({ threads, config: config(), now }), page);
        expect(visible(body)).not.toMatch(new RegExp(`@${login.replace("/", "\\/")}`));
        expect(body.length).toBeLessThanOrEqual(DIGEST_MAX_CHARS);
        expect(digestGeneratedAt(body)).toBe(now.toISOString());
      }),
      { numRuns: 60 },
    );
  });
});
