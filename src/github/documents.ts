// The GraphQL documents the app sends, read from the .graphql files in ./graphql/. Each
// operation file gets the fragments it uses (transitively) from fragments.graphql appended,
// so what is sent is one self-contained document. The tests validate every one of them
// against GitHub's published schema.
import { readFileSync } from "node:fs";

const DIR = new URL("./graphql/", import.meta.url);
const FRAGMENTS_FILE = "fragments.graphql";

/** The operation files, by the name the callers use. */
const FILES = {
  issueThread: "issue-thread.graphql",
  pullRequestThread: "pull-request-thread.graphql",
  discussionThread: "discussion-thread.graphql",
  moreLabels: "more-labels.graphql",
  moreIssueComments: "more-issue-comments.graphql",
  moreReviews: "more-reviews.graphql",
  moreReviewThreads: "more-review-threads.graphql",
  moreReviewThreadComments: "more-review-thread-comments.graphql",
  moreDiscussionComments: "more-discussion-comments.graphql",
  moreDiscussionReplies: "more-discussion-replies.graphql",
  locateThread: "locate-thread.graphql",
  addDiscussionComment: "add-discussion-comment.graphql",
  updateDiscussionComment: "update-discussion-comment.graphql",
  deleteDiscussionComment: "delete-discussion-comment.graphql",
  updateIssueComment: "update-issue-comment.graphql",
  deleteIssueComment: "delete-issue-comment.graphql",
  addReaction: "add-reaction.graphql",
  digestIssues: "digest-issues.graphql",
  digestPullRequests: "digest-pull-requests.graphql",
  digestDiscussions: "digest-discussions.graphql",
  findDigest: "find-digest.graphql",
  digestDiscussionTarget: "digest-discussion-target.graphql",
  createDigestDiscussion: "create-digest-discussion.graphql",
  updateDigestDiscussion: "update-digest-discussion.graphql",
  repositoryConfig: "repository-config.graphql",
} as const;

export type DocumentName = keyof typeof FILES;

function stripComments(text: string): string {
  return text.replace(/#[^\n]*/g, "");
}

/** Split a fragments file into `name → definition text` by brace matching. */
export function splitFragments(text: string): Map<string, string> {
  const source = stripComments(text);
  const out = new Map<string, string>();
  const head = /fragment\s+([A-Za-z_]\w*)\s+on\s+[A-Za-z_]\w*\s*\{/g;
  let match: RegExpExecArray | null;
  while ((match = head.exec(source))) {
    let depth = 1;
    let i = head.lastIndex;
    for (; i < source.length && depth > 0; i++) {
      if (source[i] === "{") depth++;
      else if (source[i] === "}") depth--;
    }
    out.set(match[1], source.slice(match.index, i).trim());
    head.lastIndex = i;
  }
  return out;
}

function spreadNames(text: string): string[] {
  return [...text.matchAll(/\.\.\.\s*(?!on\b)([A-Za-z_]\w*)/g)].map((m) => m[1]);
}

/** An operation with every fragment it needs (directly or through other fragments) appended. */
export function assembleDocument(operation: string, fragments: Map<string, string>): string {
  const needed: string[] = [];
  const queue = spreadNames(stripComments(operation));
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (needed.includes(name)) continue;
    const definition = fragments.get(name);
    if (!definition) throw new Error(`GraphQL fragment ${name} is not defined in ${FRAGMENTS_FILE}`);
    needed.push(name);
    queue.push(...spreadNames(definition));
  }
  return [stripComments(operation).trim(), ...needed.map((n) => fragments.get(n)!)].join("\n\n") + "\n";
}

function readDocument(file: string): string {
  return readFileSync(new URL(file, DIR), "utf8");
}

/** Every operation file name in ./graphql/ that the app uses (for the schema test). */
export const DOCUMENT_FILES: readonly string[] = Object.values(FILES);
export const FRAGMENT_FILE_URL = new URL(FRAGMENTS_FILE, DIR);
export const DOCUMENTS_DIR_URL = DIR;

const fragments = splitFragments(readDocument(FRAGMENTS_FILE));
const cache = new Map<DocumentName, string>();

/** The assembled text of one of the app's GraphQL documents. */
export function graphqlDocument(name: DocumentName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = assembleDocument(readDocument(FILES[name]), fragments);
    cache.set(name, text);
  }
  return text;
}
