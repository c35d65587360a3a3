// `npm start` with WEBHOOK_PROXY_URL, without the internet: a loopback stand-in for smee.io
// (fake-webhook-proxy.ts) relays a signed delivery over its event stream, Probot's smee-client
// forwards it to the local server, and the app answers exactly as to a direct delivery. With
// NODE_ENV=production the same variable starts no proxy client.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { decodeMarker } from "../../src/render/marker.ts";
import { issueComment } from "../app/payloads.ts";
import { rsaPrivateKey, type ServerProcess } from "../server/server-process.ts";
import { FakeGitHubServer, type StoredThread } from "../support/fake-github-server.ts";
import { FakeWebhookProxy } from "../support/fake-webhook-proxy.ts";
import { comment, deliveryHeaders, INSTALLATION_ID, logLines, sign, startServerFor, thread, webhookSender } from "./app-process.ts";

const running: Array<{ stop: () => Promise<void> }> = [];
afterEach(async () => {
  for (const r of running.splice(0).reverse()) await r.stop();
});

async function setUp(env: Record<string, string>, channel: (proxy: FakeWebhookProxy) => string) {
  const github = await new FakeGitHubServer().start();
  running.push(github);
  const proxy = await new FakeWebhookProxy().start();
  running.push(proxy);
  const url = channel(proxy);
  // NO_PROXY: smee-client honours HTTP(S)_PROXY, and these requests stay on loopback.
  const server = await startServerFor(github, rsaPrivateKey(), { WEBHOOK_PROXY_URL: url, NO_PROXY: "127.0.0.1,localhost", ...env });
  running.push(server);
  return { github, proxy, url, server };
}

/** What GitHub does: POST the signed delivery to the App's webhook URL (here, the channel). */
async function deliverTo(channel: string, event: string, payload: unknown, options: { id: string; secret?: string }): Promise<Response> {
  const body = JSON.stringify(payload);
  const headers = { ...deliveryHeaders(event, body, { id: options.id, signature: sign(body, options.secret) }), "user-agent": "GitHub-Hookshot/e2e" };
  return fetch(channel, { method: "POST", headers, body });
}

async function until(what: string, condition: () => boolean, server: ServerProcess, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function heated(number: number): StoredThread {
  return thread("issue", number, "Move the build to Bazel", [
    comment("This moves the build from Make to Bazel: incremental builds drop from 4 minutes to 20 seconds.", "ines", 90, "MEMBER"),
    comment("I am worried about the learning curve. Who maintains the BUILD files when you are on leave?", "marc", 80, "MEMBER"),
    comment("Did you even read the PR description? It is all explained there. This is exactly why nothing ever changes here.", "ines", 8, "MEMBER"),
    comment("That's ridiculous. I'm not approving something nobody else can maintain, period. Seriously, do it properly.", "marc", 5, "MEMBER"),
  ]);
}

const withInstallation = (p: Record<string, any>) => ({ ...p, installation: { id: INSTALLATION_ID, node_id: "MDIz" } });

/** A coaching comment's text and hidden state, with what differs between two threads (numbers, comment ids, times) blanked. */
function shape(body: string): { text: string; state: string } {
  const blank = (s: string) => s.replace(/\d+/g, "N");
  const state = decodeMarker(body);
  expect(state).not.toBeNull();
  return { text: blank(body.slice(0, body.lastIndexOf("<!-- common-ground:state"))), state: blank(JSON.stringify(state)) };
}

describe("npm start with WEBHOOK_PROXY_URL (a webhook proxy channel)", { timeout: 90_000 }, () => {
  it("a signed issue_comment relayed by the channel gets one coaching comment, the same as a direct delivery", async () => {
    const { github, proxy, url, server } = await setUp({}, (p) => p.channel());
    await proxy.waitForSubscriber(url);

    const viaProxy = github.add(heated(31));
    const last = comment("Whatever. You clearly didn't look at the numbers. I'm done arguing about this.", "ines", 1, "MEMBER");
    viaProxy.comments.push(last);
    const id = randomUUID();
    expect((await deliverTo(url, "issue_comment", withInstallation(issueComment("created", viaProxy, last)), { id })).status).toBe(200);
    await until("the coaching comment", () => github.ours(viaProxy).length > 0, server);

    // The same thread delivered straight to the server.
    const direct = github.add(heated(32));
    const lastDirect = comment("Whatever. You clearly didn't look at the numbers. I'm done arguing about this.", "ines", 1, "MEMBER");
    direct.comments.push(lastDirect);
    expect((await webhookSender(server.base)("issue_comment", withInstallation(issueComment("created", direct, lastDirect)))).status).toBe(200);

    const [relayed, straight] = [github.ours(viaProxy), github.ours(direct)];
    expect(relayed).toHaveLength(1);
    expect(straight).toHaveLength(1);
    expect(shape(relayed[0].body)).toEqual(shape(straight[0].body));
    expect(relayed[0].body).not.toMatch(/(^|[^\w`])@[a-z0-9]/im);
    // The app saw GitHub's delivery id and event, not something the proxy made up.
    expect(logLines(server.output()).some((l) => l.id === id && l.event === "issue_comment")).toBe(true);
    expect(proxy.subscribers(url)).toBe(1);
  });

  it("a delivery with a wrong signature is refused through the channel too", async () => {
    const { github, proxy, url, server } = await setUp({}, (p) => p.channel());
    await proxy.waitForSubscriber(url);
    const t = github.add(heated(33));
    const last = comment("Whatever. I'm done arguing about this.", "ines", 1, "MEMBER");
    t.comments.push(last);
    const before = github.requests.length;
    await deliverTo(url, "issue_comment", withInstallation(issueComment("created", t, last)), { id: randomUUID(), secret: "not-the-secret" });
    // smee-client logs the local server's answer to every forwarded delivery.
    await until("the forwarded delivery's answer", () => / - 4\d\d\b/.test(server.output()), server);
    expect(github.requests.length).toBe(before);
    expect(github.ours(t)).toEqual([]);
  });
});

describe("npm start with WEBHOOK_PROXY_URL and NODE_ENV=production", { timeout: 90_000 }, () => {
  it("starts no proxy client, says so in one line, and still serves webhooks directly", async () => {
    const { github, proxy, url, server } = await setUp({ NODE_ENV: "production" }, (p) => p.channel());
    const t = github.add(heated(34));
    const last = comment("Whatever. You clearly didn't look at the numbers. I'm done arguing about this.", "ines", 1, "MEMBER");
    t.comments.push(last);
    expect((await webhookSender(server.base)("issue_comment", withInstallation(issueComment("created", t, last)))).status).toBe(200);
    expect(github.ours(t)).toHaveLength(1);
    // In development the client subscribes right after the server listens (first test); by
    // now, a full delivery later, a production server would have too.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(proxy.subscribers(url)).toBe(0);
    const notices = server.output().split("\n").filter((l) => l.includes("WEBHOOK_PROXY_URL is ignored with NODE_ENV=production"));
    expect(notices).toHaveLength(1);
    expect(server.output()).not.toContain(url);
  });
});
