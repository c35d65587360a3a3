// Recognises lines written by machines rather than people: stack traces, log output,
// compiler diagnostics, shell transcripts and unified diffs. Used by the block scanner
// to drop pasted output that was not put in a code fence.
import { isJsSpace } from "./js-space.ts";

/** Only this much of a line is examined: enough to classify it, and it bounds the work. */
const MAX_EXAMINED = 2000;

// Every pattern starts with "^" and has no back-references (see anchoredUnion).
const STRONG: RegExp[] = [
  // JavaScript / Java / C# stack frames
  /^\s*at\s+(?:async\s+)?(?:new\s+)?[^\s()]+\s+\([^()]*:\d+(?::\d+)?\)\s*$/,
  /^\s*at\s+(?:async\s+)?[^\s()]+:\d+(?::\d+)?\s*$/,
  /^\s*at\s+[\w$.<>[\]/-]+\s*\((?:Native Method|Unknown Source|native|<anonymous>)\)\s*$/,
  /^\s*at\s+<anonymous>\s*$/,
  /^\s*at\s+[\w$<>]+(?:\.[\w$<>]+)+\s*\([^()]*\)\s*$/,
  /^\s*\.\.\.\s*\d+\s+more\s*$/,
  /^\s*Caused by:\s+\S/,
  /^Exception in thread\s/,
  // Python
  /^\s*Traceback \(most recent call last\):?\s*$/,
  /^\s*File "[^"]+", line \d+/,
  // Go, Rust, gdb
  /^goroutine \d+ \[/,
  /^panic: /,
  /^thread '[^']*' panicked at/,
  /^\s*-->\s*\S+:\d+:\d+\s*$/,
  /^\s*#\d+\s+0x[0-9a-f]+\s/i,
  // Error/exception lines at the start of a line: "TypeError: x", "java.lang.Foo: y"
  /^\s*(?:[a-z_$][\w$]*\.)*[A-Z]\w*(?:Error|Exception|Warning)(?::\s|:$|$)/,
  /^\s*(?:error|warning|fatal error)(?:\[[A-Z]?\d+\])?: \S/,
  /^\s*npm (?:ERR!|WARN|error|warn)(?=\s|$)/,
  // Compiler diagnostics: "src/x.ts(12,5): error TS2345", "foo.c:12:5: error:"
  /^\s*[\w./\\-]+\.\w+(?:\(\d+,\d+\)|:\d+(?::\d+)?):?\s+(?:error|warning|note)\b/i,
  // A bare path with a line number
  /^\s*[\w./\\-]+\.\w+:\d+(?::\d+)?\s*$/,
  // Timestamps at the start of a line (log output)
  /^\s*\[?\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2})?/,
  /^\s*\[?\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\]?\s/,
  /^\s*\[(?:ERROR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRITICAL|NOTICE)\]/,
  /^\s*(?:ERROR|WARN|INFO|DEBUG|TRACE|FATAL)\s+\[?\d/,
  /^\s*(?:E|W|I|D)\d{4} \d{2}:\d{2}:\d{2}/,
  // Shell prompts
  /^\s*(?:\$|PS [A-Z]:\\[^>]*>|[\w.-]+@[\w.-]+:[^$#\s]*[$#])\s+\S/,
];

/**
 * The patterns above joined into two start-anchored alternations (with and without the
 * "i" flag): one match attempt at position 0 each instead of one per pattern. Every
 * pattern starts with "^", so "^(?:a|b|…)" matches exactly when one of them does.
 */
function anchoredUnion(patterns: RegExp[]): RegExp {
  return new RegExp(`^(?:${patterns.map((re) => `(?:${re.source.slice(1)})`).join("|")})`, patterns[0]?.flags ?? "");
}
const STRONG_CASED = anchoredUnion(STRONG.filter((re) => !re.ignoreCase));
const STRONG_CASELESS = anchoredUnion(STRONG.filter((re) => re.ignoreCase));

/** True for a line that is certainly machine output (trace frame, log line, diagnostic). */
export function isMachineLine(line: string): boolean {
  const head = line.length > MAX_EXAMINED ? line.slice(0, MAX_EXAMINED) : line;
  return STRONG_CASED.test(head) || STRONG_CASELESS.test(head);
}

// Character classes of ASCII code units for isDenseOrUnbroken.
const SYMBOL = 1;
const LETTER = 2;
const SPACE = 4;
const ASCII_CLASS = new Uint8Array(128);
for (const ch of "{}()[];=<>|\\/$#@*&^%~`\"':,.+-!?0123456789") ASCII_CLASS[ch.charCodeAt(0)] = SYMBOL;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = ASCII_CLASS[c + 32] = LETTER;
for (let c = 0; c < 128; c++) if (isJsSpace(c)) ASCII_CLASS[c] = SPACE;

/**
 * /\S{60,}/.test(t) (a long unbroken token: hash, base64, minified code), or a line of at
 * least 8 code units with more symbols and digits ({}()[];=<>|\\/$#@*&^%~`"':,.+-!?0-9)
 * than letters (A–Z, a–z, U+00C0–U+024F). One pass, which stops counting as soon as the
 * letters can no longer be outnumbered.
 */
export function isDenseOrUnbroken(t: string): boolean {
  const n = t.length;
  const long = n >= 60;
  let run = 0;
  let symbols = 0;
  let letters = 0;
  for (let k = 0; k < n; k++) {
    const c = t.charCodeAt(k);
    const cls = c < 128 ? ASCII_CLASS[c] : c >= 0xc0 && c <= 0x24f ? LETTER : isJsSpace(c) ? SPACE : 0;
    if (cls === SPACE) run = 0;
    else if (++run >= 60) return true;
    if (cls === SYMBOL) symbols++;
    else if (cls === LETTER && ++letters >= symbols + (n - k - 1)) {
      // Symbols can no longer win: only a long token in the rest can still make it true.
      return long && hasNonSpaceRunFrom(t, k + 1, run);
    }
  }
  return n >= 8 && symbols > letters;
}

/**
 * /\S{60,}/ from `from` on, `run` non-space code units already counted before it. Jumps
 * from space to space; only a stretch long enough to hold the rest of a run is read
 * character by character (it may hold tabs or other spaces).
 */
function hasNonSpaceRunFrom(t: string, from: number, run: number): boolean {
  const n = t.length;
  let k = from;
  let counted = run;
  while (k < n) {
    const space = t.indexOf(" ", k);
    const end = space === -1 ? n : space;
    if (counted + (end - k) >= 60) {
      for (let j = k; j < end; j++) {
        if (isJsSpace(t.charCodeAt(j))) counted = 0;
        else if (++counted >= 60) return true;
      }
    }
    counted = 0; // t[end] is a space (or the text ends)
    k = end + 1;
  }
  return false;
}

/**
 * True for a line that looks machine-made without certainty (code, key=value dumps, hex):
 * dense in symbols and digits, or shaped like a statement. Only runs of such lines are dropped.
 * `knownNotMachineLine`: the caller has already found isMachineLine(line) false.
 */
export function looksMachineLike(line: string, knownNotMachineLine = false): boolean {
  const head = line.length > MAX_EXAMINED ? line.slice(0, MAX_EXAMINED) : line;
  const t = head.trim();
  if (t.length === 0) return false;
  // isMachineLine(line) examines `head`; when trimming changed nothing its answer stands.
  if (!(knownNotMachineLine && t.length === head.length) && isMachineLine(t)) return true;
  // A code-shaped line, unless it is mostly plain words (prose that happens to end in "{").
  return hasCodeShape(t) && !isMostlyWords(t);
}

// Shapes of a code line (see hasCodeShape).
const ENDS_IN_BRACE_OR_SEMICOLON = /[;{]\s*$/;
const STARTS_WITH_CLOSER = /^[})\]]/;
const CODE_OPERATOR = /(?:=>|::|->|==|!=|&&|\|\||\+\+|\(\);?)/;
const STATEMENT = /^\s*(?:import|export|const|let|var|function|def|class|return|if|elif|for|while|fn|pub|use|#include|package)\b.*[=({:;]/;
const ASSIGNMENT = /^[A-Za-z_$][\w$.[\]'"]*\s*(?:[-+*/%|&^]|<<|>>)?=(?!=)\s*\S/;
const BLOCK_KEYWORD = /^(?:[})]\s*)?(?:else|try|finally|except\b[^:]*|default|case\b[^:]*|do)\s*[:{]?\s*$/;

function hasCodeShape(t: string): boolean {
  if (ENDS_IN_BRACE_OR_SEMICOLON.test(t) || STARTS_WITH_CLOSER.test(t)) return true;
  if (CODE_OPERATOR.test(t)) return true;
  if (STATEMENT.test(t)) return true;
  // assignments ("x = 1", "self.a[0] += b") and bare block keywords ("else:", "} else {", "try:")
  if (ASSIGNMENT.test(t)) return true;
  if (BLOCK_KEYWORD.test(t)) return true;
  // Long unbroken tokens (hashes, base64, minified code)
  return isDenseOrUnbroken(t);
}

const PLAIN_WORD = /^["'(\u201c\u2018]?[A-Za-z][a-z'\u2019]*[)"'.,;:!?\u201d\u2019]*$/;
const NUMBER = /^[(\[]?[\d.,:%-]+[)\],.;:]*$/;

/** A line of six or more tokens, at least 60% of them plain words (numbers not counted). */
function isMostlyWords(t: string): boolean {
  const tokens = t.split(/\s+/, 60);
  if (tokens.length < 6) return false;
  let words = 0;
  let numbers = 0;
  for (const tok of tokens) {
    if (PLAIN_WORD.test(tok)) words++;
    else if (NUMBER.test(tok)) numbers++;
  }
  const counted = tokens.length - numbers;
  return counted > 0 && words / counted >= 0.6;
}

const DIFF_HEADER = /^(?:diff --git |index [0-9a-f]{6,}\.\.[0-9a-f]{6,}|--- (?:a\/|\/dev\/null|\S+\t)|\+\+\+ (?:b\/|\/dev\/null|\S+\t)|@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@)/;
const DIFF_BODY = /^(?:[+\- \\]|@@ |diff |index |Binary files |new file mode |deleted file mode |similarity index |rename (?:from|to) )/;

/** True for a line that starts a unified diff (diff --git, ---/+++ file headers, @@ hunk header). */
export function isDiffHeader(line: string): boolean {
  return DIFF_HEADER.test(line);
}

/** True for a line that can continue a unified diff (+, -, space, \, @@ and git headers). */
export function isDiffBody(line: string): boolean {
  return DIFF_BODY.test(line);
}

/**
 * Length of a header-less +/- hunk starting at `lines[i]`: at least two consecutive lines
 * starting with + or -, with both signs present, not a plain "- item" list. 0 when none.
 */
export function headerlessHunkLength(lines: readonly string[], i: number): number {
  let j = i;
  let plus = 0;
  let minus = 0;
  let listLike = 0;
  while (j < lines.length && /^[+-]/.test(lines[j]) && !/^[+-]\d+\s*$/.test(lines[j])) {
    if (lines[j][0] === "+") plus++;
    else minus++;
    if (/^- [A-Za-z]/.test(lines[j])) listLike++;
    j++;
  }
  const n = j - i;
  if (n < 2 || plus === 0 || minus === 0) return 0;
  if (listLike === minus && plus === 1 && n <= 2) return 0;
  return n;
}
