// Converts the simple thread JSON used by the CLI, examples and fixtures into a Thread.
// Validates with zod and names the failing field (and comment index) in its error message;
// fills synthetic ids (c1, c2…), comment kinds and timestamps when they are missing.
import { z } from "zod";
import { guessThreadKind } from "./kind-guess.ts";
import { ASSOCIATIONS, REVIEW_STATES, type Comment, type CommentKind, type ReviewThread, type Thread } from "./model.ts";

const associations = ASSOCIATIONS;
const commentKinds = ["body", "comment", "review", "review_comment", "discussion_comment", "discussion_reply"] as const;
const reviewStates = REVIEW_STATES;

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: "not an ISO-8601 date" });

const simpleComment = z
  .object({
    author: z.string().min(1),
    text: z.string(),
    createdAt: isoDate.optional(),
    association: z.enum(associations).optional(),
    isBot: z.boolean().optional(),
    id: z.string().min(1).optional(),
    kind: z.enum(commentKinds).optional(),
    url: z.string().optional(),
    /** Id of the comment this one replies to (review thread root or discussion parent). */
    replyTo: z.string().optional(),
    /** Id of the review thread this inline comment belongs to. */
    reviewThread: z.string().optional(),
    reviewState: z.enum(reviewStates).optional(),
  })
  .loose();

const simpleReviewThread = z.object({
  id: z.string().min(1),
  resolved: z.boolean().default(false),
  path: z.string().optional(),
});

const simpleThreadSchema = z
  .object({
    title: z.string().optional(),
    kind: z.enum(["issue", "pull_request", "discussion"]).optional(),
    url: z.string().optional(),
    closedAt: isoDate.optional(),
    state: z.enum(["open", "closed", "merged"]).optional(),
    stateReason: z.string().min(1).optional(),
    locked: z.boolean().optional(),
    labels: z.array(z.string()).optional(),
    reviewThreads: z.array(simpleReviewThread).optional(),
    comments: z.array(simpleComment).min(1),
  })
  .loose();

export type SimpleThread = z.input<typeof simpleThreadSchema>;

const EPOCH = Date.UTC(2024, 0, 1);
const MINUTE = 60_000;

/** Formats a zod issue path like `comments[3].author`. */
function pathText(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || "(root)";
}

function defaultKind(index: number, threadKind: Thread["kind"], replyTo?: string, reviewThread?: string): CommentKind {
  if (index === 0) return "body";
  if (reviewThread) return "review_comment";
  if (threadKind === "discussion") return replyTo ? "discussion_reply" : "discussion_comment";
  return "comment";
}

/** A thread's kind when the file does not say it: reviews make a pull request, so does a pull request's URL; else the words decide (kind-guess.ts). */
function kindOf(data: z.output<typeof simpleThreadSchema>): Thread["kind"] {
  if (data.comments.some((c) => c.reviewState || c.reviewThread)) return "pull_request";
  if (data.url && /\/pull\/\d+/.test(data.url)) return "pull_request";
  if (data.url && /\/discussions\/\d+/.test(data.url)) return "discussion";
  if (data.url && /\/issues\/\d+/.test(data.url)) return "issue";
  return guessThreadKind(data.title ?? "", data.comments.map((c) => c.text));
}

/** `{"title"?, "comments": [{"author","text","createdAt"?,"association"?,"isBot"?}]}` → Thread. Throws a clear Error on bad input. */
export function threadFromSimpleJson(input: unknown): Thread {
  const parsed = simpleThreadSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 5).map((i) => `  ${pathText(i.path)}: ${i.message}`);
    throw new Error(`Invalid thread JSON:\n${lines.join("\n")}`);
  }
  const data = parsed.data;
  const kind = data.kind ?? kindOf(data);

  const ids = new Set<string>();
  let lastTime = EPOCH - MINUTE;
  const comments: Comment[] = data.comments.map((c, i) => {
    const id = c.id ?? `c${i + 1}`;
    if (ids.has(id)) throw new Error(`Invalid thread JSON:\n  comments[${i}].id: duplicate id "${id}"`);
    ids.add(id);
    const time = c.createdAt ? Date.parse(c.createdAt) : lastTime + MINUTE;
    lastTime = time;
    const comment: Comment = {
      id,
      kind: c.kind ?? (c.reviewState ? "review" : defaultKind(i, kind, c.replyTo, c.reviewThread)),
      author: { login: c.author.replace(/^@/, "").replace(/\[bot\]$/, ""), isBot: Boolean(c.isBot) || /\[bot\]$/.test(c.author), association: c.association ?? "NONE" },
      body: c.text,
      createdAt: new Date(time).toISOString(),
    };
    if (c.url) comment.url = c.url;
    if (c.replyTo) comment.replyTo = c.replyTo;
    if (c.reviewThread) comment.reviewThreadId = c.reviewThread;
    if (c.reviewState) comment.reviewState = c.reviewState;
    return comment;
  });

  const roots = new Map<string, string>();
  comments.forEach((c, i) => {
    if (c.reviewThreadId) {
      const root = roots.get(c.reviewThreadId);
      if (!root) roots.set(c.reviewThreadId, c.id);
      else if (!c.replyTo) c.replyTo = root;
    }
    if (c.replyTo && !ids.has(c.replyTo)) throw new Error(`Invalid thread JSON:\n  comments[${i}].replyTo: no comment has id "${c.replyTo}"`);
  });

  const declared = new Map((data.reviewThreads ?? []).map((t) => [t.id, t]));
  const threadIds = [...new Set(comments.map((c) => c.reviewThreadId).filter((t): t is string => Boolean(t)))];
  for (const t of declared.keys()) if (!threadIds.includes(t)) threadIds.push(t);
  const reviewThreads: ReviewThread[] = threadIds.map((tid) => {
    const rt: ReviewThread = {
      id: tid,
      isResolved: declared.get(tid)?.resolved ?? false,
      commentIds: comments.filter((c) => c.reviewThreadId === tid).map((c) => c.id),
    };
    const path = declared.get(tid)?.path;
    if (path) rt.path = path;
    return rt;
  });

  const thread: Thread = { kind, title: data.title ?? "", labels: data.labels ?? [], comments, reviewThreads, ...(data.closedAt ? { closedAt: data.closedAt } : {}) };
  if (data.url) thread.url = data.url;
  if (data.state) thread.state = data.state;
  if (data.stateReason) thread.stateReason = data.stateReason;
  if (data.locked !== undefined) thread.locked = data.locked;
  return thread;
}
