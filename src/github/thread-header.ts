// What issues, pull requests and discussions share: the opening post and the thread's own
// fields (title, number, url, locked, state — open, closed or merged — and its reason, labels), and the "not found" check on the first answer.
import type { Comment, Thread } from "../thread/model.ts";
import type { GitHubClient, ThreadRef } from "./client.ts";
import { GitHubNotFound } from "./errors.ts";
import { toComment, type Connection, type RawComment } from "./normalize.ts";
import { restOfConnection } from "./paginate.ts";

export interface RawThreadHeader extends RawComment {
  number: number;
  title: string;
  locked: boolean;
  closed?: boolean;
  closedAt?: string | null;
  /** Issues and discussions: why it is in its state (NOT_PLANNED, DUPLICATE, COMPLETED, RESOLVED…). */
  stateReason?: string | null;
  /** Pull requests. */
  merged?: boolean;
  url: string;
  labels: Connection<{ name: string }> | null;
}

export function describeRef(ref: ThreadRef): string {
  return `${ref.kind} ${ref.owner}/${ref.repo}#${ref.number}`;
}

export function repositoryVariables(ref: ThreadRef): Record<string, unknown> {
  return { owner: ref.owner, name: ref.repo, number: ref.number };
}

/** The subject of a thread query, or GitHubNotFound when the repository or thread is gone. */
export function requireSubject<T>(subject: T | null | undefined, ref: ThreadRef): T {
  if (!subject) throw new GitHubNotFound(`${describeRef(ref)} not found`);
  return subject;
}

/** The Thread's own fields and its opening post (kind "body"), labels fully paginated. */
export async function threadHeader(
  gh: GitHubClient,
  ref: ThreadRef,
  raw: RawThreadHeader,
): Promise<{ header: Omit<Thread, "comments" | "reviewThreads">; opening: Comment }> {
  const labels = await restOfConnection(gh, raw.labels, "moreLabels", raw.id, "labels");
  return {
    header: {
      kind: ref.kind,
      repo: { owner: ref.owner, name: ref.repo },
      number: raw.number,
      nodeId: raw.id,
      title: raw.title,
      url: raw.url,
      locked: raw.locked,
      ...(raw.closed && raw.closedAt ? { closedAt: raw.closedAt } : {}),
      ...(raw.closed === undefined ? {} : { state: raw.merged ? ("merged" as const) : raw.closed ? ("closed" as const) : ("open" as const) }),
      ...(raw.stateReason ? { stateReason: raw.stateReason } : {}),
      labels: labels.map((l) => l.name),
    },
    opening: toComment(raw, "body"),
  };
}
