// `common-ground digest <owner/repo | thread.json…>`: the repository digest, printed (never
// written anywhere). owner/repo reads the repository's open threads with GITHUB_TOKEN, the way
// the app does (bounded: pages of 50 threads, a window of the latest comments), with its
// `.github/common-ground.yml`; thread files (as `analyze` reads them) build a digest offline.
// Markdown by default (the page the app would write), or `--format json` (the digest as data).
import { parseArgs } from "node:util";
import { analyzeThread } from "../analysis/report.ts";
import { buildDigest, type Digest, type DigestThread } from "../coach/digest.ts";
import { configFromText, EXTENDS } from "../config/from-text.ts";
import { defaultConfig, type Config } from "../config/schema.ts";
import { collectDigest, coachOffIn } from "../digest/collect.ts";
import { renderDigest } from "../render/digest.ts";
import type { Thread } from "../thread/model.ts";
import { lastActivity } from "./analyze.ts";
import { readConfigFile } from "./config-file.ts";
import { CliError, EXIT_OK, EXIT_USAGE, write, type CliIO } from "./io.ts";
import { readText, sourceName } from "./read-text.ts";
import { threadFromJsonText } from "./thread-json.ts";

const REPO = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;

interface Output {
  digest: Digest;
  body: string;
  requests?: number;
}

export async function digestCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string", default: "markdown" }, now: { type: "string" }, config: { type: "string" } },
  });
  if (positionals.length === 0) throw new CliError("digest needs owner/repo, or one or more thread .json files", EXIT_USAGE);
  const format = values.format;
  if (format !== "markdown" && format !== "json") throw new CliError(`--format must be markdown or json, not "${format}"`, EXIT_USAGE);
  let now: Date | undefined;
  if (values.now !== undefined) {
    const t = Date.parse(values.now);
    if (Number.isNaN(t)) throw new CliError(`--now must be an ISO-8601 time such as 2024-05-01T12:00:00Z, not "${values.now}"`, EXIT_USAGE);
    now = new Date(t);
  }
  const fileConfig = values.config ? await readConfigFile(values.config, io) : undefined;
  const repo = positionals.length === 1 ? REPO.exec(positionals[0]) : null;
  const out = repo ? await fromRepository(repo[1], repo[2], io, now ?? io.now(), fileConfig) : await fromFiles(positionals, io, now, fileConfig ?? defaultConfig);
  await write(io.stdout, format === "json" ? `${JSON.stringify({ ...out.digest, ...(out.requests !== undefined ? { requests: out.requests } : {}) }, null, 2)}\n` : out.body);
  return EXIT_OK;
}

async function fromRepository(owner: string, name: string, io: CliIO, now: Date, fileConfig: Config | undefined): Promise<Output> {
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) throw new CliError(`${owner}/${name}: set GITHUB_TOKEN to a token that can read this repository`);
  const { createCliClient, countRequests } = await import("../github/index.ts");
  const baseUrl = io.env.GITHUB_API_URL || undefined;
  const gh = countRequests(createCliClient(token, baseUrl ? { baseUrl } : undefined));
  const warnings: string[] = [];
  const log = { warn: (_: unknown, msg?: string) => void warnings.push(String(msg ?? _)), info: () => {}, debug: () => {}, error: () => {} };
  try {
    const collected = await collectDigest(gh, { owner, repo: name }, {
      now,
      analyze: analyzeThread,
      resolveConfig: async (source) => {
        if (fileConfig) return fileConfig;
        if (source.kind !== "file") return defaultConfig;
        const c = configFromText(source.text, source.repository, log as never);
        return c === EXTENDS ? defaultConfig : c;
      },
    });
    for (const w of warnings) await write(io.stderr, `common-ground digest: ${w}\n`);
    for (const s of collected.list.skipped) await write(io.stderr, `common-ground digest: not listed: ${s}\n`);
    return { digest: collected.digest, body: collected.body, requests: gh.requests };
  } catch (error) {
    if (error instanceof CliError) throw error;
    const status = (error as { status?: number }).status;
    const message = (error as Error).message?.split("\n")[0] ?? String(error);
    throw new CliError(`${owner}/${name}: could not read from GitHub${status ? ` (HTTP ${status})` : ""}: ${message}`);
  }
}

async function fromFiles(paths: string[], io: CliIO, nowArg: Date | undefined, config: Config): Promise<Output> {
  const threads: Thread[] = [];
  for (const path of paths) {
    const text = await readText(path, io.stdin);
    try {
      threads.push(threadFromJsonText(text, sourceName(path)));
    } catch (error) {
      throw new CliError((error as Error).message);
    }
  }
  // Files carry no clock: "now" is the latest comment of any of them, unless --now says otherwise.
  const now = nowArg ?? new Date(Math.max(...threads.map((t) => lastActivity(t).getTime())));
  const listed: DigestThread[] = threads.map((thread, i) => ({
    kind: thread.kind,
    number: i + 1,
    title: thread.title || sourceName(paths[i]),
    url: thread.url ?? "",
    labels: thread.labels,
    comments: thread.comments,
    report: analyzeThread(thread, { now, sensitivity: config.sensitivity, ignoreUsers: config.ignore.users }),
    coachOff: coachOffIn(thread),
  }));
  const digest = buildDigest({ threads: listed, config, now });
  return { digest, body: renderDigest(digest, { repoUrl: "https://github.com/OWNER/REPO" }) };
}
