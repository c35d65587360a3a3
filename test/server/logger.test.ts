// The redaction paths of the root logger (src/logger.ts) on the shapes Probot and the app log:
// a failed event (Error and AggregateError carrying the event), an Octokit request error, a
// GraphQL error's data, Probot's debug line per GitHub request and per received webhook.
import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { REDACTED, REDACTED_PATHS } from "../../src/logger.ts";

function capture(): { log: pino.Logger; text: () => string } {
  const chunks: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => void (chunks.push(String(chunk)), done()) });
  const log = pino({ level: "debug", redact: { paths: [...REDACTED_PATHS], censor: REDACTED } }, sink);
  return { log, text: () => chunks.join("") };
}

const SECRET = "Quokka whispers to the moon";

describe("logger redaction", () => {
  it("keeps every title and body out of the log, and says it redacted them", () => {
    const { log, text } = capture();
    const event = { id: "d1", name: "issue_comment", payload: { issue: { title: SECRET, body: SECRET }, comment: { body: SECRET } } };
    const failed = Object.assign(new Error("boom"), { event });
    log.child({ name: "event", id: "d1" }).error(failed);
    log.error(Object.assign(new AggregateError([failed], "boom"), { event }));
    const requestError = Object.assign(new Error("HTTP 500"), {
      request: { method: "POST", url: "https://x/comments", body: SECRET },
      response: { status: 500, data: { message: SECRET } },
    });
    log.error({ err: requestError }, "coaching failed");
    log.error({ err: Object.assign(new Error("GraphQL"), { data: { node: { body: SECRET } }, request: { variables: { body: SECRET } } }) }, "graphql failed");
    log.debug({ body: SECRET }, "GitHub request: POST /comments - 201");
    log.debug({ query: "mutation { x }", variables: { body: SECRET, id: "IC_1" } }, "GitHub request: POST /graphql - 200");
    log.debug({ event }, "Webhook received");
    const out = text();
    expect(out).not.toContain("Quokka");
    expect(out.split(REDACTED).length - 1).toBeGreaterThanOrEqual(9);
    expect(out).toContain('"id":"IC_1"'); // only the content goes, not what identifies the request
  });
});
