// The normalized Thread model: one shape for a pull request, an issue and a GitHub
// Discussion, whatever API it was loaded from. Everything downstream reads only this.

export type ThreadKind = "issue" | "pull_request" | "discussion";

/** GitHub's CommentAuthorAssociation values. */
export const ASSOCIATIONS = [
  "OWNER",
  "MEMBER",
  "COLLABORATOR",
  "CONTRIBUTOR",
  "FIRST_TIME_CONTRIBUTOR",
  "FIRST_TIMER",
  "MANNEQUIN",
  "NONE",
] as const;
export type Association = (typeof ASSOCIATIONS)[number];

/** The associations of the project's side: owner, member, collaborator. */
const MAINTAINER_ASSOCIATIONS: ReadonlySet<Association | undefined> = new Set<Association>(["OWNER", "MEMBER", "COLLABORATOR"]);

/** True for a writer on the project's side (owner, member or collaborator). */
export function isMaintainer(association: Association | undefined): boolean {
  return MAINTAINER_ASSOCIATIONS.has(association);
}

export interface Author {
  /** Login without any "[bot]" suffix (GraphQL's spelling). "ghost" for deleted users. */
  login: string;
  isBot: boolean;
  association: Association;
}

/** Where in the thread a comment lives. */
export type CommentKind =
  | "body" // the opening post (issue/PR/discussion body)
  | "comment" // a top-level issue/PR conversation comment
  | "review" // a PR review's summary body (may be empty text with a state)
  | "review_comment" // an inline comment in a PR review thread
  | "discussion_comment" // a top-level discussion comment
  | "discussion_reply"; // a reply under a discussion comment

export const REVIEW_STATES = ["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED", "PENDING"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface Comment {
  /** Stable id: the GraphQL node id when loaded from GitHub, synthetic ("c1", "c2"…) otherwise. */
  id: string;
  /** REST numeric id, when known (needed to edit issue comments through REST). */
  databaseId?: number;
  kind: CommentKind;
  author: Author;
  /** Raw Markdown as written. */
  body: string;
  /** ISO-8601 timestamps. */
  createdAt: string;
  updatedAt?: string;
  url?: string;
  /** The comment this one replies to (review-thread root or discussion parent), by id. */
  replyTo?: string;
  /** The PR review thread this inline comment belongs to, by id. */
  reviewThreadId?: string;
  /** For kind "review": the review's state. */
  reviewState?: ReviewState;
  /** True when the authenticated app wrote it (GraphQL viewerDidAuthor). */
  viewerDidAuthor?: boolean;
}

export interface ReviewThread {
  id: string;
  isResolved: boolean;
  /** Ids of the comments in this review thread, in order (first = root). */
  commentIds: string[];
  path?: string;
}

export interface Thread {
  kind: ThreadKind;
  repo?: { owner: string; name: string };
  /** Issue/PR/discussion number, when loaded from GitHub. */
  number?: number;
  /** GraphQL node id of the issue/PR/discussion. */
  nodeId?: string;
  title: string;
  url?: string;
  locked?: boolean;
  /** GitHub's state, when loaded from GitHub: "merged" for a merged pull request. */
  state?: "open" | "closed" | "merged";
  /** GitHub's reason for the state (issues: COMPLETED, NOT_PLANNED, DUPLICATE, REOPENED; discussions: RESOLVED, OUTDATED, DUPLICATE…). */
  stateReason?: string;
  /** When the thread was closed (or merged), if it is closed now. */
  closedAt?: string;
  labels: string[];
  /** comments[0] is the opening post; the rest in time order (createdAt ascending). */
  comments: Comment[];
  reviewThreads: ReviewThread[];
}
