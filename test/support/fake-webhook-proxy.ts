// A loopback stand-in for smee.io, the webhook proxy Probot's smee-client connects to. It speaks
// the same protocol: `GET /<channel>` with `Accept: text/event-stream` opens a Server-Sent Events
// stream that starts with an `event: ready` message; every `POST /<channel>` (what GitHub sends
// to the App's webhook URL) is relayed to the channel's streams as one unnamed message whose
// `data` is a JSON object of the request's headers plus `body` (the parsed JSON), `query` and
// `timestamp`. `/new` redirects to a fresh channel on the host it was asked for. Subscriptions are
// counted, so a test can wait for a client to connect, or check that none ever did. With `tls`
// it serves HTTPS (to stand in for https://smee.io itself, behind connect-proxy.ts).
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";

export class FakeWebhookProxy {
  #protocol: "http" | "https";
  #server: Server;
  #streams = new Map<string, Set<ServerResponse>>();
  #messageId = 0;
  /** Every event-stream subscription ever opened, by channel name. */
  readonly subscriptions = new Map<string, number>();
  base = "";

  constructor(options: { tls?: { key: string; cert: string } } = {}) {
    const handler = (req: IncomingMessage, res: ServerResponse) => void this.#handle(req, res);
    this.#protocol = options.tls ? "https" : "http";
    this.#server = options.tls ? createTlsServer(options.tls, handler) : createServer(handler);
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    this.base = `${this.#protocol}://127.0.0.1:${this.port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const streams of this.#streams.values()) for (const res of streams) res.end();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** The URL of a new channel on `base` (what smee.io's /new redirects to). */
  channel(base = this.base): string {
    return `${base}/${randomBytes(12).toString("base64url")}`;
  }

  /** How many clients ever subscribed to the channel at `url`. */
  subscribers(url: string): number {
    return this.subscriptions.get(new URL(url).pathname.slice(1)) ?? 0;
  }

  /** Resolves once a client has subscribed to the channel at `url`; throws after `timeoutMs`. */
  async waitForSubscriber(url: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.subscribers(url) === 0) {
      if (Date.now() > deadline) throw new Error(`no client subscribed to ${url} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Relays a webhook to the channel at `url`'s subscribers, as a POST to the channel does. */
  publish(url: string, headers: Record<string, string | string[] | undefined>, body: unknown): void {
    const { pathname, searchParams } = new URL(url);
    const message = { ...headers, body, query: Object.fromEntries(searchParams), timestamp: Date.now() };
    for (const stream of this.#streams.get(pathname.slice(1)) ?? []) this.#send(stream, message);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.base);
    const name = url.pathname.slice(1);
    if (name === "new") {
      res.writeHead(307, { location: this.channel(`${this.#protocol}://${req.headers.host}`) }).end();
      return;
    }
    if (!/^[\w-]+$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    if (req.method === "GET" && req.headers.accept === "text/event-stream") {
      this.#subscribe(name, res);
      return;
    }
    if (req.method === "POST") {
      let text = "";
      for await (const chunk of req) text += chunk;
      this.publish(url.href, req.headers, JSON.parse(text));
      res.writeHead(200).end();
      return;
    }
    res.writeHead(405).end();
  }

  #subscribe(name: string, res: ServerResponse): void {
    res.socket?.setTimeout(0);
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    const streams = this.#streams.get(name) ?? new Set<ServerResponse>();
    this.#streams.set(name, streams);
    streams.add(res);
    this.subscriptions.set(name, (this.subscriptions.get(name) ?? 0) + 1);
    res.on("close", () => streams.delete(res));
    this.#send(res, {}, "ready");
  }

  #send(res: ServerResponse, data: unknown, event?: string): void {
    res.write(`id: ${this.#messageId++}\n${event ? `event: ${event}\n` : ""}data: ${JSON.stringify(data)}\n\n`);
  }
}
