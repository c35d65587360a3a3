// Where an unsettled thread is heading: pointers to a new home or a fix, offered pull requests,
// standing requests (until a later turn answers them) and reports taken back, from later turns only.
import { describe, expect, it } from "vitest";
import { threadHeading } from "../../src/analysis/heading.ts";
import { comment, thread } from "../coach/factories.ts";

const said = (...bodies: string[]) => thread(bodies.length + 1, { comments: [comment(1, { body: "Export crashes on empty sheets." }), ...bodies.map((body, i) => comment(i + 2, { body }))] });
const kinds = (bodies: string[]) => threadHeading(said(...bodies)).map((h) => h.kind);

describe("threadHeading", () => {
  it("finds a new issue or pull request a reply moves the work to, latest wins", () => {
    const hs = threadHeading(said("Looks like the parser.", "I filed #41 for the parser part.", "Follow-up work now continues in #57, closing soon."));
    expect(hs).toHaveLength(1);
    expect(hs[0]).toMatchObject({ kind: "issue", ref: "#57", commentId: "c4" });
    const pr = threadHeading(said("The fix PR is up: https://github.com/o/r/pull/88"))[0];
    expect(pr).toMatchObject({ kind: "pull-request", ref: "#88" });
    expect(threadHeading(said("Thanks!\nhttps://github.com/o/r/pull/90"))[0]).toMatchObject({ kind: "pull-request", ref: "#90" });
  });

  it("does not read a look back or the opening post as a heading", () => {
    expect(kinds(["This was not fixed in #12 after all, the crash is still there."])).toEqual([]);
    expect(threadHeading(thread(2, { comments: [comment(1, { body: "Fixes #3." }), comment(2, { body: "Nice." })] }))).toEqual([]);
    expect(kinds(["> I opened #41\nThanks for that."])).toEqual([]);
  });

  it("keeps a request of someone other than the author until a later turn carries what was asked", () => {
    const asked = "Please post a minimal reproducer repository so we can dig in.";
    expect(threadHeading(said(asked))[0]).toMatchObject({ kind: "request", asked: "reproduction steps" });
    expect(kinds([asked, "Still happening for me too."])).toEqual(["request"]);
    expect(kinds([asked, "Here it is:\n```\nexport(sheet([]))\n```"])).toEqual([]);
    expect(threadHeading(said("@ana could you rebase onto main? It conflicts now."))[0]).toMatchObject({ asked: "a rebase", text: "could you rebase onto main?" });
    expect(kinds(["Could you rebase onto main? It conflicts now.", "Rebased, should be green."])).toEqual([]);
    // The author asking for something is not a standing request of the thread.
    expect(threadHeading(thread(3, { comments: [comment(1), comment(2), comment(3, { author: { login: "author", isBot: false, association: "NONE" }, body: "Please send logs if you see it." })] }))).toEqual([]);
  });

  it("finds a reporter taking back their report, with the reason that follows a short admission", () => {
    const h = threadHeading(said("My mistake. The sheet had a hidden column that the exporter rightly rejects."))[0];
    expect(h).toMatchObject({ kind: "withdrawn" });
    expect(h.text).toContain("hidden column");
    expect(kinds(["Was it my mistake?"])).toEqual([]);
  });

  it("finds a pull request offered, and says nothing for a thread that points nowhere", () => {
    expect(kinds(["I can open a pull request for this tomorrow."])).toEqual(["offered-pr"]);
    expect(kinds(["Same here on 2.1.", "Any idea what causes it?"])).toEqual([]);
  });

  it("finds a pull request invited, by anyone, and the latest of an invitation and an offer wins", () => {
    expect(kinds(["PRs welcome for the empty-sheet case."])).toEqual(["invited-pr"]);
    expect(kinds(["If you find a cleaner check, feel free to open a pull request."])).toEqual(["invited-pr"]);
    expect(kinds(["We'd be happy to review a patch for this."])).toEqual(["invited-pr"]);
    expect(kinds(["Feel free to open a pull request.", "I can open a pull request for this tomorrow."])).toEqual(["offered-pr"]);
    expect(kinds(["Thanks for the pull request."])).toEqual([]);
  });

  it("finds a proposal only in the last turn, and not as a question", () => {
    expect(kinds(["Same here.", "Maybe it's time to revisit the default page size."])).toEqual(["proposal"]);
    expect(kinds(["I'd suggest we drop the legacy loader.", "The legacy loader still has users."])).toEqual([]);
    expect(kinds(["Same here.", "Should we revisit the default page size?"])).toEqual([]);
    expect(kinds(["Same here.", "We should document the limit in the README."])).toEqual(["proposal"]);
    expect(threadHeading(said("Same here.", "I agree with kim - maybe it's time to revisit the default page size."))[0].text).toBe("maybe it's time to revisit the default page size.");
  });
});

describe("threadHeading: the author rethinking their request", () => {
  const me = { login: "author", isBot: false, association: "NONE" as const };
  const withLast = (body: string, author = me) =>
    thread(3, { comments: [comment(1, { body: "Could the editor show review comments inline?" }), comment(2, { body: "That needs a design first; polling is out." }), comment(3, { author, body })] });

  it("the author's last turn putting the request back to think it over", () => {
    const hs = threadHeading(withLast("Okay, let me reconsider the design given your points. I'll circle back."));
    expect(hs.map((h) => h.kind)).toEqual(["rethinking"]);
  });

  it("not from someone else, nor a question, nor an earlier turn", () => {
    expect(threadHeading(withLast("Let me reconsider the design.", { login: "user3", isBot: false, association: "NONE" })).map((h) => h.kind)).toEqual([]);
    expect(threadHeading(withLast("Should I rethink the design?")).map((h) => h.kind)).toEqual([]);
  });
});
