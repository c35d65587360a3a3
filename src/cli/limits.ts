// Input limits shared by the CLI commands, with the reason for each.

/** GitHub refuses comment bodies longer than this, so longer text cannot be a real comment. */
export const MAX_TEXT_CHARS = 65_536;
/** A thread file or one JSON line larger than this is refused rather than parsed. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** Comments per thread: far above any real GitHub thread, low enough to stay fast. */
export const MAX_COMMENTS = 20_000;
