// The config part of a thread document's answer, as GitHub sends it, for the fake GitHubs:
// `repository.configFile` (the repository's `.github/common-ground.yml`) and the `ownerConfig`
// alias (the owner's `.github` repository), which is null with a NOT_FOUND error when that
// repository does not exist (the common case) and with FORBIDDEN when it is hidden.

export interface ConfigFiles {
  /** The repository's own file; undefined for none. */
  repo?: string;
  /** The file in the owner's `.github` repository; undefined for none. */
  org?: string;
  /** Whether the owner's `.github` repository exists for the token; "present" when `org` is given, else "missing". */
  orgRepo?: "present" | "missing" | "forbidden";
}

export function blob(text: string | undefined) {
  return text === undefined ? null : { __typename: "Blob", text, isBinary: false, isTruncated: false };
}

/** `configFile` for the thread's repository, `ownerConfig` for the top level, and the errors to send. */
export function configAnswer(files: ConfigFiles, owner = "acme") {
  const orgRepo = files.orgRepo ?? (files.org !== undefined ? "present" : "missing");
  const errors: Array<Record<string, unknown>> = [];
  if (orgRepo === "missing") {
    errors.push({ type: "NOT_FOUND", path: ["ownerConfig"], locations: [{ line: 1, column: 1 }], message: `Could not resolve to a Repository with the name '${owner}/.github'.` });
  } else if (orgRepo === "forbidden") {
    errors.push({ type: "FORBIDDEN", path: ["ownerConfig"], locations: [{ line: 1, column: 1 }], message: "Resource not accessible by integration" });
  }
  return {
    configFile: blob(files.repo),
    ownerConfig: orgRepo === "present" ? { configFile: blob(files.org) } : null,
    errors,
  };
}

/** A thread document's answer: `subject` under `repository[field]`, with the config fields and errors. */
export function threadAnswer(field: string, subject: unknown, files: ConfigFiles, owner = "acme", extraErrors: Array<Record<string, unknown>> = []) {
  const { configFile, ownerConfig, errors } = configAnswer(files, owner);
  const all = [...extraErrors, ...errors];
  return { data: { repository: { configFile, [field]: subject }, ownerConfig }, ...(all.length ? { errors: all } : {}) };
}
