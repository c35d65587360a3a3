// End to end with the real analysis: on a calm RFC where a reviewer asks two questions and the
// author answers only the second, `/summarize` (through Probot and the fake GitHub) lists the part
// nobody answered under "Open questions", and not the part that was answered; what was agreed is the
// answered part itself, never the review's opening words ("Reviewing from the ops side.").
import nock from "nock";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analyzeThread } from "../../src/analysis/report.ts";
import type { AppDeps } from "../../src/app/deps.ts";
import { registerHandlers } from "../../src/app/register.ts";
import { resolveConfig } from "../../src/app/resolve-config.ts";
import { loadConfig } from "../../src/config/load.ts";
import { FakeRepo, human, type FakeThread } from "./fake-repo.ts";
import { NOW, probotWith } from "./harness.ts";
import { issueComment } from "./payloads.ts";
import { visible } from "../support/visible.ts";

let gh: FakeRepo;
let rfc: FakeThread;

beforeEach(() => {
  nock.disableNetConnect();
  gh = new FakeRepo().serve();
  rfc = gh.add({
    kind: "issue",
    number: 42,
    title: "RFC: move the job runner to the new scheduler",
    opening: human(1, "This RFC moves the job runner to the new scheduler behind a feature flag. Comments welcome until Friday.", "lena", "OWNER"),
    comments: [
      human(2, "Reviewing from the ops side.\n\n1. What happens to jobs that are already queued during the switch?\n2. Should the flag default to on?", "omar", "MEMBER"),
      human(3, "Good catch on the second one. Re 2: yes, on by default, so new installs get the scheduler.", "lena", "OWNER"),
      human(4, "Nice write-up overall. One nit: the README example still uses the old flag name.", "nina", "CONTRIBUTOR"),
      human(5, "Thanks, fixed the README example.", "lena", "OWNER"),
    ],
  });
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe("/summarize on a calm RFC with a two-part question", () => {
  it("names the part nobody answered, not the part that was answered, and agrees to the answered part only", async () => {
    const deps: AppDeps = {
      now: () => NOW,
      analyze: (thread, options) => analyzeThread(thread, options),
      loadConfig: (context, source) => resolveConfig(source, context, loadConfig),
    };
    const probot = await probotWith((app) => registerHandlers(app, deps), pino({ level: "silent" }));
    const ask = human(6, "/summarize", "omar", "MEMBER");
    rfc.comments.push(ask);
    await probot.receive({ id: "d-1", name: "issue_comment", payload: issueComment("created", rfc, ask) } as never);

    expect(gh.writes.map((w) => w.op)).toEqual(["create"]);
    const body = visible(gh.ours(42)[0].body);
    const open = body.slice(body.indexOf("**Open questions**"), body.indexOf("**Unresolved concerns**"));
    expect(open).toContain("What happens to jobs that are already queued during the switch?");
    expect(open).not.toContain("Should the flag default to on?");
    expect(open).not.toContain("README");
    // "Good catch on the second one" agrees to part 2, not to the comment's opening words.
    const agreed = body.split("\n").filter((l) => /agreed by/i.test(l));
    expect(agreed.join("\n")).toContain("Should the flag default to on?");
    expect(body).not.toContain("Reviewing from the ops side");
    expect(body).not.toMatch(/@[a-z]/i);
  });
});
