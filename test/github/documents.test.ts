import { describe, expect, it } from "vitest";
import { assembleDocument, splitFragments } from "../../src/github/documents.ts";

const FRAGMENTS = `
# comments may mention { braces } without harm
fragment A on X {
  a
  nested { ...B }
}

fragment B on Y {
  b
  ...on Z { z }
}

fragment C on X { c }
`;

describe("GraphQL document assembly", () => {
  it("splits a fragments file by name, across nested braces", () => {
    const fragments = splitFragments(FRAGMENTS);
    expect([...fragments.keys()]).toEqual(["A", "B", "C"]);
    expect(fragments.get("A")).toMatch(/^fragment A on X \{[\s\S]*\.\.\.B \}\n\}$/);
  });

  it("appends exactly the fragments used, transitively, once each", () => {
    const doc = assembleDocument("query Q { x { ...A ...A } }", splitFragments(FRAGMENTS));
    expect([...doc.matchAll(/^fragment (\w+)/gm)].map((m) => m[1])).toEqual(["A", "B"]);
    expect(doc.startsWith("query Q")).toBe(true);
  });

  it("an undefined fragment is an error naming it", () => {
    expect(() => assembleDocument("query Q { ...Missing }", splitFragments(FRAGMENTS))).toThrow(/Missing/);
  });
});
