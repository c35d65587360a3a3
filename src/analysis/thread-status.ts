// Where a thread stands: open, closed or merged (and locked), since when, and why. GitHub's own
// state wins when the thread was loaded from GitHub; a thread that carries only comments (a
// JSON file, the panel) is read from its words: the latest closing or merging decision still
// standing. The "why" is the latest standing decision, in its own words: the latest turn that
// changes or states where the thread is wins over earlier ones (a re-closing after a reopening, a
// merge after an approval, a pull request opened after one was invited). When the words close the
// thread and a later outcome follows ("closing, a setup issue" then the reporter's "that was it,
// works now"), both are kept: the closing as `settledBy`, the later outcome as the why. A closing
// that carries no reason of its own ("Closing.", "This issue is locked…") after an outcome that
// does ("IngressClass has never been supported") keeps that outcome as the why and the closing as
// `settledBy`. Someone else's "fix confirmed" after a fix or merge keeps the fix as the why and
// the report as `confirmedBy`. Pure.
import type { Thread } from "../thread/model.ts";
import { CONFIRMABLE } from "./confirmation.ts";
import { CLOSING_KINDS, REVERSING_KINDS } from "./outcome-cues.ts";
import type { Decision, ThreadStatus } from "./types.ts";

/** The thread's status from its state fields and its decisions (in thread order). */
export function threadStatus(thread: Pick<Thread, "state" | "stateReason" | "closedAt" | "locked">, decisions: Decision[]): ThreadStatus {
  const standing = decisions.filter((d) => !d.reversedBy && !REVERSING_KINDS.has(d.kind ?? "decided"));
  // An approval ("LGTM", "/approve") or a fix offered in a pull request says where things stand
  // only when nothing weightier was decided (the offered fix before the approval).
  // A fix offered after the plan it carries out (an invitation to send one, a "let's go with…") is
  // the later step and says where things stand.
  const follows = (i: number) => standing.slice(0, i).filter((e) => e.kind !== "approved" && e.kind !== "fix-proposed").at(-1)?.kind;
  const weak = (d: Decision, i: number) => d.kind === "approved" || (d.kind === "fix-proposed" && follows(i) !== "pr-welcome" && follows(i) !== "decided");
  const latest = standing.filter((d, i) => !weak(d, i)).at(-1) ?? standing.filter((d) => d.kind === "fix-proposed").at(-1) ?? standing.at(-1);
  const last = decisions.at(-1);
  const reopened = last !== undefined && last.kind === "reopened";
  const status: ThreadStatus = { state: "unknown", source: thread.state || thread.closedAt ? "github" : "words", locked: thread.locked === true };
  if (thread.stateReason) status.stateReason = thread.stateReason;
  if (thread.state) {
    status.state = thread.state;
    if (thread.state !== "open" && thread.closedAt) status.since = thread.closedAt;
    if (latest) status.why = explained(standing, latest);
    return status;
  }
  if (thread.closedAt) {
    status.state = "closed";
    status.since = thread.closedAt;
    if (latest) status.why = explained(standing, latest);
    return status;
  }
  // Words only: the latest standing decision that closes or merges sets the state.
  const settling = [...standing].reverse().find((d) => CLOSING_KINDS.has(d.kind ?? "decided") || d.kind === "merged");
  if (settling && !reopened) {
    status.state = settling.kind === "merged" ? "merged" : "closed";
    if (settling.createdAt) status.since = settling.createdAt;
    // "This issue is locked to prevent necro-posting": locked too.
    if (/^(?:this|the) (?:issue|pr|pull request|thread|ticket|conversation) (?:is|has been|was) (?:now )?locked\b/i.test(settling.text)) status.locked = true;
  } else if (reopened) {
    status.state = "open";
    if (last.createdAt) status.since = last.createdAt;
    // Reopened after its latest outcome: the reopening is where it stands.
    if (!latest || latest.reversedBy || decisions.indexOf(latest) < decisions.indexOf(last)) {
      status.why = last;
      return status;
    }
  }
  if (latest) status.why = explained(standing, latest);
  // Closed in words, then a later outcome that does not close (the reporter's "works now"): the line says both.
  const why = status.why;
  if (settling && !reopened && why && why !== settling && !closes(why) && decisions.indexOf(why) > decisions.indexOf(settling)) status.settledBy = settling;
  // A closing that gives no reason, after an outcome that does: the outcome says where it stands, the closing follows it.
  if (settling && !reopened && why === settling && unreasoned(settling)) {
    const before = standing.slice(0, standing.indexOf(settling)).filter((d) => REASONED.has(d.kind ?? "decided")).at(-1);
    if (before) {
      status.why = before;
      status.settledBy = settling;
    }
  }
  // Someone else confirming a fix or merge works: the fix says where it stands, the confirmation follows it.
  const end = status.why;
  if (end?.kind === "resolved" && !status.settledBy) {
    const fix = standing.slice(0, standing.indexOf(end)).at(-1);
    if (fix && CONFIRMABLE.has(fix.kind ?? "decided") && fix.author !== end.author) {
      status.why = fix;
      status.confirmedBy = end;
    }
  }
  return status;
}

/** Outcomes that say what happened in their own words, which a bare closing after them does not replace. */
const REASONED: ReadonlySet<string> = new Set(["fixed", "merged", "not-a-bug", "unsupported", "declined", "resolved", "not-reproducible", "dropped"]);

/** A closing with no reason of its own: a few words ("Closing."), or a notice that locks the thread. */
const unreasoned = (d: Decision) => d.kind === "closed" && (words(d) <= 5 || /\blocked\b/i.test(d.text));

const closes = (d: Decision) => CLOSING_KINDS.has(d.kind ?? "decided") || d.kind === "merged";

const words = (d: Decision) => d.text.split(/\s+/).length;

/** A bare "I'll close it." after an earlier closing that gave its reason: the reasoned one says why. */
function explained(standing: Decision[], latest: Decision): Decision {
  if (words(latest) > 5) return latest;
  const closing = (d: Decision) => CLOSING_KINDS.has(d.kind ?? "decided");
  // Only a closing stands in for a closing, and only the same kind for any other ("Thanks for fixing this!" confirms the fix before it, it does not repeat it).
  const reasoned = [...standing].reverse().find((d) => d !== latest && closing(d) === closing(latest) && (closing(latest) || d.kind === latest.kind) && words(d) > 5);
  return reasoned ?? latest;
}
