// Thread-wide indexes over the per-comment features: document frequency and postings of each key
// term, and the comments that can answer an item without sharing a term (reply links, review
// threads, quotes; acknowledgements and approvals per author; mentions per login). Pure; when the
// same features (by identity, i.e. from the per-comment cache) come back with new comments
// appended, the previous index is extended instead of rebuilt, so a new comment costs its own terms.
import type { Comment } from "../thread/model.ts";
import type { CommentFeatures } from "./comment-features.ts";

export interface TermIndex {
  /** How many comments contain each key term. */
  docFreq: Map<string, number>;
  /** Comment indices (ascending) containing each key term. */
  postings: Map<string, number[]>;
  /** Comments with a reply link, a review thread, a discussion-comment kind, or a quote. */
  special: number[];
  /** Per author: their comments that acknowledge or approve. */
  settledBy: Map<string, number[]>;
  /** Per lower-cased login: comments mentioning it. */
  mentioning: Map<string, number[]>;
}

interface Built {
  features: CommentFeatures[];
  index: TermIndex;
}

/** One index per thread, found by the features of its first comment (collected with them). */
const built = new WeakMap<CommentFeatures, Built>();

function push(m: Map<string, number[]>, key: string, j: number): void {
  const list = m.get(key);
  if (!list) m.set(key, [j]);
  else if (list[list.length - 1] !== j) list.push(j);
}

function addComment(index: TermIndex, c: Comment, f: CommentFeatures, j: number): void {
  for (const t of f.terms) {
    index.docFreq.set(t, (index.docFreq.get(t) ?? 0) + 1);
    push(index.postings, t, j);
  }
  if (c.replyTo || c.reviewThreadId || c.kind === "discussion_comment" || f.quotes.length) index.special.push(j);
  if (f.acknowledges || f.resolvesOwn || c.reviewState === "APPROVED") push(index.settledBy, c.author.login, j);
  for (const m of f.mentions) push(index.mentioning, m.toLowerCase(), j);
}

function isPrefix(prefix: CommentFeatures[], of: CommentFeatures[]): boolean {
  if (prefix.length > of.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== of[i]) return false;
  return true;
}

/** The term index of `comments` (with their `features`, same order). Do not mutate the result. */
export function termIndex(comments: Comment[], features: CommentFeatures[]): TermIndex {
  const first = features[0];
  const known = first ? built.get(first) : undefined;
  if (known && isPrefix(known.features, features)) {
    for (let j = known.features.length; j < features.length; j++) addComment(known.index, comments[j], features[j], j);
    known.features = features.slice();
    return known.index;
  }
  const index: TermIndex = { docFreq: new Map(), postings: new Map(), special: [], settledBy: new Map(), mentioning: new Map() };
  features.forEach((f, j) => addComment(index, comments[j], f, j));
  if (first) built.set(first, { features: features.slice(), index });
  return index;
}
