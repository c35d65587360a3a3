// Test helpers for running the app as a GitHub App: a throwaway private key, a silent
// Probot, and GitHub's webhook signature computed independently of Probot.
import { createHmac, generateKeyPairSync } from "node:crypto";
import { Probot, type ApplicationFunction } from "probot";

export const APP_ID = 123;
export const WEBHOOK_SECRET = "test-webhook-secret";

let key: string | undefined;
/** An RSA private key made for this test run (never a real credential). */
export function testPrivateKey(): string {
  key ??= generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  }).privateKey;
  return key;
}

/** A Probot app instance with test credentials and no log output, `appFn` loaded. */
export async function quietProbot(appFn?: ApplicationFunction): Promise<Probot> {
  const probot = new Probot({ appId: APP_ID, privateKey: testPrivateKey(), secret: WEBHOOK_SECRET, logLevel: "silent" as "info" });
  await probot.ready();
  if (appFn) await probot.load(appFn, { cwd: process.cwd(), addHandler: () => {} });
  return probot;
}

/** X-Hub-Signature-256 for `body`, as GitHub computes it. */
export function sign(body: string, secret = WEBHOOK_SECRET): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}
