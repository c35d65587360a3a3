// A question read with the sentences around it, in its own comment: a fragment the comment cut
// off ("Why would we expect" before a code block, the question going on after it), and a question
// its writer answers in the next sentence ("Why not a flag? Because…", or a run of posed cases
// "Someone offline for a week? The history shows it."). Neither waits for anyone: no open item.
// Pure, regular expressions over one comment's sentences.
import { asksOnlyByMark, classifyQuestion, normalizeForMatch } from "./questions.ts";
import { expectedForm } from "./answer-form.ts";

/** Ends like a sentence: terminal punctuation, a closing bracket or quote after it, or a code placeholder. */
const ENDED = /[.!?…:;)\]"'*_§]\s*$/;

/** True when the sentence stops mid-way: no terminal punctuation, and the next sentence carries
 * on in lower case (the rest of it, after a code block or a line break the writer put inside it). */
export function isFragment(sentence: string, next: string | undefined): boolean {
  if (ENDED.test(sentence.trim())) return false;
  return next !== undefined && /^[a-z]/.test(next.trim());
}

/** The writer's own answer opening the next sentence, by the form the question asks. */
const OWN_ANSWER: Record<string, RegExp> = {
  "yes-no": /^(?:yes|no(?! idea| clue| one| luck)|nope|yep|yeah|of course|not really|absolutely not)\b/,
  reason: /^(?:because|simple|the reason is|the answer is)\b/,
};

/**
 * True when the writer answers the question `i` in the next sentence of the same paragraph:
 * "Is it slow? No, …", "Why? Because…", or a run of at least two posed cases, each a question
 * only by its mark and followed by a statement ("Someone X? … Someone Y? …"). `block` gives each
 * sentence's paragraph.
 */
export function isSelfAnswered(sentences: readonly string[], i: number, block: readonly number[]): boolean {
  const answerAt = (k: number) => k + 1 < sentences.length && block[k + 1] === block[k] && classifyQuestion(sentences[k + 1]) === null;
  if (!answerAt(i)) return false;
  const own = OWN_ANSWER[expectedForm(sentences[i])];
  if (own?.test(normalizeForMatch(sentences[i + 1]))) return true;
  if (!asksOnlyByMark(sentences[i])) return false;
  let posed = 0;
  sentences.forEach((s, k) => {
    if (block[k] === block[i] && classifyQuestion(s) === "question" && asksOnlyByMark(s) && answerAt(k)) posed++;
  });
  return posed >= 2;
}
