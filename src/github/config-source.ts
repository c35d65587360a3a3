// The config file that comes with every thread query: `.github/common-ground.yml` on the
// repository's default branch or, when the repository has none, on the owner's `.github`
// repository (the fallback Probot's context.config reads; not for the `.github` repository
// itself). GitHub answers a fallback repository that does not exist or is hidden from the
// token with null and a NOT_FOUND error on that alias; that, and a refused read of either file,
// is tolerated here (see isConfigReadError) and nowhere else. The text is handed on raw:
// parsing and validating it is the config layer's job.
import type { GraphQLErrorLike } from "./errors.ts";

/** The alias of the owner's `.github` repository in the thread documents. */
export const OWNER_CONFIG_ALIAS = "ownerConfig";
/** The alias of the config file under each repository in the thread documents. */
const FILE_ALIAS = "configFile";
const FALLBACK_REPOSITORY = ".github";

/** What the ConfigFileFields fragment answers. */
export interface RawConfigFile {
  __typename: string;
  text?: string | null;
  isBinary?: boolean | null;
  isTruncated?: boolean;
}

/** The config fields of a thread document's answer. */
export interface RawConfigFields {
  repository?: { configFile?: RawConfigFile | null } | null;
  ownerConfig?: { configFile?: RawConfigFile | null } | null;
}

/** What the thread query found of the config file; `repository` is "owner/name" of the file read. */
export type ConfigSource =
  /** The file's full text. */
  | { kind: "file"; repository: string; text: string }
  /** Neither the repository nor the owner's `.github` repository has the file. */
  | { kind: "none" }
  /** There is something, but not a readable text file (a directory, binary, a refused read). */
  | { kind: "unreadable"; repository: string; reason: string }
  /** A file too large for GraphQL to return in full. */
  | { kind: "truncated"; repository: string };

type Where = "repository" | "owner";

function whereOf(error: GraphQLErrorLike): Where | undefined {
  const path = error.path ?? [];
  if (path[0] === OWNER_CONFIG_ALIAS && (path.length === 1 || (path.length === 2 && path[1] === FILE_ALIAS))) return "owner";
  if (path.length === 2 && path[0] === "repository" && path[1] === FILE_ALIAS) return "repository";
  return undefined;
}

/**
 * An error a thread document may carry without failing: NOT_FOUND or FORBIDDEN on the owner's
 * `.github` repository (or its file), or FORBIDDEN on the repository's own file.
 */
export function isConfigReadError(error: GraphQLErrorLike): boolean {
  const where = whereOf(error);
  if (where === "owner") return error.type === "NOT_FOUND" || error.type === "FORBIDDEN";
  return where === "repository" && error.type === "FORBIDDEN";
}

function fromFile(file: RawConfigFile, repository: string): ConfigSource {
  if (file.__typename !== "Blob") return { kind: "unreadable", repository, reason: `it is a ${file.__typename === "Tree" ? "directory" : file.__typename}, not a file` };
  if (file.isTruncated) return { kind: "truncated", repository };
  if (file.isBinary || typeof file.text !== "string") return { kind: "unreadable", repository, reason: "it is not a text file" };
  return { kind: "file", repository, text: file.text };
}

/**
 * The config source of a thread document's answer, with the tolerated errors it carried. As
 * Probot's REST reads: a missing file or repository is "none", a refused read "unreadable".
 */
export function configSourceOf(data: RawConfigFields, ref: { owner: string; repo: string }, errors: readonly GraphQLErrorLike[] = []): ConfigSource {
  const refused = (where: Where) => errors.find((e) => whereOf(e) === where && e.type === "FORBIDDEN");
  const own = `${ref.owner}/${ref.repo}`;
  if (refused("repository")) return { kind: "unreadable", repository: own, reason: "GitHub refused to read it (FORBIDDEN)" };
  const file = data.repository?.configFile;
  if (file) return fromFile(file, own);
  if (ref.repo.toLowerCase() === FALLBACK_REPOSITORY) return { kind: "none" };
  const owner = `${ref.owner}/${FALLBACK_REPOSITORY}`;
  if (refused("owner")) return { kind: "unreadable", repository: owner, reason: "GitHub refused to read it (FORBIDDEN)" };
  const fallback = data.ownerConfig?.configFile;
  return fallback ? fromFile(fallback, owner) : { kind: "none" };
}
