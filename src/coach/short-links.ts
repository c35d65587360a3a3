// Long URLs in a quoted line, shortened so the point survives the excerpt's cut: a GitHub issue,
// pull request or commit link becomes "#123" or the commit's short hash, any other link its host
// and the start of its path, without the scheme ("gitlab.com/link2xt/logfmt-pandas"). render/ still neutralises "#123" so no cross-reference is made; a reference the app names in its own words (where a thread went) is made inert here. Pure.

const GITHUB = /https?:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(?:issues|pull|discussions)\/(\d+)(?:[/#?][^\s)\]>,;]*[^\s)\]>,;.])?/g;
const COMMIT = /https?:\/\/github\.com\/[\w.-]+\/[\w.-]+\/commit\/([0-9a-f]{7})[0-9a-f]*(?:[/#?][^\s)\]>,;]*[^\s)\]>,;.])?/g;
const OTHER = /https?:\/\/([\w.-]+)(?:\/[^\s)\]>,;]*[^\s)\]>,;.])?/g;
/** Longest shortened link shown (host and the start of its path). */
const LINK_CHARS = 36;

/** A reference shown inert ("#\u200b123", "owner/repo#\u200b123"): GitHub neither links it nor adds a cross-reference to that issue. */
export function inertReference(ref: string): string {
  return ref.replace(/#(?=\d)/g, "#\u200b");
}

/** The text with its links shortened. */
export function shortLinks(text: string): string {
  return text
    .replace(GITHUB, "#$1")
    .replace(COMMIT, "$1")
    .replace(OTHER, (url: string) => {
      const bare = url.replace(/^https?:\/\/(?:www\.)?/, "").replace(/[?#].*$/, "");
      return bare.length <= LINK_CHARS ? bare : `${bare.slice(0, LINK_CHARS - 1)}…`;
    });
}
