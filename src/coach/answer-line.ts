// The answer the thread gave, as summary lines: folded into "Where it stands" when the thread
// states no outcome ("Answered by kai (maintainer; accepted by the author in comment 6), in
// comment 5: <its key sentence>"), or as its own "Answer so far" line beside an outcome that
// does not already quote it ("Answered by ana (the author; confirmed to work by another participant
// in comment 9)" for the opener's own fix). A reply that only guesses ("I think this is because…",
// "maybe the proxy") and that nobody accepted or confirmed is no answer: "A cause suggested by kai,
// not confirmed". Who answered is said in plain text (never an @mention). Pure.
import { guessesCause, isHedged } from "../analysis/answer-sentence.ts";
import type { ThreadReport } from "../analysis/types.ts";
import type { Thread } from "../thread/model.ts";
import { commentNumber, itemLine } from "./items.ts";
import type { MessageItem } from "./message.ts";

/** True when the thread's answer only guesses ("I think this is because…") and nobody accepted, confirmed or agreed with it. */
export function unconfirmedGuess(report: ThreadReport): boolean {
  const a = report.answer;
  if (!a || a.acceptedIn || a.confirmedIn) return false;
  // Someone else agreeing with a point of that reply ("yes, that's it") confirms the guess.
  const agreed = report.agreements.some((x) => x.commentId === a.commentId && x.agreedBy.some((who) => who !== a.author));
  return !agreed && isHedged(a.text);
}

/** The "Answer so far" line's tail: "— by kai (maintainer)." or, for a guess nobody confirmed, "— a guess by kai, not confirmed." */
export function answerBy(report: ThreadReport): string {
  const a = report.answer;
  if (!a) return "";
  const who = `${a.author}${a.role ? ` (${a.role})` : ""}`;
  return unconfirmedGuess(report) ? ` — a guess by ${who}, not confirmed.` : ` — by ${who}.`;
}

/** "Answered by kai (maintainer; accepted by the author in comment 6)" — the answer's status text, or undefined. */
export function answeredText(report: ThreadReport, thread: Pick<Thread, "comments">): string | undefined {
  const a = report.answer;
  if (!a) return undefined;
  const n = a.acceptedIn ? commentNumber(thread, a.acceptedIn) : undefined;
  const c = a.confirmedIn ? commentNumber(thread, a.confirmedIn) : undefined;
  const notes = [
    a.byOpener ? "the author" : a.role,
    n !== undefined ? `accepted by the author in comment ${n}` : undefined,
    c !== undefined ? `confirmed to work by another participant in comment ${c}` : undefined,
  ].filter((x): x is string => x !== undefined);
  if (unconfirmedGuess(report)) {
    return `${guessesCause(a.text) ? "A cause" : "An answer"} suggested by ${a.author}${a.role ? ` (${a.role})` : ""}, not confirmed`;
  }
  return `Answered by ${a.author}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`;
}

/** The answer as a quoted line, or undefined when there is none or its comment must not be quoted. */
export function answerItem(report: ThreadReport, thread: Pick<Thread, "comments">): MessageItem | undefined {
  if (!report.answer) return undefined;
  const item = itemLine(report, thread, report.answer, "point");
  return item.quote === undefined ? undefined : item;
}
