// Decisions of a thread: the outcome turns (closing, merging, declining, "not a bug", "fixed in
// #N", "closing in favour of #412": outcome-cues.ts) and the plain decisions ("let's go with…",
// "we decided…": decisions.ts), each tied to its comment; an outcome is kept only from someone
// who can settle it (a "not a bug" or "won't fix" only from someone other than the thread's author), and a decision undone later ("reverted", "reopening") carries what reversed it.
import type { Comment } from "../thread/model.ts";
import type { CommentFeatures } from "./comment-features.ts";
import { displayText } from "./display-text.ts";
import { REVERSING_KINDS, outcomeKind } from "./outcome-cues.ts";
import { clip } from "./text-units.ts";
import type { Decision, ItemRef } from "./types.ts";

/** Outcomes the thread's author settles only in a full sentence ("it appears the issue isn't a
 * bug, but rather intended behaviour"), never with a bare label ("Not a bug" in a typo list). */
const OTHERS_ONLY: ReadonlySet<string> = new Set(["not-a-bug", "declined"]);

/** Longest decision text kept: room for the links a settling sentence often carries ("As noted in <url> and <url>, …"), shortened when shown. */
const DECISION_CHARS = 400;

function ref(c: Comment, sentence: string): ItemRef {
  const r: ItemRef = { text: clip(displayText(sentence, c.body), DECISION_CHARS), author: c.author.login, commentId: c.id, createdAt: c.createdAt };
  if (c.url) r.url = c.url;
  return r;
}

/** A sentence that is a heading or a template line in the comment's Markdown ("## Not a bug", "- [x] New feature"), not something said. */
export function isHeadingLine(sentence: string, body: string): boolean {
  const head = sentence.replace(/[.!:]+$/, "").trim().slice(0, 40).toLowerCase();
  if (!head) return false;
  return body.split("\n").some((line) => {
    const l = line.trim().toLowerCase();
    return /^(?:#{1,6}\s|[-*]\s+\[[ x]\]|\*\*[^*]+\*\*:?$)/.test(l) && l.replace(/^(?:#{1,6}|[-*]\s+\[[ x]\]|\*\*)\s*/, "").startsWith(head);
  });
}

/** The decisions of a thread in order, at most one per comment (its outcome sentence first). */
export function findThreadDecisions(comments: Comment[], features: CommentFeatures[]): Decision[] {
  const opener = comments[0]?.kind === "body" ? comments[0].author.login : undefined;
  const out: Decision[] = [];
  comments.forEach((c, i) => {
    const f = features[i];
    if (i === 0 && c.kind === "body") return; // the opening post proposes; it decides nothing yet
    let found: Decision | null = null;
    for (const s of f.sentences) {
      const kind = outcomeKind(s);
      if (!kind || isHeadingLine(s, c.body)) continue;
      // The thread's author saying "not a bug" settles it only in a sentence of their own, not a bare label.
      if (c.author.login === opener && OTHERS_ONLY.has(kind) && s.split(/\s+/).length < 6) continue;
      found = { ...ref(c, s), kind };
      break;
    }
    if (!found && f.decisions.length > 0) found = { ...ref(c, f.decisions[0]), kind: "decided" };
    if (!found) return;
    if (REVERSING_KINDS.has(found.kind ?? "decided")) {
      // It undoes the latest decision still standing (a reopening undoes a closing).
      const undone = [...out].reverse().find((d) => !d.reversedBy && !REVERSING_KINDS.has(d.kind ?? "decided"));
      if (undone) undone.reversedBy = { text: found.text, author: found.author, commentId: found.commentId, ...(found.url ? { url: found.url } : {}), ...(found.createdAt ? { createdAt: found.createdAt } : {}) };
    }
    out.push(found);
  });
  return out;
}
