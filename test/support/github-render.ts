// Test oracle for "does GitHub show this as a mention?": renders Markdown with micromark and
// its GFM extension (the CommonMark + GFM reference implementation) and looks for an
// @login in the text GitHub's mention filter reads, i.e. text nodes outside <pre>, <code>
// and <a> (GitHub never links a mention there). Raw HTML is rendered escaped, i.e. as text:
// stricter than GitHub, never looser. Each tag counts as a text-node boundary.
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";

const IGNORED = /<(pre|code|a)\b[^>]*>[\s\S]*?<\/\1>/g;
const CODE = /<(pre|code)\b[^>]*>[\s\S]*?<\/\1>/g;
const TAG = /<[^>]*>/g;
const ENTITY: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' };
// GitHub's rule, a little wider: "@" + an alphanumeric, after a text-node start or a non-word character.
const MENTION = /(?:^|[^A-Za-z0-9_])@[A-Za-z0-9]/m;

/** HTML GitHub-flavoured Markdown gives for `markdown` (raw HTML escaped). */
export function renderGfm(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** The text nodes a mention could live in, one per line. */
export function mentionableText(markdown: string): string {
  return renderGfm(markdown)
    .replace(IGNORED, "\n")
    .replace(TAG, "\n")
    .replace(/&(?:amp|lt|gt|quot);/g, (e) => ENTITY[e]);
}

/** Text GitHub shows outside code (<pre>, <code>), tags as line breaks, entities decoded. */
export function textOutsideCode(markdown: string): string {
  return renderGfm(markdown)
    .replace(CODE, "\n")
    .replace(TAG, "\n")
    .replace(/&(?:amp|lt|gt|quot);/g, (e) => ENTITY[e]);
}

/** The first @mention GitHub could link in `markdown`, with some context, or null. */
export function renderedMention(markdown: string): string | null {
  const text = mentionableText(markdown);
  const m = MENTION.exec(text);
  return m ? text.slice(Math.max(0, m.index - 20), m.index + 20) : null;
}
