// Sentence splitter for cleaned prose. Paragraphs (blank lines) always end a sentence; a
// single line break ends one when the line ends in terminal punctuation or is short (GitHub
// shows line breaks, so short lines are usually meant as separate statements), and joins
// hard-wrapped e-mail lines otherwise. Robust to abbreviations (e.g., i.e., etc., Dr.),
// initials, version numbers (v1.2.3), decimals, ellipses and "?!" runs.

/** Lines shorter than this end their sentence even without punctuation. */
const SHORT_LINE = 50;

const ABBREVIATIONS = new Set([
  "e.g", "i.e", "etc", "vs", "cf", "viz", "approx", "incl", "esp", "resp", "a.k.a", "aka", "ca",
  "mr", "mrs", "dr", "prof", "sr", "jr", "inc", "ltd", "corp", "dept",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "al", "ibid", "pp", "vol", "misc", "u.s", "u.k", "p.s", "n.b",
]);
/** Abbreviations only when a number follows ("No. 5", "fig. 3"); "No." alone is a sentence. */
const NUMBER_ABBREVIATIONS = new Set(["no", "nr", "fig", "p", "ch", "art", "sec", "vol", "num", "eq"]);

// Latin terminators need whitespace after them; CJK ones (。！？) do not.
const TERMINATOR = /([.!?\u2026]+)(["'\u201d\u2019)\]]*)(\s+)|([\u3002\uff01\uff1f]+)([\u300d\u300f\uff09"'\u201d\u2019)\]]*)(\s*)/g;

function splitLineRun(text: string, out: string[]): void {
  let start = 0;
  TERMINATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMINATOR.exec(text)) !== null) {
    const punct = m[1] ?? m[4];
    const closing = m[2] ?? m[5] ?? "";
    const after = m.index + m[0].length;
    const next = text.charAt(after);
    if (next === "") break;
    let split: boolean;
    if (/[!?\uff01\uff1f\u3002]/.test(punct)) {
      split = true;
    } else if (punct.length > 1 || punct === "\u2026") {
      // ellipsis: a pause unless a new sentence visibly starts
      split = /[A-Z0-9"'\u201c(\[]/.test(next);
    } else {
      let w = m.index;
      while (w > start && m.index - w < 40 && !/\s/.test(text[w - 1])) w--;
      const before = text.slice(w, m.index);
      const word = before.replace(/^[("'\u201c\u2018[]+/, "").toLowerCase();
      if (ABBREVIATIONS.has(word)) split = false;
      else if (NUMBER_ABBREVIATIONS.has(word)) split = !/[0-9]/.test(next);
      else if (/^[a-z]$/i.test(word) && /[A-Z]/.test(next) && /^[A-Z]$/.test(before)) split = false; // initials
      else if (/^(?:[a-z]\.)+[a-z]$/i.test(word)) split = false; // dotted abbreviations (p.m.)
      else split = !/[a-z]/.test(next); // lower-case continuation: not a new sentence
    }
    if (split) {
      const s = text.slice(start, m.index + punct.length + closing.length).trim();
      if (s) out.push(s);
      start = after;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
}

/** Splits cleaned prose into sentences, in order, trimmed, never empty strings. */
export function splitSentences(prose: string): string[] {
  if (typeof prose !== "string") return [];
  const out: string[] = [];
  for (const paragraph of prose.split(/\n[ \t]*\n+/)) {
    const lines = paragraph.split("\n");
    let run = "";
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k].trim();
      if (!line) continue;
      run = run ? `${run} ${line}` : line;
      const endsSentence = /[.!?:;\u2026\u3002\uff01\uff1f]["'\u201d\u2019)\]]*$/.test(line) || line.length < SHORT_LINE || /\p{Extended_Pictographic}$/u.test(line);
      if (endsSentence || k === lines.length - 1) {
        splitLineRun(run, out);
        run = "";
      }
    }
    if (run) splitLineRun(run, out);
  }
  return out;
}
