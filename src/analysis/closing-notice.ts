// A comment that closes the thread in words ("This issue has been automatically closed because of
// inactivity", "Closing this for now, feel free to reopen"): what was asked before it is overtaken,
// as when the thread itself is closed. Read on every comment, bots included (stale bots close).
import type { Comment, Thread } from "../thread/model.ts";
import { normalizeForMatch } from "./questions.ts";
import { memoByBody } from "./text-memo.ts";

const CLOSING =
  /\b(?:(?:this|the) (?:issue|pull request|pr|thread|ticket) (?:has been|was|is being|is|will be) (?:automatically )?(?:closed|locked)|(?:i'm|i am|we're|we are|i'll|we'll|i will|we will|going to) clos(?:e|ing)(?: (?:this|it))?(?= (?:for|as|because|since|due|now|until|in favou?r)\b|[.!,]|$)|(?:i'm|i am|we're|we are|i'll|we'll|i will|we will|going to) clos(?:e|ing) (?:this|it)\b|^closing(?: this| it)?(?: for now| now| as| because| since| due|[.!,]|$)|(?:feel free to|you can|we can) re-?open|\b(?:going to|will|i'll|we'll) lock (?:this|the) (?:issue|thread|conversation|pull request|pr)\b)/;

/** True when the comment announces that the thread is (being) closed. */
export function isClosingNotice(c: Comment): boolean {
  return announcesClosing(c.body ?? "");
}

/** Every event asks it of every comment (several times): remembered by body. */
const announcesClosing = memoByBody(20_000, (body: string): boolean =>
  body
    .split(/\n\s*\n/)
    .slice(0, 3)
    .some((para) => CLOSING.test(normalizeForMatch(para.replace(/\s+/g, " ").trim()))),
);

const notices = new WeakMap<Thread, number[]>();

/** Times (ms) of the thread's closing notices, in thread order; computed once per thread object. */
export function closingTimes(thread: Thread): number[] {
  let times = notices.get(thread);
  if (!times) {
    times = thread.comments.filter(isClosingNotice).map((c) => Date.parse(c.createdAt));
    notices.set(thread, times);
  }
  return times;
}
