// Wires GitHub events to the one thread handler: which webhooks the app listens to.
import type { Probot } from "probot";
import type { AppDeps } from "./deps.ts";
import { registerDigest } from "./digest-events.ts";
import { handleThreadEvent } from "./handle-thread-event.ts";
import { threadEventFrom, type ThreadPayload } from "./thread-event.ts";

export const EVENTS = [
  "issue_comment.created",
  "issue_comment.edited",
  "pull_request_review.submitted",
  "pull_request_review_comment.created",
  "pull_request_review_thread.resolved",
  "pull_request_review_thread.unresolved",
  "discussion.created",
  "discussion_comment.created",
  "discussion_comment.edited",
] as const;

export function registerHandlers(app: Probot, deps: AppDeps): void {
  deps = { ...deps };
  registerDigest(app, deps);
  app.on([...EVENTS], async (context) => {
    const name = `${context.name}.${(context.payload as { action?: string }).action ?? ""}`;
    const event = threadEventFrom(name, context.payload as unknown as ThreadPayload);
    if (!event) return context.log.debug({ event: name }, "skipped: not about a thread");
    await handleThreadEvent(context, event, deps);
  });
}
