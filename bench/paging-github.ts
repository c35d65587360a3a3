// A fake GitHub on loopback for the API-cost bench: it pages the thread's comments 100 at a
// time the way GitHub's GraphQL API does (test/github/fake-thread-server.ts answers the
// documents, the config file included: the repository's when given, else none and no owner
// `.github` repository), takes the app's comment writes (REST) and GraphQL mutations, answers
// REST config reads the same way, and records every request as a read or a write.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { rawComment, serveThread, subject, type FakeThread } from "../test/github/fake-thread-server.ts";
import type { Thread } from "../src/thread/model.ts";

export interface CountedRequest {
  method: string;
  path: string;
  operation?: string;
  write: boolean;
}

export const APP_LOGIN = "common-ground";
const SUBJECT_ID = "I_bench";

const node = (id: string, minute: number, body: string, login: string, extra: Record<string, unknown> = {}) =>
  rawComment(id, minute, { body, author: { __typename: extra.bot ? "Bot" : "User", login }, viewerDidAuthor: Boolean(extra.bot), fullDatabaseId: String(extra.databaseId ?? 1), databaseId: extra.databaseId ?? 1 });

export class PagingGitHub {
  readonly requests: CountedRequest[] = [];
  private server?: Server;
  private fake: FakeThread;
  private comments: ReturnType<typeof rawComment>[];
  private nextId = 9_000_000;
  private minute: number;
  port = 0;

  /** `configYaml`: the repository's `.github/common-ground.yml`; absent (404 everywhere) when undefined. */
  constructor(private readonly thread: Thread, private readonly configYaml?: string) {
    const [opening, ...rest] = thread.comments;
    this.comments = rest.map((c, i) => node(c.id, i + 1, c.body, c.author.login, { databaseId: c.databaseId ?? i + 1 }));
    this.minute = rest.length + 1;
    this.fake = {
      typename: "Issue",
      subject: { ...subject(SUBJECT_ID, thread.number ?? 1), body: opening?.body ?? "", title: thread.title },
      connections: new Map([[SUBJECT_ID, { comments: this.comments, labels: thread.labels.map((name, i) => ({ id: `L${i}`, name })) }]]),
      config: { repo: configYaml },
    };
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** A person's new comment, as if just posted; returns its ids for the webhook payload. */
  addHumanComment(body: string, login: string): { id: string; databaseId: number } {
    const databaseId = this.nextId++;
    const id = `IC_new_${databaseId}`;
    this.comments.push(node(id, this.minute++, body, login, { databaseId }));
    return { id, databaseId };
  }

  /** Items the thread has now: the opening post and every comment (ours included). */
  itemCount(): number {
    return 1 + this.comments.length;
  }

  resetLog(): void {
    this.requests.length = 0;
  }

  async start(): Promise<this> {
    const answer = serveThread(this.fake);
    this.server = createServer(async (req, res) => {
      let raw = "";
      for await (const chunk of req) raw += chunk;
      const body = raw ? JSON.parse(raw) : undefined;
      const path = (req.url ?? "/").split("?")[0];
      const method = req.method ?? "GET";
      const operation = path === "/graphql" ? /^\s*(?:query|mutation)\s+(\w+)/.exec(body?.query ?? "")?.[1] : undefined;
      const mutation = /^\s*mutation\b/.test(body?.query ?? "");
      this.requests.push({ method, path, operation, write: method !== "GET" && (path !== "/graphql" || mutation) });
      const [status, out] = this.route(method, path, body, operation, mutation, answer);
      res.writeHead(status, { "content-type": "application/json" });
      res.end(out === undefined ? "" : JSON.stringify(out));
    });
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", r));
    this.port = (this.server!.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }

  private route(method: string, path: string, body: any, operation: string | undefined, mutation: boolean, answer: ReturnType<typeof serveThread>): [number, unknown] {
    if (path === "/graphql" && !mutation) return [200, answer({ operation: operation ?? "", query: body.query, variables: body.variables ?? {} })];
    if (path === "/graphql" && operation === "AddReaction") return [200, { data: { addReaction: { reaction: { content: body.variables?.content } } } }];
    if (path === "/graphql") return [200, { data: null, errors: [{ message: `paging fake cannot answer ${operation}` }] }];
    const repo = `/repos/${this.thread.repo?.owner}/${this.thread.repo?.name}/`;
    if (method === "GET" && this.configYaml !== undefined && path.startsWith(repo) && /\/contents\/\.github(%2F|\/)common-ground\.yml$/i.test(path)) {
      return [200, { type: "file", encoding: "base64", name: "common-ground.yml", path: ".github/common-ground.yml", content: Buffer.from(this.configYaml).toString("base64") }];
    }
    if (method === "POST" && /\/issues\/\d+\/comments$/.test(path)) return [201, this.createOurs(String(body?.body ?? ""))];
    const m = /\/issues\/comments\/(\d+)$/.exec(path);
    if (m && method === "PATCH") {
      const c = this.comments.find((x) => x.databaseId === Number(m[1]));
      if (!c) return [404, { message: "Not Found" }];
      c.body = String(body?.body ?? "");
      return [200, this.rest(c)];
    }
    if (m && method === "DELETE") {
      this.comments.splice(this.comments.findIndex((x) => x.databaseId === Number(m[1])), 1);
      return [204, undefined];
    }
    return [404, { message: "Not Found" }];
  }

  private createOurs(text: string) {
    const databaseId = this.nextId++;
    const c = node(`IC_ours_${databaseId}`, this.minute++, text, APP_LOGIN, { bot: true, databaseId });
    this.comments.push(c);
    return this.rest(c);
  }

  private rest(c: ReturnType<typeof rawComment>) {
    const bot = c.viewerDidAuthor === true;
    return { id: c.databaseId, node_id: c.id, body: c.body, html_url: String(c.url), created_at: c.createdAt, updated_at: c.updatedAt, user: { login: bot ? `${APP_LOGIN}[bot]` : "someone", type: bot ? "Bot" : "User" }, author_association: bot ? "NONE" : "CONTRIBUTOR" };
  }
}
