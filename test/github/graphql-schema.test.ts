// Every GraphQL document under src/github/ is found on disk (not from a hand-kept list),
// assembled exactly as it is sent, and validated against GitHub's published schema.
import { schema } from "@octokit/graphql-schema";
import { buildSchema, Kind, parse, validate, type GraphQLSchema } from "graphql";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { assembleDocument, DOCUMENT_FILES, graphqlDocument, splitFragments } from "../../src/github/documents.ts";

const SRC = fileURLToPath(new URL("../../src/github/", import.meta.url));

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name));
}

const graphqlFiles = filesUnder(SRC, ".graphql");
const fragmentFiles = graphqlFiles.filter((f) => f.endsWith("fragments.graphql"));
const operationFiles = graphqlFiles.filter((f) => !f.endsWith("fragments.graphql"));
const fragments = new Map(fragmentFiles.flatMap((f) => [...splitFragments(readFileSync(f, "utf8"))]));
const assembled = operationFiles.map((f) => ({ file: f, text: assembleDocument(readFileSync(f, "utf8"), fragments) }));

let github: GraphQLSchema;
beforeAll(() => {
  // GitHub's published IDL defines a couple of enterprise fields twice, which graphql-js's
  // SDL check rejects; those types are not ours, so skip only that SDL self-check.
  github = buildSchema(schema.idl, { assumeValidSDL: true });
});

describe("GraphQL documents against GitHub's schema", () => {
  it("finds the documents on disk, and the code uses exactly those", () => {
    expect(operationFiles.length).toBeGreaterThanOrEqual(10);
    expect(operationFiles.map((f) => f.slice(f.lastIndexOf("/") + 1)).sort()).toEqual([...DOCUMENT_FILES].sort());
  });

  it.each(assembled.map((d) => [d.file.slice(SRC.length), d.text]))("%s is valid", (_file, text) => {
    const errors = validate(github, parse(text));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it("every shared fragment is used by some document", () => {
    const used = new Set(assembled.flatMap((d) => [...d.text.matchAll(/^fragment (\w+)/gm)].map((m) => m[1])));
    expect([...fragments.keys()].filter((name) => !used.has(name))).toEqual([]);
  });

  it("one named operation per document, and no variable named query/method/url (octokit reserves them)", () => {
    for (const { file, text } of assembled) {
      const ops = parse(text).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      expect(ops, file).toHaveLength(1);
      const op = ops[0];
      if (op.kind !== Kind.OPERATION_DEFINITION) throw new Error("unreachable");
      expect(op.name?.value, file).toBeTruthy();
      const vars = (op.variableDefinitions ?? []).map((v) => v.variable.name.value);
      expect(vars.filter((v) => ["query", "method", "url"].includes(v)), file).toEqual([]);
    }
  });

  it("what the code sends is what was validated", () => {
    const sent = new Set([
      graphqlDocument("issueThread"),
      graphqlDocument("pullRequestThread"),
      graphqlDocument("discussionThread"),
      graphqlDocument("addReaction"),
    ]);
    for (const text of sent) expect(assembled.map((d) => d.text)).toContain(text);
  });

  it("no GraphQL hides inline in TypeScript under src/github", () => {
    for (const file of filesUnder(SRC, ".ts")) {
      expect(readFileSync(file, "utf8"), file).not.toMatch(/[`"']\s*(query|mutation|fragment)\s+\w+\s*[({]/);
    }
  });
});
