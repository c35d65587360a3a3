// Typed errors of the github/ layer. A thread or comment that vanished between the webhook
// and our request (deleted, transferred, no longer visible) is a GitHubNotFound the app can
// log and skip; every other failure propagates unchanged.

export class GitHubNotFound extends Error {
  override readonly name = "GitHubNotFound";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface GraphQLErrorLike {
  type?: string;
  message?: string;
  path?: ReadonlyArray<string | number>;
}

/** The GraphQL errors carried by an error thrown from octokit.graphql, if any. */
export function graphqlErrorsOf(err: unknown): GraphQLErrorLike[] | undefined {
  const errors = (err as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) ? (errors as GraphQLErrorLike[]) : undefined;
}

/** True for REST 404/410 and for GraphQL answers whose every error is NOT_FOUND. */
export function isNotFoundError(err: unknown): boolean {
  if (err instanceof GitHubNotFound) return true;
  const status = (err as { status?: unknown } | null)?.status;
  if (status === 404 || status === 410) return true;
  const errors = graphqlErrorsOf(err);
  return errors !== undefined && errors.length > 0 && errors.every((e) => e.type === "NOT_FOUND");
}

/** Run a GitHub call; turn "not found" into GitHubNotFound(what), let anything else through. */
export async function orNotFound<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof GitHubNotFound) throw err;
    if (isNotFoundError(err)) throw new GitHubNotFound(`${what} not found`, { cause: err });
    throw err;
  }
}
