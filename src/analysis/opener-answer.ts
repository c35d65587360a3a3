// The answer the opener found themself: a later comment of the thread's author that gives the fix
// ("…and in my config file I set: `c.Shell.autosuggest = None`", "Setting X to false solves it"),
// which someone else then confirms works ("the config code provided by @ana works correctly").
// Without that confirmation an opener's report is their own reading (thread-decisions.ts reads
// "that fixed it" as where the thread stands); with it, it is the thread's answer. Pure.
import type { Comment } from "../thread/model.ts";
import { answerScore } from "./answer-sentence.ts";
import { codeAfter } from "./code-after.ts";
import type { CommentFeatures } from "./comment-features.ts";
import { normalizeForMatch } from "./questions.ts";

/** A sentence saying something works ("works correctly", "it worked", "does the trick"), not a hope or a failure. */
const WORKS = /\b(?:works?\b|worked\b|working(?! on\b)|does the trick|did the trick|solves? (?:it|this|the)|solved (?:it|this|the)|fixe[sd] (?:it|this|the))\b/;
const NOT_WORKS = /\b(?:not|n't|never|no longer|if|whether|hope|should|might)\b/;

const PROPOSES = /^(?:(?:how|what) about|what if|maybe|perhaps)\b|\b(?:we|you) (?:could|might)\b|\bi (?:propose|suggest)\b/;
const CREDITS = /\b(?:as|like) (?:you|\w+) (?:said|suggested|mentioned|proposed|wrote)\b|\bas suggested\b|\b(?:your|the suggested) (?:suggestion|fix|workaround|idea)\b|\bthanks to\b/;

/** True when comment j (someone else's) says the opener's comment i works: it names the opener or quotes comment i. */
function confirms(comments: Comment[], features: CommentFeatures[], i: number, j: number): boolean {
  const opener = comments[0].author.login.toLowerCase();
  const f = features[j];
  const names = f.mentions.some((m) => m.toLowerCase() === opener);
  const quotes = f.quotes.some((q) => q.replace(/\s+/g, " ").trim().length > 0) && quotedFrom(comments[j].body, comments[i].body);
  if (!names && !quotes) return false;
  return f.sentences.some((s) => {
    const n = normalizeForMatch(s);
    const m = WORKS.exec(n);
    return m !== null && !NOT_WORKS.test(n.slice(0, m.index)) && !/\?\s*$/.test(n);
  });
}

/** True when the reply's quoted lines (code included) appear in the quoted comment's Markdown. */
function quotedFrom(reply: string, quoted: string): boolean {
  const lines = reply.split("\n").filter((l) => /^\s*>/.test(l)).map((l) => l.replace(/^\s*>\s?/, "").trim()).filter((l) => l.length >= 8 && !/^`{3,}|^~{3,}/.test(l));
  return lines.some((l) => quoted.includes(l));
}

export interface OpenerAnswer {
  index: number;
  sentence: string;
  /** The sentence's code, on one line, when it introduces a fenced block. */
  code: string | null;
  confirmedIn: number;
}

/** The opener's own confirmed answer (the latest), or undefined. */
export function openerAnswer(comments: Comment[], features: CommentFeatures[]): OpenerAnswer | undefined {
  const opener = comments[0]?.author.login;
  if (!opener || comments[0].kind !== "body") return undefined;
  let found: OpenerAnswer | undefined;
  for (let i = 1; i < comments.length; i++) {
    if (comments[i].author.login !== opener) continue;
    const f = features[i];
    // The sentence that gives the fix: one that introduces code, else one that reads as an instruction or explanation.
    const withCode = [...f.sentences].reverse().find((s) => !/\?\s*$/.test(s) && codeAfter(s, comments[i].body) !== null);
    const sentence = withCode ?? f.sentences.find((s) => answerScore(s) >= 2);
    // A proposal ("How about we…") is not yet a fix, and a fix credited to someone else ("as you said…") is theirs.
    if (!sentence || PROPOSES.test(normalizeForMatch(sentence)) || CREDITS.test(normalizeForMatch(sentence))) continue;
    const j = comments.findIndex((c, k) => k > i && c.author.login !== opener && !c.author.isBot && confirms(comments, features, i, k));
    if (j < 0) continue;
    found = { index: i, sentence, code: withCode ? codeAfter(withCode, comments[i].body) : null, confirmedIn: j };
  }
  return found;
}
