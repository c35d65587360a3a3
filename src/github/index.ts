// Public surface of the github/ layer: the only code that talks to GitHub. It loads whole
// threads (GraphQL, paginated) with the config file, locates `owner/repo#N`, and writes the
// app's one comment.
export type { GitHubClient, ThreadRef } from "./client.ts";
export { loadThread, loadThreadWithStats, type LoadedThread } from "./load-thread.ts";
export { isConfigReadError, OWNER_CONFIG_ALIAS, type ConfigSource } from "./config-source.ts";
export { locateThread } from "./locate.ts";
export { createComment, updateComment, deleteComment } from "./comments.ts";
export { addReaction, type ReactionContent } from "./reactions.ts";
export { GitHubNotFound, isNotFoundError } from "./errors.ts";
export { createCliClient } from "./cli-client.ts";
export { REST_ROUTES } from "./rest-routes.ts";
export { countRequests, type CountingClient } from "./request-counter.ts";
export { listOpenThreads, DIGEST_COMMENT_WINDOW, DIGEST_PAGE_SIZE, type ListedThread, type OpenThreadList } from "./list-open-threads.ts";
export {
  closeDigestIssue,
  createDigestDiscussion,
  createDigestIssue,
  recentIssues,
  searchDigestPages,
  updateDigestDiscussion,
  updateDigestIssue,
  type DigestPageCandidate,
  type DigestTarget,
} from "./digest-page.ts";
export { listInstallationIds, listInstallationRepos, readConfigSource } from "./installation-repos.ts";
