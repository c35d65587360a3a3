// The project side's latest word: the newest comment by a maintainer (owner, member or
// collaborator) other than the thread's author, in the sentence that says most (a decision, an
// outcome word, else one that says what happens next — "If you send a PR that works, I'll consider
// it" over "I can't manage this myself" — else the statement with the most content words). A summary whose thread states no outcome yet shows it,
// so a reader learns what the project last said ("I'm moving this out of the 2.1 milestone…")
// instead of only "no outcome". Only where the thread shows roles (GitHub does); bots are not the
// project's word, and when the latest maintainer comment says nothing quotable (one word, commands
// to bots like "/kind cleanup") there is no line: an older comment is not the latest word. Pure.
import { isMaintainer, type Comment } from "../thread/model.ts";
import type { CommentFeatures } from "./comment-features.ts";
import { displayText } from "./display-text.ts";
import { outcomeNamed } from "./ending/reader.ts";
import { clip, keyTerms } from "./text-units.ts";
import type { ItemRef } from "./types.ts";

/** Lines addressed to bots and triage commands ("/sig cluster-lifecycle", "@dependabot rebase"). */
const COMMAND = /^\s*(?:\/[a-z][\w-]*\b|@[\w-]+\[?bot\]?\s)/i;
/** Fewest words a comment needs to say something of its own. */
const MIN_WORDS = 4;

/** Thanks, greetings and sign-offs: no word of the project's. */
const COURTESY = /^(?:thanks?|thank you|thx|cheers|hi|hello|hey|sorry)\b[^.!]{0,30}[.!]*$/i;

/** What happens next, or what the reader should do: "If you send a PR that works, I'll consider it", "please post it on the forum", "you can start it with --safe". */
const PLAN = /\b(?:i'll|i will|we'll|we will|i'd|we'd|if you|please|feel free|you can|you could|you should|let's)\b/i;

/** A decision, else a sentence naming an outcome, else one that says what happens next, else the statement with the most content words (the first of those). */
function tellingSentence(sentences: readonly string[], decisions: readonly string[]): string | undefined {
  const plain = sentences.map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= MIN_WORDS);
  const decided = plain.find((s) => decisions.includes(s));
  if (decided) return decided;
  const named = outcomeNamed(plain);
  if (named) return named;
  const statements = plain.filter((s) => !s.endsWith("?") && !COURTESY.test(s));
  const plan = statements.find((s) => PLAN.test(s));
  if (plan) return plan;
  return statements.reduce<string | undefined>((best, s) => (best === undefined || keyTerms(s).length > keyTerms(best).length ? s : best), undefined);
}

/** The latest maintainer's comment (not the thread author's) in its telling sentence, or undefined (also when it says nothing quotable). */
export function latestMaintainerWord(comments: readonly Comment[], features: readonly CommentFeatures[]): ItemRef | undefined {
  const opener = comments[0]?.kind === "body" ? comments[0].author.login : undefined;
  for (let i = comments.length - 1; i >= 1; i--) {
    const c = comments[i];
    if (c.author.isBot || c.author.login === opener || !isMaintainer(c.author.association)) continue;
    // The latest one only: when it says nothing quotable ("LGTM", "/assign"), an older comment is not the latest word.
    const f = features[i];
    const sentence = f.wordCount < MIN_WORDS ? undefined : tellingSentence(f.sentences.filter((s) => !COMMAND.test(s)), f.decisions);
    if (!sentence) return undefined;
    const r: ItemRef = { text: clip(displayText(sentence, c.body), 200), author: c.author.login, commentId: c.id, createdAt: c.createdAt };
    if (c.url) r.url = c.url;
    return r;
  }
  return undefined;
}
