// Whether a reply engages with the conversation or only adds weight to it: "same here", "+1",
// "any news?", "still present in 1.9.8", "would love this too" are bumps — they answer nobody's
// question. Only an engaging reply can be the next turn that answers what was asked before it
// (thread-panel: 199 of 240 answered items were answered by the first reply of someone other than
// the asker; answered.ts weighs that turn with the item's topic and the form of the reply).
// Pure, cheap: regular expressions over the writer's own prose.
import type { CommentFeatures } from "./comment-features.ts";
import { normalizeForMatch } from "./questions.ts";

/** A bump or a me-too: adds a voice, answers nothing. Matched on the start of a short comment. */
const BUMP =
  /^(?:(?:i think|i believe|it seems|seems like|looks like|so|yes|yeah|hi|hello|hey)[,\s]+)?(?:\+1|👍|:\+1:|me too|same(?: here| for me| issue| problem| error| thing| bug)?(?=\s*(?:$|[.!,:;)]))|ditto|bump|ping|up|any (?:news|update|updates|progress|eta)|is there any (?:news|update|progress)|are there any (?:news|updates)|still (?:present|happening|an issue|broken|a problem|seeing|getting|having|experiencing|occurs|occurring|exists|reproducible|relevant)|(?:this is )?still (?:an? )?(?:issue|problem|bug)|i(?:'m| am)? (?:also )?(?:having|seeing|see|getting|experiencing|facing|running into|hitting) (?:the )?(?:same|this|exactly the same|a similar)|i (?:also )?have (?:the )?(?:same|this|exactly the same|a similar) (?:issue|problem|error|bug|need)|i have this issue|i have the same|would (?:really )?love (?:this|to have|to see|that)|(?:i'd|i would) (?:also )?(?:love|like) (?:this|to see this|to have this)|(?:also )?(?:happens|happening|reproducible|seeing this) (?:to me|for me|here|on)|can confirm|confirmed|i can confirm|also (?:happening|seeing|affected)|affected too|us too|same on|same with)\b/;

/** Short replies that thank or agree without adding anything a question could be answered by. */
const ONLY_THANKS = /^(?:thanks|thank you|thx|ty|cheers|great|nice|cool|awesome|ok|okay|lgtm|👍|🎉)[\s!.,]*(?:(?:a lot|so much|very much|everyone|all|!|\.)[\s!.,]*)?$/;

/** True when the comment only bumps the thread or says "me too" (short, no question of its own beyond a bump). */
export function isBump(f: CommentFeatures): boolean {
  if (f.wordCount === 0) return true;
  if (f.wordCount > 40) return false;
  const first = normalizeForMatch(f.sentences[0] ?? "");
  if (BUMP.test(first)) return true;
  return f.sentences.length <= 1 && ONLY_THANKS.test(first);
}

/** True when the sentence only asks for news or adds a voice ("Any news on this?", "+1"). */
export function isBumpSentence(sentence: string): boolean {
  return BUMP.test(normalizeForMatch(sentence));
}

/** A triage note that redirects instead of answering ("Duplicate of #298", "Closing in favour of #12"). */
const TRIAGE_ONLY = /^(?:duplicate of|dupe of|dup of|same as|closing (?:as|in favou?r of|for)|closed (?:as|in favou?r of|for))\b/;

/** True when the comment is only a short triage redirect: it closes or points elsewhere without
 * taking up what was asked, so the asker's question is still waiting. */
export function isTriageOnly(f: CommentFeatures): boolean {
  return f.wordCount > 0 && f.wordCount <= 8 && TRIAGE_ONLY.test(normalizeForMatch(f.sentences[0] ?? ""));
}

/** Openings of a status report about the replier's own changes ("Fixed the typo…", "Pushed the rename"). */
const STATUS_REPORT = /^(?:fixed|updated|addressed|pushed|rebased|changed|removed|added|renamed|moved|bumped|done|reverted|squashed)\b/;

/** True when the comment opens as a report of the replier's own changes: it carries out a request,
 * it does not answer a question. */
export function isStatusReport(f: CommentFeatures): boolean {
  return STATUS_REPORT.test(normalizeForMatch(f.sentences[0] ?? ""));
}

/** True when the comment can answer something asked before it: prose of its own that is no
 * bump or triage redirect, or (with no prose) code, output or a link — a log pasted in reply
 * answers "what does it print?". */
export function engages(f: CommentFeatures, body: string): boolean {
  if (f.wordCount === 0) return body.trim().length > 0;
  return !isBump(f) && !isTriageOnly(f);
}
