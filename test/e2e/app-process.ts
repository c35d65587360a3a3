// End-to-end harness: the fake GitHub server on loopback, the app started as a real process
// the way the README says (`npm start` = node --import tsx src/main.ts, with APP_ID,
// PRIVATE_KEY, WEBHOOK_SECRET, GHE_HOST, GHE_PROTOCOL, PORT), and signed webhook delivery.
import { createHmac, randomUUID } from "node:crypto";
import { FakeGitHubServer, type FakeComment, type StoredThread } from "../support/fake-github-server.ts";
import { rsaPrivateKey, startServer, waitUntilServing, type ServerProcess } from "../server/server-process.ts";

export const WEBHOOK_SECRET = "e2e-webhook-secret-5b9d2f";
export const INSTALLATION_ID = 4242;

export interface RunningApp {
  github: FakeGitHubServer;
  server: ServerProcess;
  privateKey: string;
  /** POST a webhook signed with the app's secret (or `signature` when given; null = no header). */
  send: Send;
  stop: () => Promise<void>;
}

export function sign(body: string, secret = WEBHOOK_SECRET): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export type Send = (event: string, payload: unknown, options?: { id?: string; signature?: string | null }) => Promise<Response>;

/** The headers GitHub sends with a delivery of `body`, signed with the app's secret (or `signature`; null = none). */
export function deliveryHeaders(event: string, body: string, options: { id?: string; signature?: string | null } = {}): Record<string, string> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-github-event": event,
    "x-github-delivery": options.id ?? randomUUID(),
  };
  const signature = options.signature === undefined ? sign(body) : options.signature;
  if (signature !== null) headers["x-hub-signature-256"] = signature;
  return headers;
}

/** POSTs signed webhooks to the server at `base`. */
export function webhookSender(base: string): Send {
  return async (event, payload, options = {}) => {
    const body = JSON.stringify(payload);
    return fetch(`${base}/api/github/webhooks`, { method: "POST", headers: deliveryHeaders(event, body, options), body });
  };
}

/** Start the server (`npm start`'s command unless `command` says otherwise) against `github`. */
export async function startServerFor(github: FakeGitHubServer, privateKey: string, env: Record<string, string> = {}, command?: string[]): Promise<ServerProcess> {
  const server = await startServer({
    APP_ID: "12345",
    PRIVATE_KEY: privateKey,
    WEBHOOK_SECRET,
    GHE_HOST: github.host,
    GHE_PROTOCOL: "http",
    LOG_LEVEL: "debug",
    LOG_FORMAT: "json",
    ...env,
  }, command);
  await waitUntilServing(server);
  return server;
}

/** Start the fake GitHub and the server (`npm start`'s command unless `command` says otherwise). */
export async function startApp(env: Record<string, string> = {}, command?: string[]): Promise<RunningApp> {
  const github = await new FakeGitHubServer().start();
  const privateKey = rsaPrivateKey();
  const server = await startServerFor(github, privateKey, env, command);
  const stop = async () => {
    await server.stop();
    await github.stop();
  };
  return { github, server, privateKey, send: webhookSender(server.base), stop };
}

let serial = 100;

/** A human comment written `minutesAgo` before now (the app runs on the real clock). */
export function comment(body: string, login: string, minutesAgo: number, association = "CONTRIBUTOR"): FakeComment {
  const n = serial++;
  return { id: `IC_h${n}`, databaseId: n, body, login, association, createdAt: new Date(Date.now() - minutesAgo * 60_000).toISOString() };
}

/** An issue or PR thread in acme/widgets with the given comments (the first one opens it). */
export function thread(kind: StoredThread["kind"], number: number, title: string, comments: FakeComment[]): StoredThread {
  const [opening, ...rest] = comments;
  return { owner: "acme", repo: "widgets", kind, number, title, opening, comments: rest, reviews: [], reviewThreads: [] };
}

/** The log lines of the app process (pino JSON), parsed; non-JSON lines are skipped. */
export function logLines(output: string): Record<string, any>[] {
  return output
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, any>];
      } catch {
        return [];
      }
    });
}
