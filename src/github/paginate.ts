// Follows a GraphQL connection past its first page: one "more-*" document per connection,
// asked for the next 100 after the cursor, on the node (thread, review thread, comment)
// that owns the connection.
import { graphqlDocument, type DocumentName } from "./documents.ts";
import { GitHubNotFound, orNotFound } from "./errors.ts";
import type { GitHubClient } from "./client.ts";
import { nodesOf, type Connection } from "./normalize.ts";

/** Run one of our GraphQL documents; a vanished subject becomes GitHubNotFound. */
export function runDocument<T>(gh: GitHubClient, name: DocumentName, variables: Record<string, unknown>, what: string): Promise<T> {
  return orNotFound(what, () => gh.graphql<T>(graphqlDocument(name), variables));
}

/**
 * All nodes of a connection whose first page is already loaded. `field` is the connection's
 * name on the owning node in the `more` document (e.g. "comments", "replies").
 */
export async function restOfConnection<T>(
  gh: GitHubClient,
  first: Connection<T> | null | undefined,
  more: DocumentName,
  ownerId: string,
  field: string,
): Promise<T[]> {
  const items = nodesOf(first);
  let page = first?.pageInfo;
  while (page?.hasNextPage && page.endCursor) {
    const cursor: string = page.endCursor;
    const data = await runDocument<{ node: Record<string, Connection<T> | undefined> | null }>(
      gh,
      more,
      { id: ownerId, cursor },
      `${field} of ${ownerId}`,
    );
    const next = data.node?.[field];
    if (!next) throw new GitHubNotFound(`${field} of ${ownerId} not found`);
    items.push(...nodesOf(next));
    // A cursor that does not move would loop forever: stop there.
    page = next.pageInfo.endCursor === cursor ? undefined : next.pageInfo;
  }
  return items;
}
