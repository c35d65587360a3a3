// Line-based Markdown block scanner: splits a comment into the writer's paragraphs and
// block quotes, and drops fenced/indented code, diffs, logs and stack traces, HTML
// comments and <script>/<style>/<pre> regions, tables' furniture, thematic breaks,
// link definitions, e-mail attributions and signatures. Inline syntax is left to inline.ts.
// Follows CommonMark/GFM where it matters for what GitHub shows (fences, list indentation,
// unclosed fences run to the end of their container); one deliberate difference: a line
// without ">" right after a quote is treated as the writer's reply, not lazy quote text.
import { isAttribution, isMailNoise, isOriginalMessageHeader, isSignatureStart, trailingAttributionLength } from "./email-reply.ts";
import { findCodeSpans } from "./code-spans.ts";
import { headerlessHunkLength, isDiffBody, isDiffHeader, isMachineLine, looksMachineLike } from "./machine-lines.ts";

export interface Blocks {
  /** Raw Markdown of each prose paragraph (inline syntax still present). */
  paragraphs: string[];
  /** Each block quote, scanned the same way. */
  quotes: Blocks[];
  /** True if code, diffs, logs or <pre> regions were dropped. */
  hadCode: boolean;
}

const MAX_QUOTE_DEPTH = 12;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const THEMATIC_BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const HEADING = /^#{1,6}(?:[ \t]+|$)/;
const LINK_DEFINITION = /^\[[^\]]+\]:\s*\S/;
const LIST_ITEM = /^([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/;
const TABLE_DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const ALERT = /^\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*$/i;
const HTML_REGION = /<!--|<(script|style|pre|textarea)\b/i;
/** Stands in for a "<" inside a code span while HTML regions are looked for. */
const CODE_LT = "\ue0ff";

/** Leading indentation in columns (tabs to the next multiple of 4) and the rest of the line. */
function indentOf(line: string): { indent: number; text: string } {
  let col = 0;
  let k = 0;
  for (; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 32) col++;
    else if (c === 9) col += 4 - (col % 4);
    else break;
  }
  return { indent: col, text: line.slice(k) };
}

function isBlank(line: string): boolean {
  return line.trim().length === 0;
}

/** Removes HTML comments and script/style/pre/textarea regions from one line. */
function stripHtmlRegions(line: string): { line: string; openEnd: string | null; hadCode: boolean } {
  let s = line;
  let hadCode = false;
  for (let guard = 0; guard < 1000; guard++) {
    const m = HTML_REGION.exec(s);
    if (!m) break;
    const tag = m[1]?.toLowerCase();
    const end = tag ? `</${tag}` : "-->";
    if (tag === "pre" || tag === "textarea") hadCode = true;
    const from = m.index + m[0].length;
    const close = s.toLowerCase().indexOf(end, from);
    if (close === -1) return { line: s.slice(0, m.index), openEnd: end, hadCode };
    const after = tag ? s.indexOf(">", close) : close + 2;
    s = s.slice(0, m.index) + " " + s.slice(after === -1 ? s.length : after + 1);
  }
  return { line: s, openEnd: null, hadCode };
}

/** stripHtmlRegions, where a "<" inside a code span opens nothing (the span came first). */
function stripHtmlRegionsOutsideCode(line: string): ReturnType<typeof stripHtmlRegions> {
  const spans = line.includes("`") ? findCodeSpans(line) : [];
  if (spans.length === 0) return stripHtmlRegions(line);
  let masked = "";
  let last = 0;
  for (const sp of spans) {
    masked += line.slice(last, sp.start) + line.slice(sp.start, sp.end).replaceAll("<", CODE_LT);
    last = sp.end;
  }
  const r = stripHtmlRegions(masked + line.slice(last));
  return { ...r, line: r.line.replaceAll(CODE_LT, "<") };
}

function tableCells(row: string): string {
  return row
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|\s*$/, "")
    .split(/(?<!\\)\|/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0)
    .join("\n");
}

/** Scans Markdown lines (LF-split, already normalised) into paragraphs and quotes. */
/** The paragraph being gathered by scanBlocks and where finished ones go. */
interface Pending {
  out: Blocks;
  /** Lines of the paragraph in progress. */
  para: string[];
  /** The last flushed paragraph is followed only by blank lines. */
  lastParaAdjacent: boolean;
}

/** Ends the paragraph in progress, if any. */
function flush(st: Pending): void {
  if (st.para.length > 0) {
    st.out.paragraphs.push(st.para.join("\n"));
    st.para = [];
    st.lastParaAdjacent = true;
  }
}

/** Ends the paragraph in progress because a dropped block (code when `code`) follows it. */
function dropped(st: Pending, code: boolean): void {
  flush(st);
  st.lastParaAdjacent = false;
  if (code) st.out.hadCode = true;
}

export function scanBlocks(input: readonly string[], depth = 0): Blocks {
  const lines = input.slice();
  const out: Blocks = { paragraphs: [], quotes: [], hadCode: false };
  const n = lines.length;
  const st: Pending = { out, para: [], lastParaAdjacent: false };
  let prevBlank = true;
  let inIndentedCode = false;
  let htmlEnd: string | null = null;
  let weakCheckedUntil = -1;
  const listStack: number[] = [];

  let i = 0;
  let lastI = -1;
  let visits = 0;
  while (i < n) {
    // Safety net: a line may be re-scanned (list item content) but never endlessly.
    if (i === lastI) {
      if (++visits > 64) {
        i++;
        visits = 0;
        continue;
      }
    } else {
      lastI = i;
      visits = 0;
    }
    let line = lines[i];

    // Inside an HTML comment or a script/style/pre region that started on an earlier line.
    if (htmlEnd !== null) {
      const k = line.toLowerCase().indexOf(htmlEnd);
      if (k === -1) {
        i++;
        continue;
      }
      const gt = htmlEnd === "-->" ? k + 2 : line.indexOf(">", k);
      line = gt === -1 ? "" : line.slice(gt + 1);
      htmlEnd = null;
      if (isBlank(line)) {
        i++;
        continue;
      }
    }

    if (isBlank(line)) {
      flush(st);
      prevBlank = true;
      i++;
      continue;
    }

    let { indent, text: t } = indentOf(line);
    if (prevBlank && listStack.length > 0) {
      while (listStack.length > 0 && listStack[listStack.length - 1] > indent) listStack.pop();
    }
    const base = listStack.length > 0 ? listStack[listStack.length - 1] : 0;
    const rel = indent - base;

    // Indented code: four columns past the container, not interrupting a paragraph.
    if (rel >= 4 && (inIndentedCode || (prevBlank && st.para.length === 0))) {
      inIndentedCode = true;
      dropped(st, true);
      i++;
      continue;
    }
    inIndentedCode = false;

    // Fenced code (``` or ~~~, any length; unclosed runs to the end of the container).
    const fence = rel < 4 ? FENCE.exec(t) : null;
    if (fence && !(fence[1][0] === "`" && fence[2].includes("`"))) {
      dropped(st, true);
      const ch = fence[1][0];
      const len = fence[1].length;
      let j = i + 1;
      for (; j < n; j++) {
        const c = lines[j].trim();
        if (c.length >= len && c[0] === ch) {
          const run = /^(`+|~+)\s*$/.exec(c);
          if (run && run[1][0] === ch && run[1].length >= len) break;
        }
      }
      i = j + 1;
      prevBlank = true;
      continue;
    }

    // HTML comments and script/style/pre regions (possibly spanning lines).
    if (t.includes("<")) {
      const r = stripHtmlRegionsOutsideCode(t);
      if (r.hadCode) out.hadCode = true;
      htmlEnd = r.openEnd;
      if (r.line !== t) {
        t = r.line.trim();
        if (t.length === 0) {
          i++;
          continue;
        }
      }
    }

    // Signatures and e-mail furniture.
    if (isSignatureStart(lines, i)) {
      dropped(st, false);
      break;
    }
    if (isOriginalMessageHeader(t)) {
      dropped(st, false);
      if (depth < MAX_QUOTE_DEPTH) out.quotes.push(scanBlocks(lines.slice(i + 1), depth + 1));
      break;
    }
    if (isMailNoise(t)) {
      i++;
      continue;
    }

    // Block quotes (nested quotes are scanned recursively).
    if (rel < 4 && t[0] === ">") {
      // The first line may have lost an HTML comment or tag: use its stripped text `t`.
      let j = i + 1;
      const inner: string[] = [t.replace(/^> ?/, "")];
      while (j < n) {
        const q = indentOf(lines[j]);
        if (q.indent - base >= 4 || q.text[0] !== ">") break;
        inner.push(q.text.replace(/^> ?/, ""));
        j++;
      }
      // A GitHub alert ("> [!WARNING]") is the writer's own callout, not a quotation.
      if (ALERT.test(inner[0])) {
        flush(st);
        const own = scanBlocks(inner.slice(1), depth + 1);
        out.paragraphs.push(...own.paragraphs);
        out.quotes.push(...own.quotes);
        if (own.hadCode) out.hadCode = true;
        st.lastParaAdjacent = false;
        i = j;
        prevBlank = true;
        continue;
      }
      // Drop an attribution ("On Mon, X wrote:") right before the quote.
      if (st.para.length > 0) {
        st.para.splice(st.para.length - trailingAttributionLength(st.para));
      } else if (st.lastParaAdjacent && out.paragraphs.length > 0) {
        const last = out.paragraphs[out.paragraphs.length - 1].split("\n");
        const k = trailingAttributionLength(last);
        if (k > 0) {
          last.splice(last.length - k);
          if (last.length > 0) out.paragraphs[out.paragraphs.length - 1] = last.join("\n");
          else out.paragraphs.pop();
        }
      }
      dropped(st, false);
      const q =
        depth < MAX_QUOTE_DEPTH
          ? scanBlocks(inner, depth + 1)
          : { paragraphs: [inner.map((l) => l.replace(/^(?:\s*>)+\s?/, "")).join("\n")], quotes: [], hadCode: false };
      if (q.hadCode) out.hadCode = true;
      out.quotes.push(q);
      i = j;
      prevBlank = true;
      continue;
    }

    if (rel < 4) {
      // Unified diffs, with headers or as bare +/- hunks.
      if (isDiffHeader(t)) {
        let j = i + 1;
        while (j < n) {
          if (isDiffBody(lines[j]) && !isBlank(lines[j])) j++;
          else if (isBlank(lines[j]) && j + 1 < n && /^(?:[+\-@]|diff )/.test(lines[j + 1])) j++;
          else break;
        }
        dropped(st, true);
        i = j;
        prevBlank = true;
        continue;
      }
      const hunk = indent === 0 ? headerlessHunkLength(lines, i) : 0;
      if (hunk > 0) {
        dropped(st, true);
        i += hunk;
        prevBlank = true;
        continue;
      }

      // Tables: header, delimiter, rows; cells kept as short lines.
      if (t.includes("|") && i + 1 < n && lines[i + 1].includes("-") && TABLE_DELIMITER.test(lines[i + 1].trim())) {
        flush(st);
        const rows = [tableCells(t)];
        let j = i + 2;
        while (j < n && !isBlank(lines[j]) && lines[j].includes("|")) rows.push(tableCells(lines[j++]));
        for (const r of rows) if (r) out.paragraphs.push(r);
        st.lastParaAdjacent = false;
        i = j;
        prevBlank = true;
        continue;
      }

      if (THEMATIC_BREAK.test(t) || (st.para.length > 0 && SETEXT.test(t))) {
        dropped(st, false);
        i++;
        prevBlank = true;
        continue;
      }
      if (HEADING.test(t)) {
        flush(st);
        const h = t.replace(HEADING, "").replace(/[ \t]+#+[ \t]*$/, "").trim();
        if (h) out.paragraphs.push(h);
        st.lastParaAdjacent = false;
        i++;
        prevBlank = true;
        continue;
      }
      if (LINK_DEFINITION.test(t)) {
        i++;
        continue;
      }
    }

    // Stack traces, log lines, diagnostics; and runs of 3+ machine-looking lines.
    if (isMachineLine(t)) {
      dropped(st, true);
      i++;
      prevBlank = true;
      continue;
    }
    if (i > weakCheckedUntil && !LIST_ITEM.test(t) && looksMachineLike(t, true)) {
      let j = i + 1;
      while (j < n && !isBlank(lines[j]) && looksMachineLike(lines[j])) j++;
      if (j - i >= 3) {
        dropped(st, true);
        i = j;
        prevBlank = true;
        continue;
      }
      weakCheckedUntil = j - 1;
    }

    // List items: each item its own paragraph; its content re-scanned at the content indent.
    const item = rel < 4 ? LIST_ITEM.exec(t) : null;
    if (item && (item[3] !== undefined || st.para.length === 0)) {
      flush(st);
      st.lastParaAdjacent = false;
      const markerEnd = indent + item[1].length;
      let spaces = item[2] ? indentOf(" ".repeat(markerEnd) + item[2]).indent - markerEnd : 1; // tabs stop at columns of 4
      // Five or more spaces after the marker: the content indent is one space, the rest makes indented code.
      const codeIndent = spaces > 4 && item[3] ? spaces - 1 : 0;
      if (spaces > 4) spaces = 1;
      const contentIndent = markerEnd + spaces;
      while (listStack.length > 0 && listStack[listStack.length - 1] > indent) listStack.pop();
      listStack.push(contentIndent);
      const content = (item[3] ?? "").replace(/^\[[ xX]\][ \t]+/, "");
      lines[i] = " ".repeat(contentIndent + codeIndent) + content;
      prevBlank = true;
      continue; // re-process the same line as the item's content
    }

    // Prose.
    if (((i + 1 < n && /^\s*>/.test(lines[i + 1])) || (depth > 0 && i === 0)) && isAttribution(t)) {
      i++;
      continue;
    }
    st.para.push(t.trimEnd());
    prevBlank = false;
    st.lastParaAdjacent = false;
    i++;
  }
  flush(st);
  return out;
}
