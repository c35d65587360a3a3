// What a thread is about, for every summary: the opening post's sentence that
// states the problem or the proposal in the writer's own words. Not a heading or template line
// ("## Description", "- [x] New feature", "Ensure all linting tests pass"), not an environment
// line ("Symfony version(s) affected: 4.4.9", "elementary OS Juno (Ubuntu 18.04)."), not a
// reproduction step ("Install FreeRADIUS on Ubuntu 20.04…"), not a sentence cut mid-way; a
// template label before the words ("Describe the bug …") is dropped. Among the rest, one that
// names a problem ("…is not displayed anymore") comes first, and a statement before a question. Pure.
import type { Comment } from "../thread/model.ts";
import type { CommentFeatures } from "./comment-features.ts";
import { isPoint } from "./differences.ts";
import { displayText } from "./display-text.ts";
import { clip } from "./text-units.ts";
import { isHeadingLine } from "./thread-decisions.ts";
import type { ItemRef } from "./types.ts";

/** Issue-template labels that open a sentence ("Describe the bug", "Description"). */
const LABEL =
  /^(?:describe the bug|bug (?:report|summary|description)|description|summary|expected (?:behaviou?r|result|outcome)|actual (?:behaviou?r|result|outcome)|result|steps to reproduce|how to reproduce(?: the issue)?|problem|issue|defect)\b\s*:?\s*/i;
/** Template and checklist lines of pull-request and issue forms. */
const TEMPLATE = /^(?:ensure (?:all|that|you)|make sure (?:all|that|you)|tests? added|closes? #|fixes #|resolves #|- ?\[[ x]\]|whatsnew entry|passes? (?:black|flake8|lint))/i;
/** Environment lines: versions, operating systems, "key: value" facts. */
const ENVIRONMENT =
  /\bversions?(?:\(s\))?\s+affected\b|^(?:os|platform|environment|system|device|architecture|browser|version|node|python|php)\s*(?:version)?\s*:|^(?:elementary os|ubuntu|debian|fedora|windows|macos|mac os|os x|arch linux|centos)\b[^.]{0,40}\d/i;
/** A numbered or imperative reproduction step. */
const STEP = /^(?:\d+[-.)]\s*|step \d+:?\s*)|^(?:install|open|press|click|run|go to|navigate to|create|type|launch|start|download|clone)\b/i;
/** A sentence cut mid-way (the form's text ran on into the next field): it ends in a function word. */
const CUT = /\b(?:to|the|a|an|and|or|of|with|for|in|on|that|would|be)$/i;
/** Words that name a problem or what should happen instead. */
const PROBLEM = /\b(?:not|no longer|fails?|failed|failing|error|errors|crash\w*|wrong|broken|missing|instead|unable|cannot|hangs?|freezes?|refuses?|should|proposal|propose|add support)\b|n't\b/i;

function cleaned(sentence: string): string {
  return sentence.replace(LABEL, "").trim();
}

function says(sentence: string, body: string): boolean {
  const s = cleaned(sentence);
  return (
    s.split(/\s+/).length >= 6 && !/:\s*$/.test(s) && isPoint(s) && !isHeadingLine(sentence, body) && !TEMPLATE.test(s) && !ENVIRONMENT.test(s) && !STEP.test(s) && !CUT.test(s.replace(/[\s.…]+$/, ""))
  );
}

/** The opening post's main point in its own words (what the thread is about), when it states one. */
export function aboutOf(comments: Comment[], features: CommentFeatures[]): ItemRef | undefined {
  const c = comments[0];
  if (!c || c.kind !== "body") return undefined;
  const f = features[0];
  const candidates = f.sentences.slice(0, 12).filter((s) => says(s, c.body));
  const statements = candidates.filter((s) => !/\?\s*$/.test(s));
  const text = statements.find((s) => PROBLEM.test(s)) ?? statements[0] ?? candidates[0] ?? (f.claim && says(f.claim, c.body) ? f.claim : undefined);
  if (!text) return undefined;
  const r: ItemRef = { text: clip(displayText(cleaned(text), c.body), 200), author: c.author.login, commentId: c.id, createdAt: c.createdAt };
  if (c.url) r.url = c.url;
  return r;
}
