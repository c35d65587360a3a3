import { describe, expect, it } from "vitest";
import {
  inThreadOrder,
  isMeaningfulReview,
  normalizeLogin,
  toAssociation,
  toAuthor,
  toDatabaseId,
  toReview,
} from "../../src/github/normalize.ts";
import type { Comment } from "../../src/thread/model.ts";

const at = (id: string, createdAt: string, kind: Comment["kind"] = "comment"): Comment => ({
  id,
  kind,
  createdAt,
  body: id,
  author: { login: "a", isBot: false, association: "NONE" },
});

describe("normalize", () => {
  it("bot logins lose the REST '[bot]' suffix so REST and GraphQL spellings compare equal", () => {
    expect(normalizeLogin("common-ground[bot]")).toBe("common-ground");
    expect(normalizeLogin("common-ground")).toBe("common-ground");
    expect(normalizeLogin("robot")).toBe("robot");
  });

  it("authors: Bot type is a bot, a missing author is ghost, unknown associations are NONE", () => {
    expect(toAuthor({ __typename: "Bot", login: "renovate" }, "NONE")).toEqual({ login: "renovate", isBot: true, association: "NONE" });
    expect(toAuthor({ __typename: "User", login: "ann" }, "OWNER")).toEqual({ login: "ann", isBot: false, association: "OWNER" });
    expect(toAuthor(null, "MEMBER")).toEqual({ login: "ghost", isBot: false, association: "MEMBER" });
    expect(toAssociation("SOMETHING_NEW")).toBe("NONE");
  });

  it("database ids: 64-bit strings become numbers while exact, else undefined", () => {
    expect(toDatabaseId({ fullDatabaseId: "3000000000" })).toBe(3_000_000_000);
    expect(toDatabaseId({ fullDatabaseId: null, databaseId: 12 })).toBe(12);
    expect(toDatabaseId({ fullDatabaseId: "9007199254740993" })).toBeUndefined();
    expect(toDatabaseId({})).toBeUndefined();
  });

  it("reviews: the state carries the message, empty COMMENTED wrappers and drafts do not", () => {
    const review = (state: string, body: string) =>
      toReview({
        id: "r",
        body,
        state,
        createdAt: "2026-01-01T00:00:00Z",
        submittedAt: "2026-01-02T00:00:00Z",
        author: null,
        authorAssociation: "NONE",
        viewerDidAuthor: false,
      });
    expect(isMeaningfulReview(review("APPROVED", ""))).toBe(true);
    expect(isMeaningfulReview(review("CHANGES_REQUESTED", ""))).toBe(true);
    expect(isMeaningfulReview(review("DISMISSED", ""))).toBe(true);
    expect(isMeaningfulReview(review("COMMENTED", "  \n"))).toBe(false);
    expect(isMeaningfulReview(review("COMMENTED", "Looks odd"))).toBe(true);
    expect(isMeaningfulReview(review("PENDING", "draft"))).toBe(false);
    expect(review("APPROVED", "").createdAt).toBe("2026-01-02T00:00:00Z");
  });

  it("thread order: opening post first, then by time, equal times keep their order", () => {
    const opening = at("body", "2026-01-05T00:00:00Z", "body");
    const ordered = inThreadOrder(opening, [
      at("c", "2026-01-03T00:00:00Z"),
      at("a", "2026-01-01T00:00:00Z"),
      at("b1", "2026-01-02T00:00:00Z"),
      at("b2", "2026-01-02T00:00:00Z"),
    ]);
    expect(ordered.map((c) => c.id)).toEqual(["body", "a", "b1", "b2", "c"]);
  });
});
