// The code a sentence introduces: "So as you said this should work:" followed by a fenced block
// (```sh DOCKER_CONTEXT=default docker compose```). Sentences are read without their code blocks,
// so a fix given as code would lose its point; this finds the block right after the sentence in
// the comment's Markdown and returns it on one line, short. Pure.

/** Longest code shown after a sentence (one line, statements joined by "; "). */
export const CODE_CHARS = 120;

/** The short one-line form of the fenced code block right after `sentence` in `body`, or null. */
export function codeAfter(sentence: string, body: string): string | null {
  const words = sentence.replace(/§/g, " ").split(/\s+/).filter((w) => w.length > 0).slice(-4);
  if (words.length === 0) return null;
  // The sentence's last words, then only blank space (or a colon) before an opening fence.
  const tail = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
  const m = new RegExp(`${tail}[\\s:.]*\\n\\s*(\`\`\`|~~~)[^\\n]*\\n([\\s\\S]*?)\\n\\s*\\1`).exec(body);
  if (!m) return null;
  const lines = m[2].split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#") && !l.startsWith("//"));
  if (lines.length === 0) return null;
  const joined = lines.join("; ");
  return joined.length <= CODE_CHARS ? joined : `${joined.slice(0, CODE_CHARS - 1)}…`;
}
