// A workaround that worked, in a thread that has not settled: a reply offering a way around the
// problem ("as a workaround …", "in the meantime you can …", "what worked for me was …", a command
// or setting offered with "try `…`") that someone other than its writer then says worked ("that
// worked", "can confirm this fixes it", "works for me too"), and that no later reply to it rejects
// ("did not help", "still fails"). A confirmation or rejection belongs to the offer when it quotes
// it, names its writer, or is one of the next two human turns. Only the writer's own words count
// (no quoted lines, no fenced code); bots neither offer nor confirm. Pure.
import type { Comment, Thread } from "../thread/model.ts";
import { ownSentences, ownText, withoutAddress } from "./own-words.ts";

export interface Workaround {
  commentId: string;
  author: string;
  /** The writer's own words offering it. */
  text: string;
  url?: string;
  createdAt: string;
  /** Logins, other than the writer, who said it worked, in thread order. */
  confirmedBy: string[];
}

/** A sentence that offers a way around the problem. */
const OFFER = /\b(?:as an? (?:temporary )?(?:workaround|work-around|stopgap)|(?:a|the|one|my|possible|temporary|quick|simple|easy) (?:workaround|work-around|stopgap|temporary fix)\b(?! (?:would|is needed|for now would))|(?:can|could|to) (?:work|get) around (?:it|this|that|the)|worked around (?:it|this|that|the)|in the meantime,? (?:you|try|use|set|run|add|disable|enable|downgrad\w*|pin)|what (?:worked|works|helped) for me)\b/i;
/** Asking for, or denying, a workaround offers none: "I need a workaround", "there is no workaround". */
const NOT_OFFER = /\b(?:need|want|wish|looking for|searching for|any|no|without|know of|is there)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:workaround|work-around|stopgap)\b/i;
/** "This fixed the issue for me." says that it worked; the sentence before it says what. */
const SELF_FIX = /\b(?:this|that|it|which|doing so) (?:fixed|fixes|solved|solves|resolved|resolves) (?:it|this|that|the (?:issue|problem|bug|error|crash)) for me\b/i;
/** A command or setting offered as the way: "Try `--no-cache`", "you can set `x: 1`". */
const TRY_CODE = /^(?:(?:please |just )?try|you (?:can|could|may) (?:try|use|set|run|add|pass|disable|enable)|(?:just |simply )?(?:set|run|pass|add|disable|enable))\b[^?]*`[^`]+`/i;
/** Says the way worked. */
const CONFIRM = /\b(?:(?:that|this|it|which|your (?:fix|workaround|suggestion|patch)) (?:worked|works|did the trick|does the trick|helped|fixed it|fixes it|fixed the (?:issue|problem)|solved it|solves it)|works? for me(?: too| as well)?|worked for me|can confirm|confirmed,? (?:it|this) (?:works|fixes)|(?:seems to have )?fixed it(?: for me)?|that was it)\b/i;
/** Says it did not. */
const REJECT = /\b(?:did(?:n't| not)|does(?:n't| not)|won't|doesn't seem to|did not seem to|not) (?:work|help|fix|solve|change)|\bstill (?:fails|failing|broken|crash\w*|happen\w*|the same|no luck|get(?:ting)? the (?:same )?(?:error|issue|problem))|\bno luck\b|\bno (?:change|difference)\b|\bunable to (?:start|run|use|build|install|launch|get)\b|\b(?:does|did)(?:n't| not) (?:appear|seem) to\b/i;
/** "it works on 18.04 but not 18.04.1" is no confirmation. */
const BUT_NOT = /\bbut (?:not|still|it (?:still|does(?:n't| not)))\b/i;
/** "works for me" that only means "I cannot reproduce it" is no confirmation of a workaround. */
const CANNOT_REPRO = /\b(?:can(?:no|')t|could(?:n't| not)|unable to) reproduce\b/i;

function sentencesOf(body: string): string[] {
  // Leading "@ana @kai" address the reply; a summary never mentions anyone.
  return ownSentences(ownText(body))
    .map(withoutAddress)
    .filter((s) => s.length > 0);
}

/** The sentence(s) of a comment that offer a way around, or undefined. */
export function offerIn(body: string): string | undefined {
  const ss = sentencesOf(body);
  for (const [i, s] of ss.entries()) {
    if (/\?\s*$/.test(s)) continue;
    if ((OFFER.test(s) && !NOT_OFFER.test(s)) || TRY_CODE.test(s)) return s;
    if (SELF_FIX.test(s) && i > 0 && !/\?\s*$/.test(ss[i - 1])) return `${ss[i - 1]} ${s}`;
  }
  return undefined;
}

/** A reply that speaks to the offer: it quotes a line of it, names its writer, or comes right after it. */
function repliesTo(c: Comment, offer: Comment, turnsAfter: number): boolean {
  if (turnsAfter <= 2) return true;
  if (new RegExp(`@${offer.author.login.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")}\\b`, "i").test(c.body)) return true;
  // Quoted lines of the writer, not a shell prompt's "> " inside a code block.
  const text = c.body.replace(/^(?:```|~~~)[^\n]*\n[\s\S]*?^(?:```|~~~)[^\n]*$/gm, " ");
  const quoted = text.split("\n").filter((l) => /^\s*>/.test(l)).map((l) => l.replace(/^\s*(?:>\s*)+/, "").trim()).filter((l) => l.length >= 12);
  return quoted.some((q) => offer.body.includes(q));
}

/** The confirmed, not rejected workarounds of the thread, most confirmed first (the later on a tie). */
export function threadWorkarounds(thread: Pick<Thread, "comments">): Workaround[] {
  const people = thread.comments.filter((c) => !c.author.isBot);
  const found: Workaround[] = [];
  for (const [i, c] of people.entries()) {
    if (i === 0) continue; // the opening post states the problem
    const text = offerIn(c.body);
    if (text === undefined) continue;
    const confirmedBy: string[] = [];
    let rejected = false;
    for (const [j, later] of people.slice(i + 1).entries()) {
      if (!repliesTo(later, c, j + 1)) continue;
      const own = sentencesOf(later.body);
      // The writer's own "it works" is no confirmation; a rejection from anyone else cancels it.
      if (later.author.login === c.author.login) continue;
      if (own.some((s) => REJECT.test(s) && !/\?\s*$/.test(s))) {
        rejected = true;
        break;
      }
      if (own.some((s) => CONFIRM.test(s) && !/\?\s*$/.test(s) && !CANNOT_REPRO.test(s) && !BUT_NOT.test(s)) && !confirmedBy.includes(later.author.login)) confirmedBy.push(later.author.login);
    }
    if (rejected || confirmedBy.length === 0) continue;
    const w: Workaround = { commentId: c.id, author: c.author.login, text, createdAt: c.createdAt, confirmedBy };
    if (c.url !== undefined) w.url = c.url;
    found.push(w);
  }
  return found.reverse().sort((a, b) => b.confirmedBy.length - a.confirmedBy.length);
}
