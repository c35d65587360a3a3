import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CODE_TOKEN, isCodeIdentifier, nextTrigger, replaceIdentifiers } from "../../src/thread/identifiers.ts";

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

describe("nextTrigger", () => {
  // The pattern nextTrigger scans for by hand; the scan must find exactly its matches.
  const TRIGGER = /[_/\\$%=<>[\]:(]|[a-z][A-Z]|\.[A-Za-z_$]|(?:^|\s)-{1,2}[A-Za-z]|\b(?:E[A-Z]{3}|SIG[A-Z]{2}|0x)/g;
  const piece = fc.constantFrom("a", "B", "-", "--", "---", "x", " ", "\t", "\u3000", "\u2028", ".", "_", "$", "EACCES", "ENO", "SIGKILL", "SIG", "0x", "0X", "9", "é", "§", "(", "]", "E", "S", "I", "G");
  it("finds the same first match as the trigger pattern, from any start", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 25 }).map((p) => p.join("")), fc.nat(40), (text, from) => {
        const start = Math.min(from, text.length);
        TRIGGER.lastIndex = start;
        const m = TRIGGER.exec(text);
        expect(nextTrigger(text, start)).toBe(m ? m.index : -1);
      }),
      { numRuns: 5000 },
    );
  });
  it("reports where a flag, a camelCase hump or an errno name starts", () => {
    expect(nextTrigger("use --force now", 0)).toBe(3);
    expect(nextTrigger("call fooBar", 0)).toBe(7);
    expect(nextTrigger("got ENOENT", 0)).toBe(4);
    expect(nextTrigger("plain words only", 0)).toBe(-1);
  });
});
