// A stateful fake of the parts of GitHub the app uses, served with nock: the thread queries
// (GraphQL, with the config file in them), issue-comment writes (REST), discussion-comment
// writes and reactions (GraphQL), and the config files over REST (what context.config reads
// for a file with `_extends`). Every write is recorded so tests can check exactly what was sent.
import nock from "nock";
import { threadAnswer, type ConfigFiles } from "../support/config-answer.ts";
import { commentNode, subjectNode } from "../support/thread-nodes.ts";

export const API = "https://api.github.com";
export const OWNER = "acme";
export const REPO = "widgets";
const APP_LOGIN = "common-ground";

export interface FakeComment {
  id: string;
  databaseId: number;
  body: string;
  login: string;
  isBot?: boolean;
  association?: string;
  viewerDidAuthor?: boolean;
  createdAt: string;
  updatedAt?: string;
  reviewState?: string;
}

export interface FakeThread {
  kind: "issue" | "pull_request" | "discussion";
  number: number;
  title: string;
  locked?: boolean;
  /** Set when the thread is closed (or merged). */
  closedAt?: string;
  labels?: string[];
  opening: FakeComment;
  comments: FakeComment[];
  reviews?: FakeComment[];
  reviewThreads?: { id: string; isResolved: boolean; comments: FakeComment[] }[];
}

export type Write =
  | { op: "create"; thread: number; body: string }
  | { op: "update"; id: string; body: string }
  | { op: "delete"; id: string }
  | { op: "react"; subjectId: string; content: string };

export class FakeRepo {
  readonly threads = new Map<number, FakeThread>();
  readonly writes: Write[] = [];
  /** Thread loads served (one per handled event). */
  loads = 0;
  /** When set, comment creation answers with this HTTP status (e.g. 403 for a secondary rate limit). */
  failCreate?: number;
  /** YAML of .github/common-ground.yml, or undefined for "no file". */
  config?: string;
  /** YAML of the owner's `.github` repository's .github/common-ground.yml, or undefined for "no file". */
  orgConfig?: string;
  /** Whether the owner's `.github` repository is there for the token (see ConfigFiles). */
  orgRepo?: ConfigFiles["orgRepo"];
  /** More files served over REST only, by "owner/repo/path" (targets of `_extends`). */
  readonly restFiles = new Map<string, string>();
  /** Config files read over REST (context.config), as "owner/repo/path". */
  readonly restConfigReads: string[] = [];
  private nextId = 9000;
  private clock = Date.parse("2026-03-01T10:00:00Z");

  add(thread: FakeThread): FakeThread {
    this.threads.set(thread.number, thread);
    return thread;
  }

  /** The app's coaching comments on a thread, as GitHub would list them now. */
  ours(number: number): FakeComment[] {
    return this.threads.get(number)!.comments.filter((c) => c.viewerDidAuthor);
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  private create(number: number, body: string): FakeComment {
    const id = this.nextId++;
    const c: FakeComment = { id: `IC_${id}`, databaseId: id, body, login: APP_LOGIN, isBot: true, association: "NONE", viewerDidAuthor: true, createdAt: this.tick() };
    this.threads.get(number)!.comments.push(c);
    this.writes.push({ op: "create", thread: number, body });
    return c;
  }

  private find(pred: (c: FakeComment) => boolean): { thread: FakeThread; comment: FakeComment } | undefined {
    for (const thread of this.threads.values()) {
      const comment = thread.comments.find(pred);
      if (comment) return { thread, comment };
    }
    return undefined;
  }

  private graphql(query: string, variables: Record<string, any>): unknown {
    const op = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
    if (op === "IssueThread" || op === "PullRequestThread" || op === "DiscussionThread") {
      this.loads++;
      const t = this.threads.get(variables.number);
      const field = op === "IssueThread" ? "issue" : op === "PullRequestThread" ? "pullRequest" : "discussion";
      const files: ConfigFiles = { repo: this.config, org: this.orgConfig, orgRepo: this.orgRepo };
      if (!t) return threadAnswer(field, null, files, OWNER, [{ type: "NOT_FOUND", path: ["repository", field], message: "Could not resolve" }]);
      const subject = subjectNode(t, { owner: OWNER, repo: REPO }, `T_${t.number}`);
      return threadAnswer(field, subject, files, OWNER);
    }
    if (op === "AddReaction") {
      this.writes.push({ op: "react", subjectId: variables.subjectId, content: variables.content });
      return { data: { addReaction: { reaction: { content: variables.content } } } };
    }
    if (op === "AddDiscussionComment") {
      const number = Number(String(variables.discussionId).replace("T_", ""));
      const c = this.create(number, variables.body);
      return { data: { addDiscussionComment: { comment: { ...commentNode(c, this.threads.get(number)!, { owner: OWNER, repo: REPO }), deletedAt: null } } } };
    }
    if (op === "UpdateDiscussionComment" || op === "UpdateIssueComment") {
      const id = variables.commentId ?? variables.id;
      return this.update(id, variables.body) ? { data: { x: { comment: { id } } } } : { data: null, errors: [{ type: "NOT_FOUND", message: "gone" }] };
    }
    if (op === "DeleteDiscussionComment" || op === "DeleteIssueComment") {
      return this.remove(variables.id) ? { data: { x: { comment: { id: variables.id } } } } : { data: null, errors: [{ type: "NOT_FOUND", message: "gone" }] };
    }
    throw new Error(`fake GitHub has no answer for ${op}`);
  }

  private update(id: string, body: string): boolean {
    const hit = this.find((c) => c.id === id);
    if (!hit) return false;
    hit.comment.body = body;
    hit.comment.updatedAt = this.tick();
    this.writes.push({ op: "update", id, body });
    return true;
  }

  private remove(id: string): boolean {
    const hit = this.find((c) => c.id === id);
    if (!hit) return false;
    hit.thread.comments = hit.thread.comments.filter((c) => c !== hit.comment);
    this.writes.push({ op: "delete", id });
    return true;
  }

  private rest(c: FakeComment) {
    return {
      id: c.databaseId,
      node_id: c.id,
      body: c.body,
      html_url: `https://github.com/${OWNER}/${REPO}/issues/1#issuecomment-${c.databaseId}`,
      created_at: c.createdAt,
      updated_at: c.updatedAt ?? c.createdAt,
      user: { login: `${APP_LOGIN}[bot]`, type: "Bot" },
      author_association: "NONE",
    };
  }

  /** Start answering requests (nock interceptors, persistent until nock.cleanAll()). */
  serve(): this {
    const scope = nock(API).persist();
    scope.post("/graphql").reply(200, (_uri, body) => {
      const { query, variables } = body as { query: string; variables?: Record<string, any> };
      return this.graphql(query, variables ?? {}) as nock.Body;
    });
    scope.get(/\/contents\//).reply((uri) => {
      const m = /^\/repos\/([^/]+)\/([^/]+)\/contents\/([^?]+)/.exec(uri)!;
      const where = `${m[1]}/${m[2]}/${decodeURIComponent(m[3])}`;
      this.restConfigReads.push(where);
      const text =
        where === `${OWNER}/${REPO}/.github/common-ground.yml` ? this.config : where === `${OWNER}/.github/.github/common-ground.yml` && this.orgRepo !== "missing" ? this.orgConfig : this.restFiles.get(where);
      return text === undefined ? [404, { message: "Not Found" }] : [200, text];
    });
    scope.post(new RegExp(`^/repos/${OWNER}/${REPO}/issues/\\d+/comments$`)).reply((uri, body) => {
      if (this.failCreate) return [this.failCreate, { message: "You have exceeded a secondary rate limit." }];
      const number = Number(/issues\/(\d+)\/comments/.exec(uri)![1]);
      return [201, this.rest(this.create(number, (body as { body: string }).body))];
    });
    scope.patch(/\/issues\/comments\/\d+$/).reply((uri, body) => {
      const databaseId = Number(/comments\/(\d+)$/.exec(uri)![1]);
      const hit = this.find((c) => c.databaseId === databaseId);
      if (!hit || !this.update(hit.comment.id, (body as { body: string }).body)) return [404, { message: "Not Found" }];
      return [200, this.rest(hit.comment)];
    });
    scope.delete(/\/issues\/comments\/\d+$/).reply((uri) => {
      const databaseId = Number(/comments\/(\d+)$/.exec(uri)![1]);
      const hit = this.find((c) => c.databaseId === databaseId);
      return hit && this.remove(hit.comment.id) ? [204] : [404, { message: "Not Found" }];
    });
    return this;
  }
}

/** A human comment in a fake thread. */
export function human(n: number, body: string, login = `user${n}`, association = "CONTRIBUTOR"): FakeComment {
  return { id: `IC_${n}`, databaseId: n, body, login, association, createdAt: new Date(Date.parse("2026-03-01T09:00:00Z") + n * 60_000).toISOString() };
}
