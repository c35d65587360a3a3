// Where CommonMark may read lines as a raw HTML block. Inside one, nothing is Markdown: no
// fenced code, no code spans, no links, so GitHub shows its text (mentions included) as it is.
// Deliberately generous (a superset of the spec's seven start conditions, in any container,
// even where a paragraph could not be interrupted): mention safety treats every such line
// as plain text, and a line wrongly taken for HTML only costs a harmless zero-width space.

/** After optional indentation and block-quote / list markers, a "<" that opens a tag, comment or declaration. */
const START = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*<([A-Za-z][A-Za-z0-9-]*|\/|!--|!|\?)/;
const RAW_END: Record<string, string> = { pre: "</pre>", script: "</script>", style: "</style>", textarea: "</textarea>" };

/** The text that ends the HTML block `line` may start ("" for the next blank line), or null if it starts none. */
export function htmlBlockStart(line: string): string | null {
  const m = START.exec(line);
  if (!m) return null;
  const opener = m[1].toLowerCase();
  if (opener === "!--") return "-->";
  if (opener === "?") return "?>";
  if (opener === "!") return ">";
  return RAW_END[opener] ?? "";
}

/** Tracks whether each successive line may belong to an HTML block. */
export class HtmlBlockTracker {
  /** null: outside; otherwise the end marker still awaited ("" once only a blank line ends it). */
  private end: string | null = null;

  /** Feeds the next line; true if it may be part of an HTML block. */
  next(line: string): boolean {
    if (this.end === null) {
      const end = htmlBlockStart(line);
      if (end === null) return false;
      this.end = end;
    } else if (this.end === "" && line.trim() === "") {
      this.end = null;
      return false;
    }
    if (this.end !== "" && line.toLowerCase().includes(this.end)) this.end = ""; // then on to the next blank line
    return true;
  }
}
