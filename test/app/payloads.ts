// Webhook payloads for the app tests: GitHub's own examples (@octokit/webhooks-examples),
// pointed at a fake thread and comment.
import { createRequire } from "node:module";
import type { FakeComment, FakeThread } from "./fake-repo.ts";
import { OWNER, REPO } from "./fake-repo.ts";

const require = createRequire(import.meta.url);
const examples: Array<{ name: string; examples: Array<Record<string, any>> }> = require("@octokit/webhooks-examples");

function example(event: string, action: string): Record<string, any> {
  const found = examples.find((e) => e.name === event)?.examples.find((p) => p.action === action);
  if (!found) throw new Error(`no example payload for ${event}.${action}`);
  const payload = structuredClone(found);
  payload.repository.name = REPO;
  payload.repository.full_name = `${OWNER}/${REPO}`;
  payload.repository.owner.login = OWNER;
  delete payload.installation;
  return payload;
}

function user(c: FakeComment) {
  return { login: c.isBot ? `${c.login}[bot]` : c.login, type: c.isBot ? "Bot" : "User", id: c.databaseId };
}

function restComment(c: FakeComment) {
  return { id: c.databaseId, node_id: c.id, body: c.body, user: user(c), author_association: c.association ?? "CONTRIBUTOR", created_at: c.createdAt, updated_at: c.updatedAt ?? c.createdAt };
}

function withSender(payload: Record<string, any>, c: FakeComment) {
  payload.sender = { ...payload.sender, ...user(c) };
  return payload;
}

export function issueComment(action: "created" | "edited", thread: FakeThread, c: FakeComment): Record<string, any> {
  const p = example("issue_comment", action);
  p.issue = { ...p.issue, number: thread.number, locked: Boolean(thread.locked), node_id: `T_${thread.number}` };
  if (thread.kind === "pull_request") p.issue.pull_request = { url: "https://api.github.com/x" };
  else delete p.issue.pull_request;
  p.comment = { ...p.comment, ...restComment(c) };
  return withSender(p, c);
}

function pullRequest(p: Record<string, any>, thread: FakeThread) {
  p.pull_request = { ...p.pull_request, number: thread.number, locked: Boolean(thread.locked) };
  return p;
}

export function reviewSubmitted(thread: FakeThread, review: FakeComment): Record<string, any> {
  const p = pullRequest(example("pull_request_review", "submitted"), thread);
  p.review = { ...p.review, ...restComment(review), state: (review.reviewState ?? "commented").toLowerCase() };
  return withSender(p, review);
}

export function reviewComment(thread: FakeThread, c: FakeComment): Record<string, any> {
  const p = pullRequest(example("pull_request_review_comment", "created"), thread);
  p.comment = { ...p.comment, ...restComment(c) };
  return withSender(p, c);
}

export function reviewThread(action: "resolved" | "unresolved", thread: FakeThread, by: FakeComment): Record<string, any> {
  const p = pullRequest(example("pull_request_review_thread", action), thread);
  return withSender(p, by);
}

export function discussionCreated(thread: FakeThread): Record<string, any> {
  const p = example("discussion", "created");
  p.discussion = { ...p.discussion, ...restComment(thread.opening), number: thread.number, locked: Boolean(thread.locked), title: thread.title };
  return withSender(p, thread.opening);
}

export function discussionComment(action: "created" | "edited", thread: FakeThread, c: FakeComment): Record<string, any> {
  const p = example("discussion_comment", action);
  p.discussion = { ...p.discussion, number: thread.number, locked: Boolean(thread.locked) };
  p.comment = { ...p.comment, ...restComment(c) };
  return withSender(p, c);
}
