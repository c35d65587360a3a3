import { describe, expect, it } from "vitest";
import { CODE_TOKEN, isCodeIdentifier, replaceIdentifiers } from "../../src/thread/identifiers.ts";

describe("isCodeIdentifier", () => {
  it.each([
    "snake_case", "SCREAMING_CASE", "camelCase", "killProcess", "HttpClientFactory", "foo()", "obj.method(x)",
    "os.path.join", "--force", "-rf", "--depth=1", "$HOME", "${VAR}", "ENOENT", "SIGKILL", "a::b", "x->y",
    "key=value", "0xdeadbeef", "/usr/bin/env", "./run.sh", "~/x", "C:\\Windows", "src/thread/clean.ts",
    "package.json", "README.md", "arr[0]",
  ])("%s is code", (token) => {
    expect(isCodeIdentifier(token)).toBe(true);
  });

  it.each(["word", "GitHub", "JavaScript", "and/or", "well-known", "v1.2.3", "1.2", "e.g", "i.e.", "U.S.", "file(s)", "done.Then", "CI", "LGTM", "don't", "EDIT", "EVER", "EXCELLENT", "SIGH", "08/09/17", "world...So", "\\o/"])(
    "%s is not code",
    (token) => {
      expect(isCodeIdentifier(token)).toBe(false);
    },
  );
});

describe("replaceIdentifiers", () => {
  it("keeps surrounding punctuation and sentence ends", () => {
    expect(replaceIdentifiers("Call (foo_bar), then baz.qux(). Done.")).toBe(`Call (${CODE_TOKEN}), then ${CODE_TOKEN}. Done.`);
  });
});

describe("isCodeIdentifier: calls", () => {
  it.each(["getattr(obj,", "mock.patch.object(Foo,", "f(a,b)", "run()", "obj.m(x)"])("%s is code", (t) => expect(isCodeIdentifier(t)).toBe(true));
  it.each(["times(L101)", "method(will", "word(s)"])("%s is prose", (t) => expect(isCodeIdentifier(t)).toBe(false));
});
