// Serverless entry: an AWS Lambda-style HTTP handler (API Gateway REST or HTTP API, Lambda
// function URLs, and look-alikes). It checks the webhook signature, then hands the event to
// the same Probot app function as the server. It answers with a status code; it never throws.
import { createProbot, type ApplicationFunction, type Probot } from "probot";
import { createLog } from "./logger.ts";
import { eventWhere } from "./http-routes.ts";

/** The parts of an API Gateway / function-URL event we read. Header names may be any case. */
export interface HttpEvent {
  headers?: Record<string, string | undefined> | null;
  body?: string | null;
  isBase64Encoded?: boolean;
}

export interface HttpResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

function answer(statusCode: number, message: string): HttpResult {
  return { statusCode, headers: { "content-type": "application/json" }, body: JSON.stringify({ message }) };
}

/** Lower-case every header name; keep the first non-empty value. */
export function normalizeHeaders(headers: HttpEvent["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const key = name.toLowerCase();
    if (typeof value === "string" && value !== "" && !(key in out)) out[key] = value;
  }
  return out;
}

/** The request body as GitHub sent it (the exact bytes the signature was computed over). */
export function rawBody(event: HttpEvent): string {
  const body = event.body ?? "";
  return event.isBase64Encoded ? Buffer.from(body, "base64").toString("utf8") : body;
}

/**
 * Build a handler around a ready Probot instance (created on first use, then reused while
 * the function stays warm). `getProbot` should already have loaded the app function.
 */
export function createLambdaHandler(getProbot: () => Promise<Probot>): (event: HttpEvent) => Promise<HttpResult> {
  return async (event) => {
    const headers = normalizeHeaders(event?.headers);
    const name = headers["x-github-event"];
    const id = headers["x-github-delivery"];
    const signature = headers["x-hub-signature-256"];
    if (!name || !id) return answer(400, "missing X-GitHub-Event or X-GitHub-Delivery header");
    if (!signature) return answer(401, "missing X-Hub-Signature-256 header");

    let probot: Probot;
    try {
      probot = await getProbot();
    } catch (error) {
      console.error(JSON.stringify({ level: "error", msg: "cannot start the app", err: String((error as Error)?.message ?? error) }));
      return answer(500, "the app is not configured; see the function's logs");
    }

    const payload = rawBody(event);
    const log = probot.log.child({ id, event: name });
    try {
      if (!(await probot.webhooks.verify(payload, signature))) return answer(401, "signature does not match");
    } catch {
      return answer(401, "signature does not match");
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch {
      return answer(400, "body is not JSON");
    }
    const action = (parsed as { action?: unknown })?.action;
    log.info({ action: typeof action === "string" ? action : undefined, ...eventWhere(parsed) }, "webhook event received");
    try {
      // Signature already checked above (so a mismatch is a clear 401): this is the second
      // half of webhooks.verifyAndReceive, which runs the app's handlers for the event.
      await probot.webhooks.receive({ id, name, payload: parsed } as Parameters<Probot["webhooks"]["receive"]>[0]);
      return answer(200, "ok");
    } catch (error) {
      // The app's own error handler has logged the details; GitHub will show a failed delivery.
      log.warn({ err: error }, "webhook handling failed");
      return answer(500, "the app failed to handle this event");
    }
  };
}

/** Probot configured from the environment (APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, …), with `appFn` loaded. */
export async function probotFromEnv(appFn: ApplicationFunction, env: NodeJS.ProcessEnv = process.env): Promise<Probot> {
  if (!env.WEBHOOK_SECRET) throw new Error("WEBHOOK_SECRET is not set");
  if (!env.APP_ID) throw new Error("APP_ID is not set");
  const probot = createProbot({ env, overrides: { log: await createLog(env) } }); // redacting logger
  await probot.ready();
  await probot.load(appFn, { cwd: process.cwd(), addHandler: () => {} });
  return probot;
}

let ready: Promise<Probot> | undefined;

/** Start the app once per warm container; a failed start is not kept, so the next call retries. */
function startApp(): Promise<Probot> {
  if (!ready) {
    const starting = import("./index.ts").then(({ default: app }) => probotFromEnv(app));
    ready = starting;
    starting.catch(() => {
      if (ready === starting) ready = undefined;
    });
  }
  return ready;
}

/** The function's handler (configure the runtime to call `handler` in this module's bundle). */
export const handler: (event: HttpEvent) => Promise<HttpResult> = createLambdaHandler(startApp);
