// GraphQL answers → the normalized Thread model: authors (bot logins without "[bot]",
// deleted users as "ghost"), ids, timestamps, and comment order. Pure functions.
import { ASSOCIATIONS, REVIEW_STATES, type Association, type Author, type Comment, type CommentKind, type ReviewState } from "../thread/model.ts";

/** The fields of the CommentCore fragment, plus the optional ones some types add. */
export interface RawComment {
  id: string;
  body: string;
  createdAt: string;
  updatedAt?: string | null;
  author: { __typename: string; login: string } | null;
  authorAssociation: string;
  viewerDidAuthor: boolean;
  url?: string | null;
  fullDatabaseId?: string | number | null;
  databaseId?: number | null;
  publishedAt?: string | null;
}

export interface RawReview extends RawComment {
  state: string;
  submittedAt?: string | null;
}

export interface RawDiscussionComment extends RawComment {
  deletedAt?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  pageInfo: PageInfo;
  nodes: Array<T | null> | null;
}




/** The login GitHub's GraphQL uses: no "[bot]" suffix (REST adds it). */
export function normalizeLogin(login: string): string {
  return login.replace(/\[bot\]$/i, "");
}

export function toAssociation(value: string | null | undefined): Association {
  return ASSOCIATIONS.find((a) => a === value) ?? "NONE";
}

export function toAuthor(author: RawComment["author"], association: string | null | undefined): Author {
  if (!author) return { login: "ghost", isBot: false, association: toAssociation(association) };
  return {
    login: normalizeLogin(author.login),
    isBot: author.__typename === "Bot",
    association: toAssociation(association),
  };
}

/** fullDatabaseId (a BigInt, sent as a string) or databaseId, as a safe JS number. */
export function toDatabaseId(raw: Pick<RawComment, "fullDatabaseId" | "databaseId">): number | undefined {
  const value = raw.fullDatabaseId ?? raw.databaseId;
  if (value === null || value === undefined) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export function toReviewState(state: string): ReviewState {
  return REVIEW_STATES.find((s) => s === state) ?? "COMMENTED";
}

/**
 * One authored item as a Comment. `createdAt` is when it became visible: a review's
 * submittedAt and an inline comment's publishedAt (both drafted earlier in a pending review).
 */
export function toComment(raw: RawComment, kind: CommentKind, extra: Partial<Comment> = {}): Comment {
  const comment: Comment = {
    id: raw.id,
    kind,
    author: toAuthor(raw.author, raw.authorAssociation),
    body: raw.body ?? "",
    createdAt: raw.publishedAt ?? raw.createdAt,
    viewerDidAuthor: raw.viewerDidAuthor,
  };
  const databaseId = toDatabaseId(raw);
  if (databaseId !== undefined) comment.databaseId = databaseId;
  if (raw.updatedAt) comment.updatedAt = raw.updatedAt;
  if (raw.url) comment.url = raw.url;
  return Object.assign(comment, extra);
}

export function toReview(raw: RawReview): Comment {
  return toComment({ ...raw, publishedAt: raw.submittedAt ?? null }, "review", { reviewState: toReviewState(raw.state) });
}

/**
 * Reviews worth reading as comments: drop empty COMMENTED reviews (they only wrap inline
 * comments, which arrive through review threads) and PENDING ones (drafts); keep APPROVED,
 * CHANGES_REQUESTED and DISMISSED even with an empty body, since the state is the message.
 */
export function isMeaningfulReview(review: Comment): boolean {
  if (review.reviewState === "PENDING") return false;
  if (review.reviewState === "COMMENTED") return review.body.trim() !== "";
  return true;
}

/** Non-null nodes of a connection page. */
export function nodesOf<T>(connection: Connection<T> | null | undefined): T[] {
  return (connection?.nodes ?? []).filter((n): n is T => n !== null && n !== undefined);
}

/** Opening post first, then everything else by createdAt (stable for equal times). */
export function inThreadOrder(opening: Comment, rest: Comment[]): Comment[] {
  const time = (c: Comment) => Date.parse(c.createdAt) || 0;
  return [opening, ...[...rest].sort((a, b) => time(a) - time(b))];
}
