import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ProbotOctokit } from "probot";
import { afterEach, describe, expect, it } from "vitest";
import { fetchWithTimeout, onSecondaryRateLimit, serverOptions, withServerSettings } from "../../src/github/server-octokit.ts";

const quiet = { warn: () => {}, info: () => {}, debug: () => {}, error: () => {} };
let server: Server | undefined;

afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A loopback server that leaves the first `hang` requests unanswered, then answers JSON. */
function listen(hang: number): Promise<{ url: string; seen: () => number }> {
  let seen = 0;
  server = createServer((req, res) => {
    seen += 1;
    if (seen <= hang) return; // never answers
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, path: req.url }));
  });
  return new Promise((resolve) => server!.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen: () => seen })));
}

describe("server Octokit settings", () => {
  it("keys request spacing by installation, so installations are throttled separately", () => {
    expect(serverOptions({ auth: { installationId: 42 }, throttle: { enabled: true } }).throttle.id).toBe("installation-42");
    expect(serverOptions({ auth: { installationId: 7 } }).throttle.id).toBe("installation-7");
    expect(serverOptions({ auth: {} }).throttle.id).toBeUndefined();
  });

  it("leaves disabled throttling and a caller's own fetch alone", () => {
    const own = (() => Promise.resolve(new Response("{}"))) as typeof fetch;
    const opts = serverOptions({ throttle: { enabled: false }, request: { fetch: own }, auth: { installationId: 1 } });
    expect(opts.throttle).toEqual({ enabled: false });
    expect(opts.request.fetch).toBe(own);
  });

  it("retries a secondary rate limit once when the wait is short, never twice, never a long wait", () => {
    const octokit = { log: quiet };
    const req = { method: "POST", url: "/repos/a/b/issues/1/comments" };
    expect(onSecondaryRateLimit(5, req, octokit, 0)).toBe(true);
    expect(onSecondaryRateLimit(5, req, octokit, 1)).toBe(false);
    expect(onSecondaryRateLimit(600, req, octokit, 0)).toBe(false);
  });

  it("aborts a request that hangs", async () => {
    const { url } = await listen(1);
    await expect(fetchWithTimeout(150)(`${url}/x`)).rejects.toThrow(/abort|timeout/i);
  });

  it("a hung GitHub call becomes an error that Octokit's retry plugin retries", async () => {
    const { url, seen } = await listen(1);
    const octokit = new ProbotOctokit(serverOptions({ baseUrl: url, log: quiet, throttle: { enabled: false }, retry: { retryAfterBaseValue: 10 } }, 200));
    const { data } = await octokit.request("GET /repos/{owner}/{repo}", { owner: "a", repo: "b" });
    expect(data).toMatchObject({ ok: true, path: "/repos/a/b" });
    expect(seen()).toBe(2);
  });

  it("builds a class Probot can instantiate with its own options", () => {
    const Server = withServerSettings(ProbotOctokit);
    const octokit = new Server({ auth: { token: "t" }, log: quiet });
    expect(typeof octokit.request).toBe("function");
  });
});
