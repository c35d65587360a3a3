// Finds Markdown inline code spans (`x`, ``x ` y``) in linear time, the way CommonMark
// pairs them: a run of N backticks is closed by the next run of exactly N backticks.
// Shared by text cleaning and by render/ (mention safety must skip code spans).

export interface CodeSpan {
  /** Index of the opening backtick run. */
  start: number;
  /** Index just after the closing backtick run. */
  end: number;
  /** The span's content without the backtick runs. */
  content: string;
}

/** All closed code spans in `text`, in order, non-overlapping. Unmatched runs are literal. */
export function findCodeSpans(text: string): CodeSpan[] {
  if (!text.includes("`")) return [];
  // Collect backtick runs (skipping backslash-escaped opening backticks).
  const runs: Array<{ pos: number; len: number }> = [];
  let i = text.indexOf("`");
  while (i !== -1) {
    let j = i;
    while (j < text.length && text.charCodeAt(j) === 96) j++;
    const escaped = i > 0 && text.charCodeAt(i - 1) === 92;
    runs.push({ pos: escaped ? i + 1 : i, len: escaped ? j - i - 1 : j - i });
    i = text.indexOf("`", j);
  }
  // For each run, the index of the next run of the same length.
  const nextSame = new Array<number>(runs.length).fill(-1);
  const lastByLen = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const len = runs[k].len;
    if (len === 0) continue;
    nextSame[k] = lastByLen.get(len) ?? -1;
    lastByLen.set(len, k);
  }
  const spans: CodeSpan[] = [];
  let k = 0;
  while (k < runs.length) {
    const close = nextSame[k];
    if (runs[k].len === 0 || close === -1) {
      k++;
      continue;
    }
    const open = runs[k];
    const end = runs[close];
    spans.push({ start: open.pos, end: end.pos + end.len, content: text.slice(open.pos + open.len, end.pos) });
    k = close + 1;
  }
  return spans;
}
