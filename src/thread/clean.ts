// Text cleaning: separates the prose a person wrote from code, quotes, diffs, logs,
// HTML, URLs and identifiers. Pipeline: normalise (line endings, invisible characters) →
// block scan (markdown-blocks.ts) → inline cleaning per paragraph (inline.ts).
// Removed code, URLs and identifiers leave CODE_TOKEN ("§") behind so sentences keep shape.
import { cleanInline } from "./inline.ts";
import { scanBlocks, type Blocks } from "./markdown-blocks.ts";
import { normalizeMarkdown } from "./normalize.ts";

export { CODE_TOKEN } from "./identifiers.ts";
export { splitSentences } from "./sentences.ts";

export interface CleanedText {
  /** The writer's own prose: code, quotes, diffs, logs, HTML, URLs removed; paragraphs separated by blank lines. */
  prose: string;
  /** Text of each block quote (what the writer replied to), for reply detection. */
  quotes: string[];
  /** Logins @mentioned in the prose (without "@"). */
  mentions: string[];
  /** Issue/PR references (#123, owner/repo#1) and commit SHAs mentioned. */
  references: string[];
  /** True if the comment contained code, diffs or logs that were removed. */
  hadCode: boolean;
}

/** Inputs longer than this are cut (GitHub's own limit for a comment body is 65,536). */
export const MAX_CLEAN_INPUT = 262_144;

/**
 * Text exported without its line breaks (many data sets and some tools turn each newline
 * into spaces) loses all block structure: "> quoted  my reply" would read as one long quote.
 * When a text has no newline at all but has runs of two or more spaces, those runs are
 * taken as the lost line breaks, and a closed ``` pair as inline code. On genuinely one-line
 * comments this only splits at double spaces (e.g. after a full stop), which changes no words.
 */
function unflatten(text: string): string {
  if (text.includes("\n") || !/\S {2,}\S/.test(text)) return text;
  // Fences lost their lines too ("```js code ```  reply"): a closed pair becomes inline code.
  const fenced = text.includes("```") || text.includes("~~~") ? text.replace(/(`{3,}|~{3,})[\s\S]*?\1/g, "`§`") : text;
  return fenced.replace(/ {2,}/g, "\n");
}

function quoteTexts(blocks: Blocks[], out: string[]): void {
  for (const q of blocks) {
    const text = q.paragraphs
      .map((p) => cleanInline(p).text)
      .filter((p) => p.length > 0)
      .join("\n\n");
    if (text) out.push(text);
    quoteTexts(q.quotes, out);
  }
}

/** Cleans one comment's Markdown into the writer's prose plus what was quoted and referenced. */
export function cleanMarkdown(markdown: string): CleanedText {
  const input = typeof markdown === "string" ? markdown : "";
  let text = normalizeMarkdown(input.length > MAX_CLEAN_INPUT ? input.slice(0, MAX_CLEAN_INPUT) : input);
  text = unflatten(text);
  const blocks = scanBlocks(text.split("\n"));
  // Most comments mention and reference nothing: the sets are made only when needed.
  let mentions: Set<string> | null = null;
  let references: Set<string> | null = null;
  let hadCode = blocks.hadCode;
  const paragraphs: string[] = [];
  for (const p of blocks.paragraphs) {
    const r = cleanInline(p);
    if (r.hadCode) hadCode = true;
    if (r.mentions.length > 0) {
      mentions ??= new Set<string>();
      for (const m of r.mentions) mentions.add(m);
    }
    if (r.references.length > 0) {
      references ??= new Set<string>();
      for (const ref of r.references) references.add(ref);
    }
    if (r.text) paragraphs.push(r.text);
  }
  const quotes: string[] = [];
  quoteTexts(blocks.quotes, quotes);
  const prose = paragraphs.length === 1 ? paragraphs[0] : paragraphs.join("\n\n");
  return { prose, quotes, mentions: mentions ? [...mentions] : [], references: references ? [...references] : [], hadCode };
}
