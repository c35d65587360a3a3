// Agreed points: explicit agreement ("agreed", "+1", "LGTM", "makes sense") and approvals, tied
// to WHAT was agreed (the quoted sentence, the named clause, or the main claim of the comment
// answered), merged when several people agree to the same thing.
import type { Comment, Thread } from "../thread/model.ts";
import type { Agreement } from "./types.ts";
import type { CommentFeatures } from "./comment-features.ts";
import { clip, keyTerms } from "./text-units.ts";

interface Target {
  text: string;
  index: number;
}

const WHOLE_CHANGE = /\b(?:lgtm|sgtm|ship it|approved?)\b/i;

/** The nearest earlier comment (by someone else) that contains `text` or most of its key terms, or -1. */
function sourceOf(text: string, comments: Comment[], features: CommentFeatures[], before: number, notBy: string): number {
  const terms = keyTerms(text);
  const probe = text.replace(/\s+/g, " ").trim().slice(0, 50).toLowerCase();
  for (let k = before - 1; k >= 0; k--) {
    if (comments[k].author.login === notBy) continue;
    const prose = features[k].prose.replace(/\s+/g, " ").toLowerCase();
    if (probe && prose.includes(probe)) return k;
    if (terms.length && terms.filter((t) => features[k].terms.includes(t)).length / terms.length >= 0.6) return k;
  }
  return -1;
}

function previousByOther(comments: Comment[], index: number): number {
  const me = comments[index].author.login;
  for (let k = index - 1; k >= 0; k--) if (comments[k].author.login !== me) return k;
  return -1;
}

function claimOf(thread: Thread, comments: Comment[], features: CommentFeatures[], k: number): string | null {
  if (k === 0 && comments[0].kind === "body") return features[0].claim ?? (thread.title || null);
  return features[k].claim;
}

function targetOf(thread: Thread, comments: Comment[], features: CommentFeatures[], j: number): Target | null {
  const c = comments[j];
  const f = features[j];
  const me = c.author.login;
  const cue = f.agreement ?? {};
  if (cue.quote) {
    const k = sourceOf(cue.quote, comments, features, j, me);
    if (k >= 0) return { text: cue.quote, index: k };
  }
  if (cue.clause) {
    const k = sourceOf(cue.clause, comments, features, j, me);
    const at = k >= 0 ? k : previousByOther(comments, j);
    if (at >= 0) {
      // A short clause ("on the delivery id") names the point; the source's claim states it.
      const claim = claimOf(thread, comments, features, at);
      const terms = keyTerms(cue.clause);
      const short = cue.clause.split(/\s+/).length < 5;
      const covered = claim !== null && terms.every((t) => keyTerms(claim).includes(t));
      return { text: short && covered && claim ? claim : cue.clause, index: at };
    }
  }
  if (c.replyTo) {
    const k = comments.findIndex((x) => x.id === c.replyTo);
    if (k >= 0 && k < j && comments[k].author.login !== me) {
      const claim = claimOf(thread, comments, features, k);
      if (claim) return { text: claim, index: k };
    }
  }
  const approvesChange = c.reviewState === "APPROVED" || (thread.kind === "pull_request" && WHOLE_CHANGE.test(f.prose) && !c.replyTo);
  if (approvesChange && comments[0]?.kind === "body" && comments[0].author.login !== me) {
    const claim = thread.title || features[0].claim;
    if (claim) return { text: claim, index: 0 };
  }
  const k = previousByOther(comments, j);
  if (k < 0) return null;
  const claim = claimOf(thread, comments, features, k);
  return claim ? { text: claim, index: k } : null;
}

/** Agreements of the thread, merged per agreed point, in order of first agreement. */
export function findAgreements(thread: Thread, comments: Comment[], features: CommentFeatures[]): Agreement[] {
  const merged = new Map<string, Agreement>();
  const add = (target: Target, c: Comment): void => {
    const source = comments[target.index];
    if (source.author.login === c.author.login) return;
    const text = clip(target.text, 200);
    const key = `${source.id}|${keyTerms(text).join(" ")}`;
    let a = merged.get(key);
    if (!a) {
      a = { text, author: source.author.login, commentId: source.id, agreedBy: [], agreementCommentIds: [] };
      if (source.url) a.url = source.url;
      merged.set(key, a);
    }
    if (!a.agreedBy.includes(c.author.login)) a.agreedBy.push(c.author.login);
    if (!a.agreementCommentIds.includes(c.id)) a.agreementCommentIds.push(c.id);
  };
  comments.forEach((c, j) => {
    const approved = c.reviewState === "APPROVED";
    if (features[j].agreement === null && !approved) return;
    const target = targetOf(thread, comments, features, j);
    if (target) add(target, c);
    // An approval also agrees to the change as a whole, whatever else it points at.
    if (approved && target?.index !== 0 && comments[0]?.kind === "body") {
      const whole = thread.title || features[0].claim;
      if (whole) add({ text: whole, index: 0 }, c);
    }
  });
  return [...merged.values()];
}
