// Input normalisation for text cleaning: one line-ending style, no invisible characters.
// CRLF/CR become LF; zero-width, BOM, soft-hyphen and bidi-control characters are removed
// (they hide words from matching and can reorder what a reader sees); NUL and other C0
// controls except tab and newline are dropped; NBSP becomes a plain space. For Markdown, an
// invisible character between two backticks or tildes becomes a space instead, so the runs
// stay apart as GitHub sees them ("```\u202e`x`" is a code span, "````x`" is not).

// U+00AD soft hyphen, U+061C Arabic letter mark, U+180E, U+200B–U+200F zero-width and
// directional marks, U+202A–U+202E embeddings/overrides, U+2060–U+2064 word joiners,
// U+2066–U+2069 isolates, U+FEFF BOM.
// Invisible and control characters are single code units removed outright, so one pass
// over their union removes exactly what two passes would.
const INVISIBLE_OR_CONTROL_SOURCE = String.raw`[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]`;
const INVISIBLE_OR_CONTROL = new RegExp(INVISIBLE_OR_CONTROL_SOURCE, "g");

/** Normalises line endings and removes invisible and control characters. */
export function normalizeText(text: string): string {
  let s = text;
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  s = s.replace(INVISIBLE_OR_CONTROL, "");
  if (s.includes("\u00a0")) s = s.replace(/\u00a0/g, " ");
  return s;
}

const INVISIBLE_BETWEEN_RUNS = new RegExp(`(?<=[\`~])${INVISIBLE_OR_CONTROL_SOURCE}+(?=[\`~])`, "g");

/** normalizeText for Markdown: code-span and fence runs split by invisible characters stay split. */
export function normalizeMarkdown(markdown: string): string {
  const kept = markdown.includes("`") || markdown.includes("~") ? markdown.replace(INVISIBLE_BETWEEN_RUNS, " ") : markdown;
  return normalizeText(kept);
}
