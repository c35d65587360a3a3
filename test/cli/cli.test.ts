// The CLI as a real process: help, version, analyze (files, stdin, bad input), validate-config.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { repoRoot, runCli } from "./run-cli.ts";
import { runMain } from "./run-main.ts";

const tmp = mkdtempSync(join(tmpdir(), "cg-cli-"));
function tmpFile(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}
const examples = readdirSync(join(repoRoot, "examples")).filter((f) => f.endsWith(".json"));

describe("common-ground (process)", { timeout: 90_000 }, () => {
  it("--version prints package.json's version, --help the commands", async () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
    const version = await runCli(["--version"]);
    expect(version).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = await runMain(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["analyze", "score --jsonl", "validate-config"]) expect(help.stdout).toContain(command);
  });

  it("without a command or with an unknown one: usage on stderr, exit 2", async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Usage:");
    const unknown = await runMain(["analyse", "x.json"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "analyse"');
  });

  it("analyze prints a Markdown report for every example thread", async () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const [i, example] of examples.entries()) {
      const { title } = JSON.parse(readFileSync(join(repoRoot, "examples", example), "utf8"));
      const args = ["analyze", join(repoRoot, "examples", example)];
      const run = i === 0 ? await runCli(args) : await runMain(args);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(title);
      expect(run.stdout).not.toMatch(/(^|[^\w`])@[A-Za-z0-9]/);
    }
  });

  it("analyze --format json prints the report for a thread read from stdin, with the given --now", async () => {
    const thread = { title: "t", comments: [{ author: "a", text: "Should we ship on Friday?" }, { author: "b", text: "I think so." }] };
    const run = await runCli(["analyze", "-", "--format", "json", "--now", "2024-02-01T00:00:00Z"], { input: JSON.stringify(thread) });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.now).toBe("2024-02-01T00:00:00.000Z");
    expect(out.thread).toMatchObject({ title: "t", comments: 2 });
    expect(out.report.commentCount).toBe(2);
    expect(["calm", "warming", "heated"]).toContain(out.report.heat.level);
  });

  it("analyze: a bad file in a real process gives a message on stderr and exit 1", async () => {
    const run = await runCli(["analyze", tmpFile("broken-process.json", "{")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/broken-process\.json: not valid JSON/);
  });

  it("analyze rejects bad input with a message naming the file and the field, exit 1", async () => {
    const cases: [string, string, RegExp][] = [
      ["missing.json", "", /missing\.json: no such file/],
      ["broken.json", '{"comments": [', /broken\.json: not valid JSON/],
      ["no-author.json", JSON.stringify({ comments: [{ author: "a", text: "hi" }, { text: "no author" }] }), /no-author\.json: .*comments\[1\]\.author/],
      ["no-comments.json", JSON.stringify({ title: "x" }), /no-comments\.json: missing "comments"/],
      ["empty.json", JSON.stringify({ comments: [{ author: "a", text: "  " }] }), /empty\.json: .*empty/],
      ["huge.json", JSON.stringify({ comments: [{ author: "a", text: "word ".repeat(20_000) }] }), /huge\.json: comments\[0\]\.text: too long/],
    ];
    for (const [name, text, pattern] of cases) {
      const path = name === "missing.json" ? join(tmp, name) : tmpFile(name, text);
      const run = await runMain(["analyze", path]);
      expect(run.code, name).toBe(1);
      expect(run.stdout, name).toBe("");
      expect(run.stderr, name).toMatch(pattern);
    }
  });

  it("analyze: usage errors exit 2", async () => {
    expect((await runMain(["analyze"])).code).toBe(2);
    const format = await runMain(["analyze", "examples/calm-question.json", "--format", "html"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("--format");
    const now = await runMain(["analyze", "examples/calm-question.json", "--now", "yesterday"]);
    expect(now.code).toBe(2);
    expect(now.stderr).toContain("--now");
  });

  it("analyze --config applies a config file, and refuses an invalid one naming the key", async () => {
    const good = tmpFile("low.yml", "sensitivity: low\n");
    const run = await runMain(["analyze", join(repoRoot, "examples/calm-question.json"), "--format", "json", "--config", good]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).sensitivity).toBe("low");
    const bad = tmpFile("typo.yml", "sensitivty: low\n");
    const refused = await runMain(["analyze", join(repoRoot, "examples/calm-question.json"), "--config", bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("typo.yml: invalid config");
    expect(refused.stderr).toContain("sensitivty: unknown option");
  });

  it("analyze owner/repo#N without a token says which variable to set", async () => {
    const run = await runMain(["analyze", "acme/widgets#12"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("acme/widgets#12");
    expect(run.stderr).toContain("GITHUB_TOKEN");
  });

  it("validate-config: 0 and 'valid' for a good file, 1 and each problem with its path for a bad one", async () => {
    const good = tmpFile("good.yml", "sensitivity: low\nignore:\n  users: [release-robot]\n");
    const ok = await runMain(["validate-config", good]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("valid");

    const bad = tmpFile("bad.yml", "sensitivity: loud\ncooldown:\n  hour: 3\n");
    const run = await runCli(["validate-config", bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("bad.yml: sensitivity: ");
    expect(run.stderr).toContain('bad.yml: cooldown.hour: unknown option (did you mean "hours"?)');

    const notYaml = tmpFile("not.yml", "sensitivity: [low\n");
    const broken = await runMain(["validate-config", notYaml]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/not\.yml: not valid YAML/);
  });

  it("validate-config accepts the example config shown in the README", async () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    const block = /```yaml\n# \.github\/common-ground\.yml\n([\s\S]*?)```/.exec(readme);
    expect(block, "README has a yaml block starting with '# .github/common-ground.yml'").not.toBeNull();
    expect(parseYaml(block![1])).toBeTypeOf("object");
    const run = await runMain(["validate-config", tmpFile("readme.yml", block![1])]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });
});
