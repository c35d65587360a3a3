// The README's Quick start from a laptop, without the internet: `npm start` without APP_ID in a
// fresh directory serves the setup page, which creates a webhook proxy channel at "https://smee.io"
// (a loopback stand-in reached through HTTPS_PROXY, with a throwaway certificate) and writes
// WEBHOOK_PROXY_URL to .env; the page's app manifest points the App's webhook at that channel.
// Restarted with the App's credentials, the server connects to the channel, and a signed
// delivery posted there becomes one coaching comment. (Registering the App on GitHub, between
// the two starts, is GitHub's side: the credentials are given directly here.)
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseEnv } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueComment } from "../app/payloads.ts";
import { repoRoot, rsaPrivateKey, startServer, waitUntilServing, type ServerProcess } from "../server/server-process.ts";
import { ConnectProxy } from "../support/connect-proxy.ts";
import { FakeGitHubServer } from "../support/fake-github-server.ts";
import { FakeWebhookProxy } from "../support/fake-webhook-proxy.ts";
import { comment, deliveryHeaders, INSTALLATION_ID, thread, WEBHOOK_SECRET } from "./app-process.ts";

const hasOpenssl = spawnSync("openssl", ["version"]).status === 0;
if (!hasOpenssl) console.warn("quick-start.test.ts skipped: no openssl to make a throwaway certificate for the smee.io stand-in");

/** `npm start`'s command with absolute paths, to run in another working directory. */
function startCommand(): string[] {
  const tsxPackage = createRequire(join(repoRoot, "package.json")).resolve("tsx/package.json");
  const loader = JSON.parse(readFileSync(tsxPackage, "utf8")).exports["."];
  return ["--import", pathToFileURL(join(dirname(tsxPackage), loader)).href, join(repoRoot, "src", "main.ts")];
}

let dir: string;
let clone: string;
let tls: { key: string; cert: string; certPath: string };
const stops: Array<{ stop: () => Promise<void> }> = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cg-quick-start-"));
  if (!hasOpenssl) return;
  const [keyPath, certPath] = [join(dir, "smee.key"), join(dir, "smee.crt")];
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", keyPath, "-out", certPath, "-days", "1", "-subj", "/CN=smee.io", "-addext", "subjectAltName=DNS:smee.io"], { stdio: "ignore" });
  tls = { key: readFileSync(keyPath, "utf8"), cert: readFileSync(certPath, "utf8"), certPath };
  // What the server reads from its working directory: package.json (the app's name) and app.yml.
  clone = join(dir, "clone");
  mkdirSync(clone);
  for (const file of ["package.json", "app.yml"]) copyFileSync(join(repoRoot, file), join(clone, file));
});

afterAll(async () => {
  for (const s of stops.reverse()) await s.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasOpenssl)("Quick start on a laptop: setup page, proxy channel, first coaching comment", { timeout: 120_000 }, () => {
  it("the setup page creates a channel and writes it to .env; after a restart, a delivery to it is answered", async () => {
    const smee = await new FakeWebhookProxy({ tls }).start();
    stops.push(smee);
    const tunnel = await new ConnectProxy({ "smee.io:443": smee.port }).start();
    stops.push(tunnel);
    const github = await new FakeGitHubServer().start();
    stops.push(github);
    // smee-client sends its HTTPS requests through HTTPS_PROXY: here, to the loopback stand-in only.
    const network = {
      HTTPS_PROXY: tunnel.url, https_proxy: tunnel.url, HTTP_PROXY: "", http_proxy: "",
      NO_PROXY: "127.0.0.1,localhost", no_proxy: "127.0.0.1,localhost",
      NODE_EXTRA_CA_CERTS: tls.certPath,
    };

    // 1. `npm start` without APP_ID: the setup page, and a new proxy channel in .env.
    const setup: ServerProcess = await startServer({ ...network, NO_SMEE_SETUP: "" }, startCommand(), clone);
    stops.push(setup);
    await waitUntilServing(setup, "/");
    const written = parseEnv(readFileSync(join(clone, ".env"), "utf8"));
    expect(written.WEBHOOK_PROXY_URL).toMatch(/^https:\/\/smee\.io\/[\w-]+$/);
    const channel = written.WEBHOOK_PROXY_URL!;
    expect(tunnel.asked.length).toBeGreaterThan(0);
    expect(new Set(tunnel.asked)).toEqual(new Set(["smee.io:443"]));
    expect(setup.output()).not.toMatch(/SmeeClient is not available|Unable to connect to smee\.io/);
    // The manifest the setup page posts to GitHub sends the App's webhooks to the channel.
    const page = await (await fetch(`${setup.base}/probot`)).text();
    expect(page).toContain(channel);
    await setup.stop();

    // 2. Restarted with the App's credentials (.env still holds the channel): it subscribes.
    const server = await startServer({
      ...network,
      APP_ID: "12345",
      PRIVATE_KEY: rsaPrivateKey(),
      WEBHOOK_SECRET,
      GHE_HOST: github.host,
      GHE_PROTOCOL: "http",
      LOG_FORMAT: "json",
    }, startCommand(), clone);
    stops.push(server);
    await waitUntilServing(server);
    await smee.waitForSubscriber(channel);

    // 3. GitHub delivers a comment on the test repository to the channel: one coaching comment.
    const t = github.add(thread("issue", 41, "Drop support for Node 18", [
      comment("Node 18 is out of support; this drops it from CI and the engines field.", "lena", 90, "MEMBER"),
      comment("Some of our users are stuck on 18 because of their distro. Can we wait one release?", "omar", 80),
      comment("Did you even read the changelog? We announced this months ago. This is ridiculous.", "lena", 6, "MEMBER"),
      comment("That's not true and you know it. Seriously, stop pushing this through, period.", "omar", 4),
    ]));
    const last = comment("Whatever. You clearly never listen. I'm done arguing about this.", "lena", 1, "MEMBER");
    t.comments.push(last);
    const body = JSON.stringify({ ...issueComment("created", t, last), installation: { id: INSTALLATION_ID, node_id: "MDIz" } });
    smee.publish(channel, { ...deliveryHeaders("issue_comment", body), host: "smee.io", "user-agent": "GitHub-Hookshot/e2e" }, JSON.parse(body));
    const deadline = Date.now() + 20_000;
    while (github.ours(t).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(github.ours(t), server.output()).toHaveLength(1);
    expect(github.ours(t)[0].body).toMatch(/common-ground:state/);
  });
});
