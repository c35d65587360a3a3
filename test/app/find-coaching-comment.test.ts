import { describe, expect, it } from "vitest";
import { findCoachingComment } from "../../src/app/find-coaching-comment.ts";
import { emptyState, handledKey, withHandled } from "../../src/coach/state.ts";
import { encodeMarker } from "../../src/render/marker.ts";
import type { Comment, Thread } from "../../src/thread/model.ts";

let n = 0;
function comment(body: string, ours: boolean, minute: number): Comment {
  n += 1;
  return {
    id: `IC_${n}`,
    kind: "comment",
    author: { login: ours ? "common-ground" : "alice", isBot: ours, association: "NONE" },
    body,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
    viewerDidAuthor: ours,
  };
}

function thread(...comments: Comment[]): Thread {
  const opening: Comment = { ...comment("Opening post", false, 0), kind: "body" };
  return { kind: "issue", title: "t", labels: [], reviewThreads: [], comments: [opening, ...comments] };
}

const withState = (text: string, handled: string[]) => {
  let state = emptyState();
  for (const key of handled) state = withHandled(state, key);
  return `${text}\n\n${encodeMarker(state)}`;
};

describe("findCoachingComment", () => {
  it("finds nothing in a thread without a comment of ours", () => {
    expect(findCoachingComment(thread(comment("hello", false, 1)))).toEqual({ state: null, extras: [] });
  });

  it("ignores a marker pasted into someone else's comment", () => {
    const pasted = comment(withState("copied", [handledKey("IC_9", "summarize")]), false, 1);
    expect(findCoachingComment(thread(pasted)).comment).toBeUndefined();
  });

  it("keeps the oldest of two coaching comments, merges their handled commands and returns the other for deletion", () => {
    const first = comment(withState("first", [handledKey("IC_a", "summarize")]), true, 1);
    const second = comment(withState("second", [handledKey("IC_b", "concerns")]), true, 2);
    const found = findCoachingComment(thread(first, second));
    expect(found.comment?.id).toBe(first.id);
    expect(found.extras.map((c) => c.id)).toEqual([second.id]);
    expect(found.state?.handled).toEqual(expect.arrayContaining([handledKey("IC_a", "summarize"), handledKey("IC_b", "concerns")]));
  });

  it("still recognises our comment when its marker no longer decodes, instead of letting a second one be created", () => {
    const broken = comment("Old note\n\n<!-- common-ground:state v9 not-base64!! -->", true, 1);
    const found = findCoachingComment(thread(broken));
    expect(found.comment?.id).toBe(broken.id);
    expect(found.state).toBeNull();
    expect(found.extras).toEqual([]);
  });

  it("takes the state from a readable duplicate when the kept comment's marker is broken", () => {
    const broken = comment("Old\n\n<!-- common-ground:state v1 %%% -->", true, 1);
    const good = comment(withState("good", [handledKey("IC_c", "decision")]), true, 2);
    const found = findCoachingComment(thread(broken, good));
    expect(found.comment?.id).toBe(broken.id);
    expect(found.extras.map((c) => c.id)).toEqual([good.id]);
    expect(found.state?.handled).toContain(handledKey("IC_c", "decision"));
  });

  it("does not treat an app comment without any marker as the coaching comment", () => {
    expect(findCoachingComment(thread(comment("a plain reply", true, 1))).comment).toBeUndefined();
  });
});
