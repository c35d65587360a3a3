// Slash-command parsing: finds `/summarize`, `/concerns`, `/decision` and `/coach off|on|help`
// written at the start of a line of the writer's own prose — never inside fenced or indented
// code, inline code, block quotes or HTML comments. Pure.

export type CommandName = "summarize" | "concerns" | "decision" | "coach-off" | "coach-on" | "coach-help";

export interface ParsedCommand {
  name: CommandName;
  /** 0-based line of the comment body the command was found on. */
  line: number;
}

const COMMAND_LINE = /^ {0,3}\/(summarize|summarise|concerns|decision|coach)(?:[ \t]+(\S+))?[ \t]*(?:$|[ \t])/i;

function commandFrom(word: string, arg: string | undefined): CommandName | null {
  const w = word.toLowerCase();
  if (w === "summarize" || w === "summarise") return "summarize";
  if (w === "concerns") return "concerns";
  if (w === "decision") return "decision";
  const a = (arg ?? "help").toLowerCase();
  if (a === "off") return "coach-off";
  if (a === "on") return "coach-on";
  if (a === "help") return "coach-help";
  return null;
}

/** Number of unpaired backtick runs opened on this line (1 = an inline code span stays open). */
function togglesInlineCode(line: string, open: number): number {
  let state = open; // length of the open backtick run, 0 when none
  const runs = line.match(/`+/g) ?? [];
  for (const run of runs) {
    if (state === 0) state = run.length;
    else if (run.length === state) state = 0;
  }
  return state;
}

/** Every command in a comment body, in order, each name at most once. */
export function parseCommands(body: string): ParsedCommand[] {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const found: ParsedCommand[] = [];
  let fence: string | null = null; // the opening fence (``` or ~~~ run) while inside a fenced block
  let inHtmlComment = false;
  let inlineOpen = 0; // an inline code span left open from an earlier line of the paragraph
  let previousBlank = true;
  let inQuote = false; // a block quote runs on (lazy continuation lines included) until a blank line

  lines.forEach((raw, index) => {
    const line = raw;
    const blank = line.trim() === "";
    if (fence !== null) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = null;
      previousBlank = false;
      return;
    }
    if (inHtmlComment) {
      if (line.includes("-->")) inHtmlComment = false;
      previousBlank = false;
      return;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = open[1];
      inlineOpen = 0;
      inQuote = false; // a fence interrupts a lazy quote paragraph
      previousBlank = false;
      return;
    }
    if (blank) {
      inlineOpen = 0; // a blank line ends the paragraph, and any unclosed inline code with it
      inQuote = false;
      previousBlank = true;
      return;
    }
    const indentedCode = previousBlank && /^( {4,}|\t)/.test(line);
    const startsInInline = inlineOpen > 0;
    const isQuote = /^ {0,3}>/.test(line) || inQuote;
    inQuote = isQuote;
    const startsHtmlComment = /^ {0,3}<!--/.test(line);
    inlineOpen = togglesInlineCode(line, inlineOpen);
    // An HTML comment anywhere on the line that is not closed on it hides the following lines.
    const lastOpen = line.lastIndexOf("<!--");
    if (lastOpen >= 0 && line.indexOf("-->", lastOpen) < 0) inHtmlComment = true;
    previousBlank = false;
    if (indentedCode || startsInInline || isQuote || startsHtmlComment) return;
    const m = COMMAND_LINE.exec(line);
    if (!m) return;
    const name = commandFrom(m[1], m[2]);
    if (name && !found.some((c) => c.name === name)) found.push({ name, line: index });
  });
  return found;
}
