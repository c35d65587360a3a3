// app.yml, the manifest Probot's setup page registers: the events the handlers listen to are
// all subscribed, and the permissions are exactly what those events and the app's writes need.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Probot } from "probot";
import { describe, expect, it, vi } from "vitest";
import { parse as parseYaml } from "yaml";
import { repoRoot, rsaPrivateKey } from "./server-process.ts";

const manifest = parseYaml(readFileSync(join(repoRoot, "app.yml"), "utf8")) as {
  name: string;
  description: string;
  url: string;
  default_events: string[];
  default_permissions: Record<string, string>;
  public: boolean;
};

/** The events the issue asks for, and the permission each needs to be delivered. */
const EVENT_PERMISSION: Record<string, string> = {
  issues: "issues", // the digest issue's "refresh now" checkbox (issue 21)
  issue_comment: "issues",
  pull_request: "pull_requests",
  pull_request_review: "pull_requests",
  pull_request_review_comment: "pull_requests",
  pull_request_review_thread: "pull_requests",
  discussion: "discussions",
  discussion_comment: "discussions",
};

describe("app.yml", { timeout: 60_000 }, () => {
  it("names and describes the app, and is private", () => {
    expect(manifest.name).toMatch(/\w/);
    expect(manifest.name.length).toBeLessThanOrEqual(34); // GitHub's limit for App names
    expect(manifest.description.length).toBeGreaterThan(20);
    expect(() => new URL(manifest.url)).not.toThrow();
    expect(manifest.public).toBe(false);
  });

  it("subscribes to exactly the thread events", () => {
    expect([...manifest.default_events].sort()).toEqual(Object.keys(EVENT_PERMISSION).sort());
  });

  it("asks for least privilege: write where the app comments, read for the config file, nothing else", () => {
    const expected: Record<string, string> = { metadata: "read", contents: "read" };
    for (const event of manifest.default_events) expected[EVENT_PERMISSION[event]] = "write";
    expect(manifest.default_permissions).toEqual(expected);
    expect(manifest.default_permissions).toEqual({ issues: "write", pull_requests: "write", discussions: "write", contents: "read", metadata: "read" });
  });

  it("covers every event the app's handlers register", async () => {
    const probot = new Probot({ appId: 1, privateKey: rsaPrivateKey(), secret: "x", logLevel: "fatal" });
    const on = vi.spyOn(probot, "on");
    const { default: app } = await import("../../src/index.ts");
    await probot.load(app);
    const registered = on.mock.calls.flatMap(([events]) => (Array.isArray(events) ? events : [events])).map(String);
    expect(registered.length).toBeGreaterThan(0);
    const families = new Set(registered.map((e) => e.split(".")[0]));
    for (const family of families) expect(manifest.default_events, `handler for ${family}`).toContain(family);
  });
});
