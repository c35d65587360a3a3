// Stored threads for the digest's end-to-end tests against the loopback fake GitHub.
import type { FakeComment } from "../app/fake-repo.ts";
import type { StoredThread } from "../support/fake-github-server.ts";

let next = 1;
const at = (minutes: number) => new Date(Date.parse("2026-03-01T08:00:00Z") + minutes * 60_000).toISOString();

export function fakeComment(login: string, body: string, minute: number, extra: Partial<FakeComment> = {}): FakeComment {
  const n = next++;
  return { id: `DC_${n}`, databaseId: 70_000 + n, body, login, association: "CONTRIBUTOR", createdAt: at(minute), ...extra };
}

/** An open issue whose last replies are heated. */
export function heatedIssue(number: number, minute = 0): StoredThread {
  return {
    owner: "acme",
    repo: "widgets",
    kind: "issue",
    number,
    title: `Drop the legacy session store ${number}`,
    opening: fakeComment("ana", "The legacy session store costs us a lot of maintenance. I propose we drop it in v3.", minute),
    comments: [
      fakeComment("ben", "We still have customers on it, so dropping it in v3 seems early to me.", minute + 1),
      fakeComment("ana", "They had two years to migrate. This is getting ridiculous.", minute + 2),
      fakeComment("ben", "Are you even reading what I write? You clearly have no idea how our customers deploy this.", minute + 3),
      fakeComment("ana", "Stop wasting everyone's time with this nonsense. You obviously never read the migration guide, this is pathetic.", minute + 4),
      fakeComment("ben", "This is absurd. You are being completely unreasonable and frankly rude, stop lecturing people.", minute + 5),
    ],
  };
}

/** An open issue with a question nobody answered. */
export function questionIssue(number: number, minute = 0): StoredThread {
  return {
    owner: "acme",
    repo: "widgets",
    kind: "issue",
    number,
    title: `Nested config in a monorepo ${number}`,
    opening: fakeComment("cy", "In our monorepo the tool doesn't pick up `packages/web/.toolrc`, only the one at the root. Is nested configuration supported, or should each package have its own root?", minute),
    comments: [
      fakeComment("dee", "I see the same thing in a pnpm workspace. Happy to test a fix if there is one.", minute + 1),
      fakeComment("eve", "Same here, thanks for reporting it. For now we copy the file to the root as a workaround.", minute + 2),
    ],
  };
}

/** A calm open issue with nothing to list. */
export function calmIssue(number: number, minute = 0): StoredThread {
  return {
    owner: "acme",
    repo: "widgets",
    kind: "issue",
    number,
    title: `Typo in the README ${number}`,
    opening: fakeComment("fay", "There is a typo in the install section of the README.", minute),
    comments: [fakeComment("gus", "Thanks for spotting it, I fixed it in the docs branch.", minute + 1)],
  };
}

/** A person's issue that looks like the digest (same title, even the marker pasted in). */
export function lookAlike(number: number): StoredThread {
  return {
    owner: "acme",
    repo: "widgets",
    kind: "issue",
    number,
    title: "Common Ground digest",
    opening: fakeComment("hal", "My own list of threads.\n\n<!-- common-ground:digest v1 2026-02-01T00:00:00.000Z -->", 0),
    comments: [],
  };
}
