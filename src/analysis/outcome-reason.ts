// Why an outcome came, when the thread says why: the reason sentence ("because …", "since …",
// "X is not supported", "the cause is …", "only happens with …") of the settling comment, or
// else of the diagnosis just before it (the two human comments before the settling one). Not a
// hedge ("I vaguely remember", "maybe"), not the writer's own attempts ("I tried …"), not a
// question, and nothing when the settling sentence already says why. The thread's author counts as
// a diagnosis only when they say they found the cause ("I found the problem: …"). Pure.
import type { ItemRef } from "./types.ts";
import type { Comment, Thread } from "../thread/model.ts";
import { ownSentences, ownText, withoutAddress } from "./own-words.ts";

const REASON = /\b(?:because|since (?!v?\d|version|then|when|last|yesterday|the (?:last|latest) (?:release|version))|due to|caused by|the (?:root )?cause (?:is|was|seems)|(?:is|are|was|were)(?: not|n't)(?: yet| currently| officially)? supported|(?:isn't|aren't|not) (?:yet )?supported|only (?:happens|occurs|works|fails|breaks) (?:with|when|on|if|for)|the (?:reason|problem|issue) (?:is|was) (?:that|caused|due|in|with)\b|is (?:intended|expected|by design)|as designed|(?:has|have) never been supported|never (?:has |have )?(?:been )?supported|(?:is|are) intentionally)\b/i;
/** The settler's preference a decline rests on: "it would be better to make a separate package", "this belongs in its own plugin". Read in the settling comment only. */
const PREFERENCE = /\b(?:(?:it )?would be better (?:to|as|off|served|suited|placed|done|handled) |(?:is|are|would be) better (?:suited|served|placed|done|handled) (?:in|as|by|outside)|belongs? (?:in|to) (?:a|an|its own|their own) (?:separate|own|external|third.party|different))/i;
/** The writer saying they found the cause: "I found the problem: …", "turns out the cache …". */
const FOUND = /^(?:so |ok,? |well,? )?(?:I|we) (?:(?:think I |think we )?(?:found|find|figured out|discovered|tracked down)) (?:the|a|what)\b.{0,20}\b(?:problem|cause|issue|culprit|reason|bug)\b|\bturn(?:s|ed) out (?:that |the )/i;
const HEDGE = /\b(?:vaguely|not sure|no idea|I wonder|wondering|maybe|perhaps|possibly|might be|could be|I guess)\b/i;
/** The writer's own story ("I tried …", "because I wanted to double-check", "I would have lost …"): not a reason for the outcome. */
const OWN_ATTEMPT = /\bI(?:'ve| have)? (?:tried|ran|used|did|attempted|installed)\b|\b(?:because|since) I\b|\bI (?:would|had|was|wanted|didn.t|did not|am|'m|'d)\b/i;
const MAX_WORDS = 45;

function sentencesOf(body: string): string[] {
  return ownSentences(ownText(body));
}

/** A sentence in the writer's own assertive words: no hedge, no story of their own attempts, no question, not too long. */
function assertive(s: string): boolean {
  return !HEDGE.test(s) && !OWN_ATTEMPT.test(s) && !/\?\s*$/.test(s) && s.split(/\s+/).length <= MAX_WORDS;
}

/** A sentence that gives a reason, in the writer's own assertive words. */
export function isReasonSentence(s: string): boolean {
  return (REASON.test(s) || FOUND.test(s)) && assertive(s);
}

/** "…, such as:" says its reason in the list after it: up to three of its items, joined. */
function withList(body: string, sentence: string): string {
  if (!/:\s*$/.test(sentence)) return sentence;
  const tail = sentence.slice(-20);
  const at = body.indexOf(tail);
  if (at < 0) return sentence;
  const items: string[] = [];
  for (const line of body.slice(at + tail.length).split("\n").slice(1)) {
    if (line.trim() === "" && items.length === 0) continue;
    const item = /^\s*(?:[-*+]|\d{1,2}[.)])\s+(.+)$/.exec(line)?.[1];
    if (item === undefined) break;
    items.push(item.replace(/\s+/g, " ").replace(/[:;,.]\s*$/, ""));
  }
  return items.length === 0 ? sentence : `${sentence} ${items.slice(0, 3).join("; ")}.`;
}

function reasonIn(c: Comment, except: string, foundOnly = false, preference = false): ItemRef | undefined {
  const sentences = sentencesOf(c.body).filter((x) => !except.includes(x) && !x.includes(except));
  const found = sentences.find((x) => isReasonSentence(x) && (!foundOnly || FOUND.test(x))) ?? (preference ? sentences.find((x) => PREFERENCE.test(x) && assertive(x)) : undefined);
  if (found === undefined) return undefined;
  // Leading "@ana @kai" address the reply; a summary never mentions anyone.
  const s = withList(c.body, withoutAddress(found));
  if (s.length === 0) return undefined;
  const ref: ItemRef = { text: s, author: c.author.login, commentId: c.id, createdAt: c.createdAt };
  if (c.url !== undefined) ref.url = c.url;
  return ref;
}

/** True when the sentence already says why (a reason or a found cause). */
export function givesReason(s: string): boolean {
  return REASON.test(s) || FOUND.test(s);
}

/** The reason the settling comment, or the diagnosis before it, gives for the outcome; undefined when none or already said. */
export function outcomeReason(thread: Pick<Thread, "comments">, settling: Pick<ItemRef, "commentId" | "text">): ItemRef | undefined {
  if (isReasonSentence(settling.text) || REASON.test(settling.text)) return undefined;
  const at = thread.comments.findIndex((c) => c.id === settling.commentId);
  if (at < 0) return undefined;
  const own = reasonIn(thread.comments[at], settling.text, false, true);
  if (own) return own;
  const people = thread.comments.filter((c) => !c.author.isBot);
  const opener = people[0]?.author.login;
  const settler = thread.comments[at].author.login;
  const before = thread.comments.slice(0, at).filter((c) => !c.author.isBot).slice(-2).reverse();
  for (const c of before) {
    if (thread.comments.indexOf(c) === 0) continue; // the opening post states the problem, not the diagnosis
    // The author's own case for what was then declined is no reason for the decision: a diagnosis
    // the outcome rests on comes from its settler or from someone other than the thread's author.
    // Unless the author says they found the cause ("I found the problem: …").
    const byOpener = c.author.login === opener && c.author.login !== settler;
    const r = reasonIn(c, settling.text, byOpener);
    if (r) return r;
  }
  return undefined;
}
