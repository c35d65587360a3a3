// `npm run docs:examples`: fills the README's "What it looks like" blocks (and the repository
// digest's example) with what the CLI prints for the example threads (the app's own policy and rendering), shown as quotes.
// `--check` only reports whether the README is up to date (a test runs it).
import { readFileSync, writeFileSync } from "node:fs";
import { PassThrough, Readable } from "node:stream";
import { main } from "../src/cli/main.ts";

const readmeUrl = new URL("../README.md", import.meta.url);

async function cli(args: string[]): Promise<string> {
  const stdout = new PassThrough();
  let out = "";
  stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
  const code = await main(args, { stdin: Readable.from([""]), stdout, stderr: new PassThrough(), env: {}, now: () => new Date(0) });
  if (code !== 0) throw new Error(`common-ground ${args.join(" ")} exited ${code}`);
  return out;
}

const quote = (markdown: string) =>
  markdown
    .trimEnd()
    .split("\n")
    .map((line) => (line ? `> ${line}` : ">"))
    .join("\n");

function fill(readme: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} … ${end} block`);
  return `${readme.slice(0, a + start.length)}\n${body}\n${readme.slice(b)}`;
}

export async function renderedReadme(readme: string): Promise<string> {
  const nudge = await cli(["analyze", "examples/heated-review.json", "--format", "comment"]);
  const summary = await cli(["analyze", "examples/rfc-converges.json"]);
  const digest = await cli(["digest", "examples/calm-question.json", "examples/heated-review.json", "examples/rfc-converges.json"]);
  return fill(fill(fill(readme, "example-nudge", quote(nudge)), "example-summary", quote(summary)), "example-digest", quote(digest));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const current = readFileSync(readmeUrl, "utf8");
  const next = await renderedReadme(current);
  if (process.argv.includes("--check")) {
    if (next !== current) {
      console.error("README.md examples are out of date: run `npm run docs:examples`");
      process.exit(1);
    }
  } else writeFileSync(readmeUrl, next);
}
