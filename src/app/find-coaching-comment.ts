// Finds the app's one coaching comment in a loaded thread: a top-level comment the app wrote
// itself (viewerDidAuthor) carrying a valid state marker. If a retry or a race left two, the
// oldest is kept and the others are returned for deletion; their remembered commands are
// merged in so none runs twice.
import { parseState, withHandled, type CoachState } from "../coach/state.ts";
import { decodeMarker } from "../render/marker.ts";
import type { Comment, Thread } from "../thread/model.ts";

export interface CoachingComment {
  comment?: Comment;
  state: CoachState | null;
  /** Extra coaching comments of ours, to delete. */
  extras: Comment[];
}

const TOP_LEVEL: readonly Comment["kind"][] = ["comment", "discussion_comment"];

export function findCoachingComment(thread: Thread): CoachingComment {
  const ours = thread.comments
    .filter((c) => c.viewerDidAuthor === true && TOP_LEVEL.includes(c.kind))
    .map((comment) => ({ comment, state: parseState(decodeMarker(comment.body)) }))
    .filter((x): x is { comment: Comment; state: CoachState } => x.state !== null);
  if (ours.length === 0) return { state: null, extras: [] };
  const [keep, ...extras] = ours; // thread order: oldest first
  const edited = (x: { comment: Comment }) => Date.parse(x.comment.updatedAt ?? x.comment.createdAt) || 0;
  const newest = ours.reduce((a, b) => (edited(b) > edited(a) ? b : a));
  let state: CoachState = { ...newest.state };
  for (const other of ours) for (const key of other.state.handled) state = withHandled(state, key);
  return { comment: keep.comment, state, extras: extras.map((x) => x.comment) };
}
