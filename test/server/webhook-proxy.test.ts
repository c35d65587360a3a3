// The webhook proxy setting (src/webhook-proxy.ts): dropped in production with one warning, passed
// through in development, a hint when a laptop server has no way to receive events; and
// smee-client installed where Probot's code loads it, at the version it asks for.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { proxyConnectionFailure, webhookProxy } from "../../src/webhook-proxy.ts";
import { repoRoot } from "./server-process.ts";

const channel = "https://smee.io/aBcD1234eFgH";

describe("webhookProxy", () => {
  it("in production, starts no proxy and says why, whatever else is set", () => {
    for (const env of [
      { NODE_ENV: "production", WEBHOOK_PROXY_URL: channel },
      { NODE_ENV: "production", WEBHOOK_PROXY_URL: channel, APP_ID: "1", HOST: "0.0.0.0" },
      { NODE_ENV: "production", WEBHOOK_PROXY_URL: `  ${channel} ` },
    ]) {
      const decision = webhookProxy(env);
      expect(decision.url).toBeUndefined();
      expect(decision.notice?.level).toBe("warn");
      expect(decision.notice?.text).toMatch(/^WEBHOOK_PROXY_URL is ignored with NODE_ENV=production/);
      // The channel URL lets anyone read the deliveries: it is not repeated in the log.
      expect(decision.notice?.text).not.toContain("smee.io/");
    }
    expect(webhookProxy({ NODE_ENV: "production", APP_ID: "1" })).toEqual({ url: undefined });
  });

  it("in development, hands the channel to Probot, trimmed", () => {
    expect(webhookProxy({ WEBHOOK_PROXY_URL: channel, APP_ID: "1" })).toEqual({ url: channel });
    expect(webhookProxy({ NODE_ENV: "development", WEBHOOK_PROXY_URL: ` ${channel}\n` })).toEqual({ url: channel });
    // Setup mode (no APP_ID) keeps the channel the setup page wrote to .env.
    expect(webhookProxy({ WEBHOOK_PROXY_URL: channel })).toEqual({ url: channel });
  });

  it("hints at a proxy only when an app on a loopback address could not receive any event", () => {
    for (const HOST of [undefined, "localhost", "127.0.0.1", "::1"]) {
      const decision = webhookProxy({ APP_ID: "1", HOST, WEBHOOK_PROXY_URL: " " });
      expect(decision.url).toBeUndefined();
      expect(decision.notice?.level).toBe("info");
      expect(decision.notice?.text).toMatch(/GitHub cannot deliver events to a server on localhost/);
    }
    expect(webhookProxy({ APP_ID: "1", HOST: "0.0.0.0" })).toEqual({ url: undefined });
    expect(webhookProxy({})).toEqual({ url: undefined });
  });
});

describe("proxyConnectionFailure", () => {
  it("explains an event-source error event, and leaves other errors alone", () => {
    const event = Object.assign(new Event("error"), { code: 503, message: "Service Unavailable" });
    expect(proxyConnectionFailure(event)).toMatch(/^could not connect to the webhook proxy channel in WEBHOOK_PROXY_URL \(503 Service Unavailable\)/);
    expect(proxyConnectionFailure(new Event("error"))).toMatch(/WEBHOOK_PROXY_URL\. Check the URL/);
    expect(proxyConnectionFailure(new Error("EADDRINUSE"))).toBeUndefined();
    expect(proxyConnectionFailure("text")).toBeUndefined();
  });
});

describe("smee-client", () => {
  it("is a runtime dependency at exactly the version Probot's code imports, resolvable from Probot", () => {
    const probotLib = join(repoRoot, "node_modules/probot/lib");
    const wanted = ["helpers/webhook-proxy.js", "manifest-creation.js"].map((file) => {
      const match = /["']smee-client@([^"']+)["']/.exec(readFileSync(join(probotLib, file), "utf8"));
      expect(match, `${file} no longer names smee-client@<version>: check how Probot loads it`).not.toBeNull();
      return match![1];
    });
    expect(new Set(wanted).size).toBe(1);
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
    expect(pkg.dependencies["smee-client"]).toBe(wanted[0]);
    // Probot imports it through npx-import-light, which resolves from its own location; outside
    // `npx`, a missing package is only a warning ("SmeeClient is not available").
    const importer = createRequire(join(probotLib, "helpers/webhook-proxy.js")).resolve("npx-import-light");
    const resolved = createRequire(importer).resolve("smee-client/package.json");
    expect(JSON.parse(readFileSync(resolved, "utf8")).version).toBe(wanted[0]);
  });
});
