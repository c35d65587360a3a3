// Decisions, action items and scope growth of a thread, each tied to the comment it came from.
import type { Comment } from "../thread/model.ts";
import type { ActionItem, ItemRef } from "./types.ts";
import type { CommentFeatures } from "./comment-features.ts";
import { clip } from "./text-units.ts";

function ref(c: Comment, text: string): ItemRef {
  const r: ItemRef = { text: clip(text, 200), author: c.author.login, commentId: c.id, createdAt: c.createdAt };
  if (c.url) r.url = c.url;
  return r;
}

/** Decisions ("let's go with…", "we decided…"): who decided (author) and when (createdAt). */
export function findDecisions(comments: Comment[], features: CommentFeatures[]): ItemRef[] {
  return comments.flatMap((c, i) => features[i].decisions.map((d) => ref(c, d)));
}

/** Follow-ups and action items with their owner. */
export function findActionItems(comments: Comment[], features: CommentFeatures[]): ActionItem[] {
  return comments.flatMap((c, i) => features[i].actions.map((a) => ({ ...ref(c, a.text), owner: a.owner })));
}

/** Scope growth ("while we're at it", "should also…"): candidates for a follow-up issue. */
export function findScopeGrowth(comments: Comment[], features: CommentFeatures[]): ItemRef[] {
  return comments.flatMap((c, i) => features[i].scopeGrowth.map((s) => ref(c, s)));
}
