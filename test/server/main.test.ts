// `npm start` (src/main.ts) as a real process on loopback: the setup page without APP_ID,
// webhooks and /ping with credentials, signature checks, and the production guard.
import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { rsaPrivateKey, startServer, waitUntilServing, type ServerProcess } from "./server-process.ts";

const running: ServerProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

async function start(env: Record<string, string>): Promise<ServerProcess> {
  const server = await startServer(env);
  running.push(server);
  return server;
}

const secret = "a-webhook-secret-for-tests-8c1f";
const privateKey = rsaPrivateKey();
const credentials = { APP_ID: "12345", PRIVATE_KEY: privateKey, WEBHOOK_SECRET: secret };

function signed(body: string, key = secret): string {
  return `sha256=${createHmac("sha256", key).update(body).digest("hex")}`;
}

async function postWebhook(server: ServerProcess, event: string, body: string, signature: string): Promise<Response> {
  return fetch(`${server.base}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": event,
      "x-github-delivery": "00000000-0000-0000-0000-000000000001",
      "x-hub-signature-256": signature,
    },
    body,
  });
}

describe("npm start (src/main.ts)", { timeout: 90_000 }, () => {
  it("without APP_ID serves Probot's setup page, which registers the app from app.yml", async () => {
    const server = await start({});
    await waitUntilServing(server, "/");
    const root = await fetch(`${server.base}/`, { redirect: "manual" });
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/probot");
    const page = await fetch(`${server.base}/probot`);
    expect(page.status).toBe(200);
    const html = await page.text();
    // The manifest posted to GitHub carries app.yml's name, events and permissions.
    expect(html).toContain("Common Ground");
    expect(html).toContain("pull_request_review_thread");
    expect(html).toContain("discussions");
  });

  it("with credentials: /ping answers PONG, a signed event is accepted, a forged one refused", async () => {
    const server = await start(credentials);
    await waitUntilServing(server);
    const ping = await fetch(`${server.base}/ping`);
    expect(ping.status).toBe(200);
    expect(await ping.text()).toBe("PONG");

    const body = JSON.stringify({ zen: "Keep it logically awesome.", hook_id: 1 });
    const good = await postWebhook(server, "ping", body, signed(body));
    expect(good.status).toBe(200);

    const forged = await postWebhook(server, "ping", body, signed(body, "not-the-secret"));
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(forged.status).toBeLessThan(500);

    const unsigned = await fetch(`${server.base}/api/github/webhooks`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-github-event": "ping", "x-github-delivery": "x" },
      body,
    });
    expect(unsigned.status).toBeGreaterThanOrEqual(400);
    expect(unsigned.status).toBeLessThan(500);

    // Secrets never reach the log.
    expect(server.output()).not.toContain(secret);
    expect(server.output()).not.toContain("PRIVATE KEY");
  });

  it("in production, refuses to start without WEBHOOK_SECRET, with a message that names it and no secret", async () => {
    const server = await start({ NODE_ENV: "production", APP_ID: "12345", PRIVATE_KEY: privateKey });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain("WEBHOOK_SECRET");
    expect(server.output()).not.toContain("PRIVATE KEY");
  });

  it("in production without any credentials, exits with a message instead of serving the setup page", async () => {
    const server = await start({ NODE_ENV: "production" });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/APP_ID/);
  });
});

describe("npm start with GHE_HOST and GHE_PROTOCOL", { timeout: 90_000 }, () => {
  it("sends the app's GitHub requests to that server (/api/v3 for REST, /api/graphql)", async () => {
    const { createServer } = await import("node:http");
    const seen: string[] = [];
    const fakeGitHub = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      // 401 is not retried, so the event fails fast.
      res.writeHead(401, { "content-type": "application/json" }).end('{"message":"Bad credentials"}');
    });
    await new Promise<void>((resolve) => fakeGitHub.listen(0, "127.0.0.1", resolve));
    const { port } = fakeGitHub.address() as { port: number };
    try {
      const server = await start({ ...credentials, GHE_HOST: `127.0.0.1:${port}`, GHE_PROTOCOL: "http" });
      await waitUntilServing(server);
      const payload = {
        action: "created",
        installation: { id: 42 },
        repository: { id: 1, node_id: "R_1", name: "widgets", full_name: "acme/widgets", owner: { login: "acme", type: "Organization" } },
        issue: { number: 3, node_id: "I_3", title: "t", user: { login: "a", type: "User" } },
        comment: { id: 9, node_id: "IC_9", body: "/summarize", user: { login: "a", type: "User" }, author_association: "OWNER" },
        sender: { login: "a", type: "User" },
      };
      const body = JSON.stringify(payload);
      await postWebhook(server, "issue_comment", body, signed(body));
      const deadline = Date.now() + 15_000;
      while (seen.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(seen.length).toBeGreaterThan(0);
      for (const request of seen) expect(request).toMatch(/^(GET|POST|PATCH|PUT|DELETE) \/api\/(v3\/|graphql)/);
      expect(server.output()).not.toContain("PRIVATE KEY");
      expect(server.output()).not.toContain(secret);
    } finally {
      fakeGitHub.close();
    }
  });
});
