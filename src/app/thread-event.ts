// Turns a webhook payload into what the handler needs: which thread (ThreadRef), the comment
// that woke the app (for commands), whether the author is a bot and whether the thread is
// locked — without any API call.
import type { ThreadRef } from "../github/index.ts";
import { ASSOCIATIONS, type Association } from "../thread/model.ts";

interface PayloadUser {
  login: string;
  type?: string;
}

interface PayloadComment {
  id?: number;
  node_id: string;
  body?: string | null;
  user: PayloadUser | null;
  author_association?: string;
}

interface PayloadThread {
  number: number;
  locked?: boolean;
  pull_request?: unknown;
}

/** The webhook payload fields we read (all event kinds together). */
export interface ThreadPayload {
  repository: { name: string; owner: { login: string } };
  sender?: PayloadUser;
  issue?: PayloadThread;
  pull_request?: PayloadThread;
  discussion?: PayloadThread & PayloadComment;
  comment?: PayloadComment;
  review?: PayloadComment;
}

export interface EventComment {
  /** The payload's node id; the handler swaps in the loaded thread's id for the same comment. */
  id: string;
  /** The REST id, which identifies the comment in the loaded thread whatever format its node id has. */
  databaseId?: number;
  body: string;
  author: { login: string; association: Association; isBot: boolean };
}

export interface ThreadEvent {
  /** e.g. "issue_comment.edited". */
  name: string;
  ref: ThreadRef;
  comment?: EventComment;
  senderIsBot: boolean;
  locked: boolean;
}


const isBot = (user: PayloadUser | null | undefined) => user?.type === "Bot" || /\[bot\]$/i.test(user?.login ?? "");

function eventComment(c: PayloadComment | undefined): EventComment | undefined {
  if (!c) return undefined;
  const association = (ASSOCIATIONS as readonly string[]).includes(c.author_association ?? "") ? (c.author_association as Association) : "NONE";
  return {
    id: c.node_id,
    databaseId: typeof c.id === "number" ? c.id : undefined,
    body: c.body ?? "",
    author: { login: (c.user?.login ?? "ghost").replace(/\[bot\]$/i, ""), association, isBot: isBot(c.user) },
  };
}

/** The thread event of a payload, or null when the payload is about no thread we handle. */
export function threadEventFrom(name: string, payload: ThreadPayload): ThreadEvent | null {
  const owner = payload.repository.owner.login;
  const repo = payload.repository.name;
  const senderIsBot = isBot(payload.sender);
  const family = name.split(".")[0];
  if (family === "issue_comment" && payload.issue) {
    const kind = payload.issue.pull_request ? "pull_request" : "issue";
    return { name, ref: { kind, owner, repo, number: payload.issue.number }, comment: eventComment(payload.comment), senderIsBot, locked: Boolean(payload.issue.locked) };
  }
  if (family.startsWith("pull_request_review") && payload.pull_request) {
    const source = family === "pull_request_review" ? payload.review : family === "pull_request_review_comment" ? payload.comment : undefined;
    return {
      name,
      ref: { kind: "pull_request", owner, repo, number: payload.pull_request.number },
      comment: eventComment(source),
      senderIsBot,
      locked: Boolean(payload.pull_request.locked),
    };
  }
  if ((family === "discussion" || family === "discussion_comment") && payload.discussion) {
    const source = family === "discussion" ? payload.discussion : payload.comment;
    return {
      name,
      ref: { kind: "discussion", owner, repo, number: payload.discussion.number },
      comment: eventComment(source),
      senderIsBot,
      locked: Boolean(payload.discussion.locked),
    };
  }
  return null;
}
