// A small fake GitHub HTTP server on 127.0.0.1 for end-to-end tests and the load bench. It
// answers the app's GraphQL operations (by operation name, see src/github/graphql) and REST
// routes (src/github REST_ROUTES, installation tokens, config files) from an in-memory thread
// store, records every request, and can inject faults (status codes, retry-after, delays,
// dropped connections). The thread queries carry the config files too (config-answer.ts); an
// owner has a `.github` repository only when `configs` holds a file for it. The threads use
// the shapes of test/app/fake-repo.ts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FakeComment, FakeThread } from "../app/fake-repo.ts";
import { threadAnswer } from "./config-answer.ts";
import { commentNode, subjectNode } from "./thread-nodes.ts";
import { digestGraphql, digestRest, type DigestStore, type DigestWrite } from "./fake-digest.ts";

export type { FakeComment, FakeThread };
export const APP_LOGIN = "common-ground";

/** A thread in the store: a fake-repo thread plus the repository it lives in. */
export interface StoredThread extends FakeThread {
  owner: string;
  repo: string;
}

export interface RecordedRequest {
  method: string;
  /** Path without the GHE prefix (/api/v3) and without the query string. */
  path: string;
  /** GraphQL operation name, for POST /graphql. */
  operation?: string;
  variables?: Record<string, any>;
  body?: any;
  authorization?: string;
  status: number;
  /** When the request arrived (ms since the epoch) and when it was answered. */
  at: number;
  answeredAt?: number;
  /** Set when a fault answered instead of the store. */
  fault?: boolean;
}

export type Write =
  | { op: "create"; thread: string; id: string; body: string }
  | { op: "update"; id: string; body: string }
  | { op: "delete"; id: string }
  | { op: "react"; subjectId: string; content: string }
  | DigestWrite;

export interface Fault {
  /** Which requests: by method, path (regexp), GraphQL operation name. All given must match. */
  method?: string;
  path?: RegExp;
  operation?: string;
  /** Any other condition on the request (e.g. GraphQL variables naming one thread). */
  when?: (request: RecordedRequest) => boolean;
  /** How many matching requests it answers (default 1; Infinity for all). */
  times?: number;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Wait this long before answering (with the fault's status, or normally when no status). */
  delayMs?: number;
  /** Drop the connection without an answer (after delayMs). */
  drop?: boolean;
}

interface ArmedFault extends Fault {
  left: number;
}

const key = (owner: string, repo: string, number: number) => `${owner}/${repo}#${number}`.toLowerCase();

export class FakeGitHubServer {
  readonly requests: RecordedRequest[] = [];
  readonly writes: Write[] = [];
  /** Installation tokens handed out (so tests can check they never reach a log). */
  readonly tokens: string[] = [];
  /** `.github/common-ground.yml` per "owner/repo" (lower case); absent means 404. */
  readonly configs = new Map<string, string>();
  private readonly threads = new Map<string, StoredThread>();
  private readonly faults: ArmedFault[] = [];
  /** Issues and discussions created through the API that search does not find yet (GitHub's index lag). */
  readonly unindexed = new Set<string>();
  private server?: Server;
  private nextId = 50_000;
  private clock = Date.parse("2026-03-01T10:00:00Z");
  port = 0;

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  add(thread: StoredThread): StoredThread {
    this.threads.set(key(thread.owner, thread.repo, thread.number), thread);
    return thread;
  }

  thread(owner: string, repo: string, number: number): StoredThread | undefined {
    return this.threads.get(key(owner, repo, number));
  }

  /** Forget a thread (as if deleted on GitHub). */
  remove(owner: string, repo: string, number: number): void {
    this.threads.delete(key(owner, repo, number));
  }

  /** The app's own comments on a thread, as GitHub would list them now. */
  ours(thread: StoredThread): FakeComment[] {
    return thread.comments.filter((c) => c.viewerDidAuthor);
  }

  /** Answer the next matching request(s) with a fault instead of the store. */
  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** Search catches up with every page created so far. */
  indexSearch(): void {
    this.unindexed.clear();
  }

  /** The digest routes' view of the store (fake-digest.ts). */
  private get digestStore(): DigestStore {
    return {
      all: () => [...this.threads.values()],
      add: (t) => this.add(t),
      tick: () => this.tick(),
      newId: () => this.nextId++,
      record: (w) => this.writes.push(w),
      config: (owner, repo) => this.configs.get(`${owner}/${repo}`.toLowerCase()),
      configRepos: () => [...this.configs.keys()],
      unindexed: this.unindexed,
    };
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Forget recorded requests and writes (the store is kept). */
  resetLog(): void {
    this.requests.length = 0;
    this.writes.length = 0;
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  // --- HTTP plumbing -------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: any;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const url = new URL(req.url ?? "/", "http://fake");
    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, "").replace(/^\/api\/graphql$/, "/graphql");
    const method = req.method ?? "GET";
    const operation = path === "/graphql" && typeof body?.query === "string" ? operationName(body.query) : undefined;
    const record: RecordedRequest = { method, path, operation, variables: body?.variables, body, authorization: req.headers.authorization, status: 0, at: Date.now() };
    this.requests.push(record);

    const fault = this.takeFault(record);
    if (fault) {
      record.fault = true;
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.drop) {
        record.status = -1;
        req.socket.destroy();
        return;
      }
      if (fault.status !== undefined) {
        record.status = fault.status;
        return send(res, fault.status, fault.body ?? { message: `fake fault ${fault.status}` }, fault.headers, record);
      }
    }
    let answer: [number, unknown];
    try {
      answer = this.route(method, path, body, operation);
    } catch (err) {
      answer = [500, { message: `fake GitHub: ${err instanceof Error ? err.message : String(err)}` }];
    }
    record.status = answer[0];
    send(res, answer[0], answer[1], {}, record);
  }

  private takeFault(r: RecordedRequest): ArmedFault | undefined {
    const fault = this.faults.find(
      (f) => f.left > 0 && (!f.method || f.method === r.method) && (!f.path || f.path.test(r.path)) && (!f.operation || f.operation === r.operation) && (!f.when || f.when(r)),
    );
    if (fault) fault.left--;
    return fault;
  }

  private route(method: string, path: string, body: any, operation?: string): [number, unknown] {
    if (method === "POST" && /^\/app\/installations\/\d+\/access_tokens$/.test(path)) {
      const token = `ghs_fake${Math.random().toString(36).slice(2)}${this.tokens.length}`;
      this.tokens.push(token);
      return [201, { token, expires_at: new Date(Date.now() + 3600_000).toISOString(), permissions: {}, repository_selection: "all" }];
    }
    if (method === "POST" && path === "/graphql") return [200, this.graphql(operation ?? "", body.variables ?? {})];
    let m = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(path);
    if (method === "GET" && m) {
      const yaml = decodeURIComponent(m[3]) === ".github/common-ground.yml" ? this.configs.get(`${m[1]}/${m[2]}`.toLowerCase()) : undefined;
      return yaml === undefined ? [404, { message: "Not Found" }] : [200, { type: "file", encoding: "base64", content: Buffer.from(yaml).toString("base64") }];
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path);
    if (method === "POST" && m) {
      const thread = this.thread(m[1], m[2], Number(m[3]));
      if (!thread || thread.kind === "discussion") return [404, { message: "Not Found" }];
      return [201, this.rest(thread, this.create(thread, String(body?.body ?? "")))];
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(path);
    if (m && (method === "PATCH" || method === "DELETE")) {
      const hit = this.find((c) => c.databaseId === Number(m![3]));
      if (!hit || hit.thread.owner.toLowerCase() !== m[1].toLowerCase() || hit.thread.repo.toLowerCase() !== m[2].toLowerCase()) return [404, { message: "Not Found" }];
      if (!hit.comment.viewerDidAuthor) return [403, { message: "Resource not accessible by integration" }];
      if (method === "DELETE") {
        this.delete(hit.thread, hit.comment);
        return [204, undefined];
      }
      this.update(hit.comment, String(body?.body ?? ""));
      return [200, this.rest(hit.thread, hit.comment)];
    }
    const digest = digestRest(this.digestStore, method, path, body);
    if (digest) return digest;
    return [404, { message: `Not Found (fake GitHub has no route ${method} ${path})` }];
  }

  // --- GraphQL -------------------------------------------------------------------------

  private graphql(operation: string, v: Record<string, any>): unknown {
    const field = ({ IssueThread: "issue", PullRequestThread: "pullRequest", DiscussionThread: "discussion" } as Record<string, string>)[operation];
    if (field) {
      const t = this.thread(v.owner, v.name, v.number);
      const wanted = field === "issue" ? "issue" : field === "pullRequest" ? "pull_request" : "discussion";
      const org = this.configs.get(`${v.owner}/.github`.toLowerCase());
      const files = { repo: this.configs.get(`${v.owner}/${v.name}`.toLowerCase()), org, orgRepo: org === undefined ? ("missing" as const) : ("present" as const) };
      if (!t || t.kind !== wanted) {
        const missing = notFound(["repository", field], `Could not resolve to a ${field} with the number of ${v.number}.`).errors;
        return threadAnswer(field, null, files, v.owner, missing);
      }
      return threadAnswer(field, this.subject(t), files, v.owner);
    }
    if (operation === "AddReaction") {
      const hit = this.find((c) => c.id === v.subjectId) ?? this.findOpening(v.subjectId);
      if (!hit) return notFound(["addReaction"], `Could not resolve to a node with the global id of '${v.subjectId}'`);
      this.writes.push({ op: "react", subjectId: v.subjectId, content: v.content });
      return { data: { addReaction: { reaction: { content: v.content } } } };
    }
    if (operation === "AddDiscussionComment") {
      const thread = [...this.threads.values()].find((t) => nodeId(t) === v.discussionId && t.kind === "discussion");
      if (!thread) return notFound(["addDiscussionComment"], `Could not resolve to a node with the global id of '${v.discussionId}'`);
      const c = this.create(thread, v.body);
      return { data: { addDiscussionComment: { comment: { ...commentNode(c, thread, thread), deletedAt: null } } } };
    }
    const mutation = /^(Update|Delete)(Discussion|Issue)Comment$/.exec(operation);
    if (mutation) {
      const id = v.commentId ?? v.id;
      const hit = this.find((c) => c.id === id);
      const name = `${mutation[1].toLowerCase()}${mutation[2]}Comment`;
      if (!hit) return notFound([name], `Could not resolve to a node with the global id of '${id}'`);
      if (!hit.comment.viewerDidAuthor) return { data: { [name]: null }, errors: [{ type: "FORBIDDEN", path: [name], message: "Resource not accessible by integration" }] };
      if (mutation[1] === "Update") this.update(hit.comment, v.body);
      else this.delete(hit.thread, hit.comment);
      return { data: { [name]: { comment: { id } } } };
    }
    const digest = digestGraphql(this.digestStore, operation, v);
    if (digest !== undefined) return digest;
    return { data: null, errors: [{ message: `fake GitHub cannot answer ${operation || "(anonymous)"}` }] };
  }

  private subject(t: StoredThread): Record<string, unknown> {
    return subjectNode(t, t, nodeId(t));
  }

  // --- the store -----------------------------------------------------------------------

  private find(pred: (c: FakeComment) => boolean): { thread: StoredThread; comment: FakeComment } | undefined {
    for (const thread of this.threads.values()) {
      const all = [...thread.comments, ...(thread.reviews ?? []), ...(thread.reviewThreads ?? []).flatMap((rt) => rt.comments)];
      const comment = all.find(pred);
      if (comment) return { thread, comment };
    }
    return undefined;
  }

  private findOpening(id: string): { thread: StoredThread; comment: FakeComment } | undefined {
    for (const thread of this.threads.values()) if (thread.opening.id === id || nodeId(thread) === id) return { thread, comment: thread.opening };
    return undefined;
  }

  private create(thread: StoredThread, body: string): FakeComment {
    const n = this.nextId++;
    const c: FakeComment = { id: `IC_${n}`, databaseId: n, body, login: APP_LOGIN, isBot: true, association: "NONE", viewerDidAuthor: true, createdAt: this.tick() };
    thread.comments.push(c);
    this.writes.push({ op: "create", thread: key(thread.owner, thread.repo, thread.number), id: c.id, body });
    return c;
  }

  private update(c: FakeComment, body: string): void {
    c.body = body;
    c.updatedAt = this.tick();
    this.writes.push({ op: "update", id: c.id, body });
  }

  private delete(thread: StoredThread, c: FakeComment): void {
    thread.comments = thread.comments.filter((x) => x !== c);
    this.writes.push({ op: "delete", id: c.id });
  }

  private rest(t: StoredThread, c: FakeComment) {
    return {
      id: c.databaseId,
      node_id: c.id,
      body: c.body,
      html_url: `https://github.com/${t.owner}/${t.repo}/issues/${t.number}#issuecomment-${c.databaseId}`,
      created_at: c.createdAt,
      updated_at: c.updatedAt ?? c.createdAt,
      user: { login: `${APP_LOGIN}[bot]`, type: "Bot" },
      author_association: "NONE",
    };
  }
}

/** The GraphQL node id the fake gives a thread. */
export function nodeId(t: StoredThread): string {
  return `T_${t.owner}_${t.repo}_${t.number}`;
}

export function operationName(query: string): string {
  return /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? "";
}

function notFound(path: string[], message: string) {
  return { data: null, errors: [{ type: "NOT_FOUND", path, locations: [{ line: 1, column: 1 }], message }] };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, record?: RecordedRequest): void {
  if (record) record.answeredAt = Date.now();
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "x-github-request-id": "FAKE", ...headers });
  res.end(text);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `check()` is true (polling), or throws after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 20_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}
