// What a "that works" agrees to: the sentence that gives the fix, with the code it introduces;
// never a background sentence, and never a claim its writer took back. Hand-written threads.
import { describe, expect, it } from "vitest";
import { codeAfter } from "../../src/analysis/code-after.ts";
import { analyzeThread } from "../../src/analysis/report.ts";
import { threadFromSimpleJson } from "../../src/thread/simple-thread.ts";

const now = new Date("2024-03-01T00:00:00Z");
type C = { author: string; text: string };
const analyze = (comments: C[]) => analyzeThread(threadFromSimpleJson({ kind: "issue", comments }), { now });
const opening = { author: "rosa", text: "The build hangs for minutes when the remote cache host is unreachable." };

describe("codeAfter", () => {
  it("returns the fenced block right after the sentence, on one line", () => {
    const body = "Some background first.\n\nThis should work:\n```sh\nCACHE_HOST= make build\n```\nLet me know.";
    expect(codeAfter("This should work:", body)).toBe("CACHE_HOST= make build");
    expect(codeAfter("Some background first.", body)).toBeNull();
  });

  it("joins a short snippet's lines, drops comment lines, and cuts a long one", () => {
    expect(codeAfter("Put this in your config:", "Put this in your config:\n```\n# off\ncache = false\nretries = 0\n```")).toBe("cache = false; retries = 0");
    const long = `Run this:\n\`\`\`\n${"x".repeat(300)}\n\`\`\``;
    expect(codeAfter("Run this:", long)?.endsWith("…")).toBe(true);
  });
});

describe("a confirmation agrees to the fix", () => {
  it("takes the sentence that introduces the code, with the code, over the comment's opening background", () => {
    const r = analyze([
      opening,
      { author: "kai", text: "The cache client is created by the plugin loader at start-up. To skip it, this works in a shell:\n```sh\nCACHE_HOST= make build\n```" },
      { author: "rosa", text: "Yup, that works!" },
    ]);
    expect(r.agreements).toHaveLength(1);
    expect(r.agreements[0].text).toContain("CACHE_HOST= make build");
    expect(r.agreements[0].text).not.toContain("plugin loader");
  });

  it("passes over the writer's report of what they ran (and a label over code) to their earlier suggestion", () => {
    const r = analyze([
      opening,
      { author: "kai", text: "If you set the cache timeout to zero before the build starts, it should skip the remote host." },
      { author: "kai", text: "On my laptop I ran the build with the remote host unplugged instead of a timeout and it still hung for a minute.\n\n### log:\n```\nwaiting for cache...\n```" },
      { author: "rosa", text: "I've tried the zero timeout and it worked for me." },
    ]);
    expect(r.agreements.map((a) => a.text)).toEqual(["If you set the cache timeout to zero before the build starts, it should skip the remote host."]);
  });

  it("lists nothing when the confirmed comment gives no fix at all", () => {
    const r = analyze([
      opening,
      { author: "kai", text: "The cache client is created by the plugin loader at start-up and it retries the host for a while." },
      { author: "rosa", text: "Yup, that works!" },
    ]);
    expect(r.agreements).toEqual([]);
  });
});

describe("a retracted claim is not agreed", () => {
  it("drops a point its writer takes back later in the same comment", () => {
    const r = analyze([
      opening,
      { author: "kai", text: "The cache host setting is read only once at start-up, so changing it needs a restart of the daemon.\n\nEdit: Nevermind, the daemon reloads it on every build." },
      { author: "ana", text: "Agreed, the cache host setting is read only once at start-up." },
    ]);
    expect(r.agreements.map((a) => a.text).join(" ")).not.toMatch(/read only once/);
  });

  it("keeps a point nobody took back", () => {
    const r = analyze([
      opening,
      { author: "kai", text: "The cache host setting is read only once at start-up, so changing it needs a restart of the daemon." },
      { author: "ana", text: "Agreed, the cache host setting is read only once at start-up." },
    ]);
    expect(r.agreements.length).toBeGreaterThan(0);
  });
});
