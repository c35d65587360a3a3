// The serverless handler, fed API Gateway-style events: signed, wrongly signed, base64,
// odd header case. GitHub (installation token and GraphQL) is answered by nock.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import nock from "nock";
import type { ApplicationFunction } from "probot";
import { createLambdaHandler, normalizeHeaders, probotFromEnv, rawBody, type HttpEvent } from "../../src/lambda.ts";
import { APP_ID, quietProbot, sign } from "./github-app.ts";
import { examplePayload } from "./payloads.ts";

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

/** Stand-in for the coaching app: it records the event and loads the thread through GraphQL. */
function recordingApp(seen: string[]): ApplicationFunction {
  return (app) => {
    app.on("issue_comment.created", async (context) => {
      seen.push(`${context.name}:${context.payload.issue.number}`);
      await context.octokit.graphql("query { viewer { login } }");
    });
  };
}

function apiGatewayEvent(body: string, headers: Record<string, string>, base64 = false): HttpEvent {
  return { headers, body: base64 ? Buffer.from(body).toString("base64") : body, isBase64Encoded: base64 };
}

describe("lambda handler", () => {
  const payload = examplePayload("issue_comment", "created", { withInstallation: true });
  const body = JSON.stringify(payload);
  const installationId = payload.installation.id;

  it("verifies a signed event and hands it to the app (200)", async () => {
    const seen: string[] = [];
    const handler = createLambdaHandler(() => quietProbot(recordingApp(seen)));
    const github = nock("https://api.github.com")
      .post(`/app/installations/${installationId}/access_tokens`)
      .reply(201, { token: "ghs_installation", expires_at: new Date(Date.now() + 3600_000).toISOString(), permissions: {} })
      .post("/graphql")
      .matchHeader("authorization", "token ghs_installation")
      .reply(200, { data: { viewer: { login: "common-ground" } } });

    const result = await handler(
      apiGatewayEvent(body, { "X-GitHub-Event": "issue_comment", "X-GitHub-Delivery": "d-1", "X-Hub-Signature-256": sign(body) }, true),
    );

    expect(result.statusCode).toBe(200);
    expect(seen).toEqual([`issue_comment:${payload.issue.number}`]);
    expect(github.isDone()).toBe(true);
  });

  it("rejects a wrongly signed event (401) without running the app", async () => {
    const seen: string[] = [];
    const handler = createLambdaHandler(() => quietProbot(recordingApp(seen)));
    const headers = { "x-github-event": "issue_comment", "x-github-delivery": "d-2", "x-hub-signature-256": sign(body, "not-the-secret") };
    expect((await handler(apiGatewayEvent(body, headers))).statusCode).toBe(401);
    const tampered = body.replace(/"created"/, '"deleted"');
    expect((await handler(apiGatewayEvent(tampered, { ...headers, "x-hub-signature-256": sign(body) }))).statusCode).toBe(401);
    expect(seen).toEqual([]);
  });

  it("answers 400 or 401 when headers are missing", async () => {
    const handler = createLambdaHandler(() => quietProbot());
    expect((await handler(apiGatewayEvent(body, { "x-hub-signature-256": sign(body) }))).statusCode).toBe(400);
    expect((await handler(apiGatewayEvent(body, { "x-github-event": "issue_comment", "x-github-delivery": "d-3" }))).statusCode).toBe(401);
    expect((await handler({} as HttpEvent)).statusCode).toBe(400);
  });

  it("answers 400 to a correctly signed body that is not JSON", async () => {
    const handler = createLambdaHandler(() => quietProbot());
    const headers = { "x-github-event": "issue_comment", "x-github-delivery": "d-4", "x-hub-signature-256": sign("not json") };
    expect((await handler(apiGatewayEvent("not json", headers))).statusCode).toBe(400);
  });

  it("answers 500, not a throw, when the app fails or cannot start", async () => {
    const failing: ApplicationFunction = (app) => {
      app.on("issue_comment", async () => {
        throw new Error("boom");
      });
    };
    const headers = { "x-github-event": "issue_comment", "x-github-delivery": "d-5", "x-hub-signature-256": sign(body) };
    expect((await createLambdaHandler(() => quietProbot(failing))(apiGatewayEvent(body, headers))).statusCode).toBe(500);
    const broken = createLambdaHandler(() => Promise.reject(new Error("no key")));
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      expect((await broken(apiGatewayEvent(body, headers))).statusCode).toBe(500);
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
});

describe("lambda helpers", () => {
  it("reads headers in any case and decodes base64 bodies", () => {
    expect(normalizeHeaders({ "X-GitHub-Event": "ping", "content-type": "application/json" })).toEqual({
      "x-github-event": "ping",
      "content-type": "application/json",
    });
    expect(rawBody({ body: Buffer.from('{"a":"é"}').toString("base64"), isBase64Encoded: true })).toBe('{"a":"é"}');
    expect(rawBody({ body: null })).toBe("");
  });

  it("refuses to start without a webhook secret (no silent 'development' secret)", async () => {
    await expect(probotFromEnv(() => {}, { APP_ID: String(APP_ID) })).rejects.toThrow(/WEBHOOK_SECRET/);
  });
});
