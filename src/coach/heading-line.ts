// Where an unsettled thread is heading, in the status line's words: "another participant asked
// for reproduction steps in comment 5; the author invited a pull request in comment 7; a
// maintainer proposed a change in comment 8; another participant took back their own report as their
// mistake, in comment 6: <quote>". Who by role, never a login; a reference shown inert (no
// cross-link back from the app's comment). The latest heading is quoted when its comment reads
// calm and its sentence is more than a bare link. Pure.
import { type Heading, threadHeading } from "../analysis/heading.ts";
import type { ThreadReport } from "../analysis/types.ts";
import type { Thread } from "../thread/model.ts";
import { commentNumber, isHeated, itemLine } from "./items.ts";
import type { MessageItem } from "./message.ts";
import { inertReference } from "./short-links.ts";
import { roleOf } from "./waiting-on.ts";

/** "#10903" that neither links nor cross-references: a zero-width space after the "#". */

function clause(h: Heading, thread: Pick<Thread, "comments">): string {
  const who = roleOf(h.author, thread);
  switch (h.kind) {
    case "pull-request":
      return `${who} pointed to pull request ${inertReference(h.ref ?? "")}`;
    case "issue":
      return `${who} pointed to ${/\/issues\//.test(h.text) ? "issue " : ""}${inertReference(h.ref ?? "")}`;
    case "offered-pr":
      return `${who} offered to send a pull request`;
    case "invited-pr":
      return `${who} invited a pull request`;
    case "proposal":
      return `${who} proposed a change`;
    case "request":
      return `${who} asked for ${h.asked ?? "more information"}`;
    case "rethinking":
      return "the author said they would rethink the request";
    case "withdrawn":
      return who === "the author" ? "the author took the report back as their own mistake" : `${who} took back their own matching report as a mistake`;
  }
}

/** A sentence that is only a reference says nothing a quote would add. */
const bareRef = (text: string) => /^\W*(?:see\s+)?(?:\S*#\d+|https?:\/\/\S+)\W*$/i.test(text);

/** "; <where it is heading>" and the quoted latest heading, or undefined when the thread says none. */
export function headingLine(report: ThreadReport, thread: Pick<Thread, "comments">, headings: readonly Heading[] = threadHeading(thread)): { text: string; why?: MessageItem } | undefined {
  const at = (h: Heading) => commentNumber(thread, h.commentId) ?? 0;
  const hs = [...headings].sort((a, b) => at(a) - at(b));
  if (hs.length === 0) return undefined;
  const last = hs[hs.length - 1];
  const quoted = !bareRef(last.text) && !isHeated(report, last.commentId);
  const since = (h: Heading) => (h.kind === "request" ? ", not given since" : "");
  const parts = hs.map((h) => `${clause(h, thread)}${h === last && quoted ? since(h) : ` in comment ${at(h)}${since(h)}`}`);
  if (!quoted) return { text: `; ${parts.join("; ")}` };
  return { text: `; ${parts.join("; ")}:`, why: itemLine(report, thread, last, "point") };
}
