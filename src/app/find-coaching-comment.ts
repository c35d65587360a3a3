// Finds the app's one coaching comment in a loaded thread: a top-level comment the app wrote
// itself (viewerDidAuthor) carrying a state marker. A marker that no longer decodes (another
// version, a hand edit) still marks the comment as ours: it is reused with fresh state rather
// than joined by a second comment. If a retry or a race left two, the
// oldest is kept and the others are returned for deletion; their remembered commands are
// merged in so none runs twice.
import { parseState, withHandled, type CoachState } from "../coach/state.ts";
import { decodeMarker, hasMarker } from "../render/marker.ts";
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
    .filter((c) => c.viewerDidAuthor === true && TOP_LEVEL.includes(c.kind) && hasMarker(c.body))
    .map((comment) => ({ comment, state: parseState(decodeMarker(comment.body)) }));
  if (ours.length === 0) return { state: null, extras: [] };
  const [keep, ...extras] = ours; // thread order: oldest first
  const readable = ours.filter((x): x is { comment: Comment; state: CoachState } => x.state !== null);
  const edited = (x: { comment: Comment }) => Date.parse(x.comment.updatedAt ?? x.comment.createdAt) || 0;
  let state: CoachState | null = null;
  if (readable.length > 0) {
    state = { ...readable.reduce((a, b) => (edited(b) > edited(a) ? b : a)).state };
    for (const other of readable) for (const key of other.state.handled) state = withHandled(state, key);
  }
  return { comment: keep.comment, state, extras: extras.map((x) => x.comment) };
}
