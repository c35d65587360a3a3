// Where the app says a thread stands, reduced to what the ending labels can check: the outcome's
// coarse kind (done, answered, no change, pending, none) and the comment the status line cites.
// Used by eval/ending-eval.ts and by the ending model's training (scripts/train-endings.ts).
import type { ThreadReport } from "../src/analysis/types.ts";
import { commentNumber } from "../src/coach/items.ts";
import { composeStatus } from "../src/coach/status-line.ts";
import type { Thread } from "../src/thread/model.ts";

/** The labels' kinds and the app's decision kinds, grouped the way a reader tells endings apart. */
export type EndingGroup = "done" | "answered" | "no-change" | "pending" | "none";

/** What the app's line says: a group, or "outcome" for the ending reader's line, which quotes the outcome without naming its kind. */
export type AppGroup = EndingGroup | "outcome";

const GROUP: Record<string, EndingGroup> = {
  fixed: "done",
  merged: "done",
  resolved: "done",
  "not-reproducible": "done",
  answered: "answered",
  "not-a-bug": "no-change",
  unsupported: "no-change",
  declined: "no-change",
  dropped: "no-change",
  duplicate: "no-change",
  moved: "no-change",
  stale: "no-change",
  withdrawn: "no-change",
  closed: "no-change",
  pending: "pending",
  "will-merge": "pending",
  approved: "pending",
  "fix-proposed": "pending",
  "fix-promised": "pending",
  "pr-welcome": "pending",
  decided: "pending",
  none: "none",
  reopened: "none",
  reverted: "none",
};

export function endingGroup(kind: string | undefined): EndingGroup {
  return GROUP[kind ?? "none"] ?? "none";
}

export interface AppEnding {
  group: AppGroup;
  /** The app's own kind ("fixed", "answered", "took-back", "none"…). */
  kind: string;
  /** 1-based number of the comment the status line cites as its outcome or answer, if any. */
  cited?: number;
  /** The status line as plain text (for reading the misses). */
  text: string;
}

const number = (thread: Pick<Thread, "comments">, id: string | undefined): number | undefined => (id === undefined ? undefined : commentNumber(thread, id));

/** What the app's status line says about the thread's end. */
export function appEnding(report: ThreadReport, thread: Thread, now: Date): AppEnding {
  const line = composeStatus(report, thread, now);
  const text = [line.text, line.why?.quote ?? line.why?.described ?? "", line.since ?? ""].join(" ").replace(/\s+/g, " ").trim();
  const st = report.status;
  const said = /\bin comment (\d+)\b/.exec(line.text);
  const quoted = number(thread, line.why?.commentId) ?? (said ? Number(said[1]) : undefined);
  if (st.why && !/^no outcome/i.test(line.text)) {
    const kind = st.why.kind ?? "decided";
    // The "withdrawn" decision kind is an earlier decision taken back: the thread is open again.
    return { group: kind === "withdrawn" ? "none" : endingGroup(kind), kind, cited: number(thread, st.why.commentId) ?? quoted, text };
  }
  if (/likely outcome, by\b/i.test(line.text)) return { group: "outcome", kind: "reader", cited: quoted, text };
  if (/took the report back/i.test(line.text)) return { group: "no-change", kind: "took-back", cited: quoted, text };
  if (/no outcome stated/i.test(line.text) || line.why === undefined) {
    return { group: "none", kind: "none", text };
  }
  return { group: "answered", kind: "answered", cited: number(thread, report.answer?.commentId) ?? quoted, text };
}
