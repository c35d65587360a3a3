// /metrics on Probot's own server: after a signed webhook reaches the wrapped app, the
// route answers Prometheus text with every named metric; other routes still work.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import nock from "nock";
import { Probot, ProbotOctokit, Server, type ApplicationFunction } from "probot";
import { metrics, metricsText } from "../../src/metrics.ts";
import { MeteredOctokit, eventWhere, withObservability } from "../../src/http-routes.ts";
import { APP_ID, WEBHOOK_SECRET, quietProbot, sign, testPrivateKey } from "./github-app.ts";
import { examplePayload } from "./payloads.ts";

/** The value of one sample in Prometheus text, 0 when absent. */
function sample(text: string, name: string, labels = ""): number {
  const line = text.split("\n").find((l) => l.startsWith(`${name}${labels} `));
  return line ? Number(line.split(" ")[1]) : 0;
}

/** Stand-in for the coaching app, calling the metrics API the way handlers will. */
const meteredApp: ApplicationFunction = (app) => {
  app.on("issue_comment.created", async () => {
    metrics.recordCommand("summarize");
    metrics.timeAnalysis(() => "report");
    metrics.recordNudge("summary");
    metrics.recordSilence("cooldown");
  });
};

let server: Server;
let base: string;

beforeAll(async () => {
  const log = (await quietProbot()).log;
  server = new Server({
    Probot: Probot.defaults({ appId: APP_ID, privateKey: testPrivateKey(), secret: WEBHOOK_SECRET }),
    host: "127.0.0.1",
    port: 0,
    log,
  });
  await server.load(withObservability(meteredApp));
  await server.start();
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server?.stop();
});

describe("GET /metrics on the Probot server", () => {
  it("answers Prometheus text with the named metrics, counting a delivered event", async () => {
    const before = (await metricsText()).body;
    const body = JSON.stringify(examplePayload("issue_comment", "created", { withInstallation: false }));
    const delivery = await fetch(`${base}/api/github/webhooks`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-github-event": "issue_comment", "x-github-delivery": "m-1", "x-hub-signature-256": sign(body) },
      body,
    });
    expect(delivery.status).toBe(200);

    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    for (const name of ["events_received_total", "nudges_posted_total", "commands_total", "silences_total", "github_api_errors_total", "analysis_duration_seconds"]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(text).toContain("process_cpu_seconds_total");
    const delta = (name: string, labels = "") => sample(text, name, labels) - sample(before, name, labels);
    expect(delta("events_received_total", '{event="issue_comment"}')).toBe(1);
    expect(delta("commands_total", '{command="summarize"}')).toBe(1);
    expect(delta("nudges_posted_total", '{kind="summary"}')).toBe(1);
    expect(delta("silences_total", '{reason="cooldown"}')).toBe(1);
    expect(delta("analysis_duration_seconds_count")).toBe(1);
  });

  it("leaves Probot's other routes alone", async () => {
    expect(await (await fetch(`${base}/ping`)).text()).toBe("PONG");
    expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: "POST" })).status).toBe(404);
  });
});

describe("metrics API", () => {
  it("times an analysis, returns its result and still records when it throws", async () => {
    const count = async () => sample((await metricsText()).body, "analysis_duration_seconds_count");
    const start = await count();
    expect(metrics.timeAnalysis(() => 42)).toBe(42);
    expect(() => metrics.timeAnalysis(() => { throw new Error("bad input"); })).toThrow("bad input");
    expect((await count()) - start).toBe(2);
  });

  it("keeps label values short and printable", async () => {
    metrics.recordSilence("a reason with spaces\nand a newline " + "x".repeat(200));
    const line = (await metricsText()).body.split("\n").find((l) => l.startsWith('silences_total{reason="a_reason'));
    expect(line).toBeDefined();
    expect(line!.match(/reason="([^"]*)"/)![1]).toHaveLength(64);
  });

  it("counts failed GitHub requests by status, but not a missing config file", async () => {
    nock.disableNetConnect();
    try {
      const octokit = new MeteredOctokit({ auth: "t", throttle: { enabled: false }, retry: { enabled: false } });
      const errors = async (status: string) => sample((await metricsText()).body, "github_api_errors_total", `{status="${status}"}`);
      const [e422, e404] = [await errors("422"), await errors("404")];
      nock("https://api.github.com")
        .post("/repos/o/r/issues/1/comments").reply(422, { message: "Validation Failed" })
        .get("/repos/o/r/contents/.github%2Fcommon-ground.yml").reply(404, { message: "Not Found" });
      await expect(octokit.rest.issues.createComment({ owner: "o", repo: "r", issue_number: 1, body: "x" })).rejects.toMatchObject({ status: 422 });
      await expect(octokit.rest.repos.getContent({ owner: "o", repo: "r", path: ".github/common-ground.yml" })).rejects.toMatchObject({ status: 404 });
      expect((await errors("422")) - e422).toBe(1);
      expect((await errors("404")) - e404).toBe(0);
    } finally {
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });

  it("counts GraphQL errors inside a 200 answer, except NOT_FOUND and a config file the token may not read", async () => {
    nock.disableNetConnect();
    try {
      const octokit = new MeteredOctokit({ auth: "t", throttle: { enabled: false }, retry: { enabled: false } });
      const graphqlErrors = async () => sample((await metricsText()).body, "github_api_errors_total", '{status="graphql"}');
      const start = await graphqlErrors();
      nock("https://api.github.com")
        .post("/graphql").reply(200, { data: { x: null }, errors: [{ type: "FORBIDDEN", message: "Resource not accessible by integration" }] })
        .post("/graphql").reply(200, { data: { x: null }, errors: [{ type: "NOT_FOUND", message: "Could not resolve" }] })
        .post("/graphql").reply(200, { data: { ownerConfig: null }, errors: [{ type: "FORBIDDEN", path: ["ownerConfig"], message: "Resource not accessible by integration" }] });
      await expect(octokit.graphql("query { x }")).rejects.toThrow(/Resource not accessible/);
      await expect(octokit.graphql("query { x }")).rejects.toThrow(/Could not resolve/);
      await expect(octokit.graphql("query { x }")).rejects.toThrow(/Resource not accessible/);
      expect((await graphqlErrors()) - start).toBe(1);
    } finally {
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });

  it("MeteredOctokit is still a ProbotOctokit", () => {
    expect(new MeteredOctokit({ auth: "t" })).toBeInstanceOf(ProbotOctokit);
  });
});

describe("eventWhere", () => {
  it("finds the repository and the issue, PR or discussion number, and nothing else", () => {
    expect(eventWhere(examplePayload("pull_request_review", "submitted"))).toMatchObject({ repo: expect.any(String), thread: expect.any(Number) });
    expect(eventWhere(examplePayload("discussion_comment", "created"))).toMatchObject({ thread: expect.any(Number) });
    expect(eventWhere(null)).toEqual({ repo: undefined, thread: undefined });
  });
});

describe("label cardinality", () => {
  it("folds new label values into 'other' once a metric has MAX_LABEL_VALUES of them", async () => {
    const { MAX_LABEL_VALUES } = await import("../../src/metrics.ts");
    for (let i = 0; i < MAX_LABEL_VALUES + 5; i++) metrics.recordNudge(`kind${i}`);
    const text = (await metricsText()).body;
    const kinds = text.split("\n").filter((l) => l.startsWith("nudges_posted_total{"));
    expect(kinds.length).toBeLessThanOrEqual(MAX_LABEL_VALUES + 1);
    expect(sample(text, "nudges_posted_total", '{kind="other"}')).toBeGreaterThanOrEqual(5);
  });
});
