// Finds Markdown inline code spans (`x`, ``x ` y``) in linear time, the way CommonMark
// pairs them: a run of N backticks is closed by the next run of exactly N backticks.
// A backslash escapes a backtick only outside a span (an odd number of backslashes before
// an opening run makes its first backtick literal); inside a span backslashes are literal,
// so "`\`" is a span holding "\". Shared by text cleaning and by render/ (mention safety
// must skip code spans).

export interface CodeSpan {
  /** Index of the opening backtick run. */
  start: number;
  /** Index just after the closing backtick run. */
  end: number;
  /** The span's content without the backtick runs. */
  content: string;
}

interface Run {
  pos: number;
  len: number;
  /** Preceded by an odd number of backslashes. */
  escaped: boolean;
}

function backtickRuns(text: string): Run[] {
  const runs: Run[] = [];
  let i = text.indexOf("`");
  while (i !== -1) {
    let j = i;
    while (j < text.length && text.charCodeAt(j) === 96) j++;
    let slashes = 0;
    while (i - slashes - 1 >= 0 && text.charCodeAt(i - slashes - 1) === 92) slashes++;
    runs.push({ pos: i, len: j - i, escaped: slashes % 2 === 1 });
    i = text.indexOf("`", j);
  }
  return runs;
}

/** All closed code spans in `text`, in order, non-overlapping. Unmatched runs are literal. */
export function findCodeSpans(text: string): CodeSpan[] {
  if (!text.includes("`")) return [];
  const runs = backtickRuns(text);
  // Indices of the runs of each length, in order, and how far each list has been consumed.
  const byLen = new Map<number, number[]>();
  for (let k = 0; k < runs.length; k++) {
    const list = byLen.get(runs[k].len);
    if (list) list.push(k);
    else byLen.set(runs[k].len, [k]);
  }
  const cursor = new Map<number, number>();
  /** The first run after index `k` of exactly `len` backticks, or -1. */
  const nextOfLen = (k: number, len: number): number => {
    const list = byLen.get(len);
    if (!list) return -1;
    let c = cursor.get(len) ?? 0;
    while (c < list.length && list[c] <= k) c++;
    cursor.set(len, c);
    return c < list.length ? list[c] : -1;
  };
  const spans: CodeSpan[] = [];
  let k = 0;
  while (k < runs.length) {
    const run = runs[k];
    const pos = run.escaped ? run.pos + 1 : run.pos;
    const len = run.escaped ? run.len - 1 : run.len;
    const close = len > 0 ? nextOfLen(k, len) : -1;
    if (close === -1) {
      k++;
      continue;
    }
    const end = runs[close];
    spans.push({ start: pos, end: end.pos + end.len, content: text.slice(pos + len, end.pos) });
    k = close + 1;
  }
  return spans;
}
