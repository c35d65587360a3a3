// Comments whose heat words are not heat between people: a joke ("lol", "haha", a smiley, "bear
// hug") or swearing at oneself ("did I fuck up and copy the wrong dll?", "my bad, derp"). The
// summary's temperature line does not count them as heat (coach/temperature.ts); the heat model
// and the nudges are untouched. A comment that also aims hostile words at someone ("you",
// "your") is never light. Pure.
import { normalizeForMatch } from "./questions.ts";

/** Markers of a joke or of laughing along. */
const JOKE = /(?:^|\s)(?:lol|lmao|rofl|haha\w*|hehe\w*|jk|j\/k|xd)(?:\s|[.!,)]|$)|[:;]-?[)dp](?:\s|$)|\(:|[\u{1F600}-\u{1F606}\u{1F923}\u{1F602}\u{1F609}\u{1F61C}]/u;
/** Hostile or profane words. */
const HOSTILE = /\b(?:fuck\w*|shit\w*|damn\w*|crap\w*|stupid\w*|idiot\w*|dumb\w*|moron\w*|ridiculous|pathetic|useless|garbage|trash|bullshit|wtf|screw(?:ed)? up|messed up|derp)\b/;
/** Second person: hostile words near it are aimed at someone. */
const YOU = /\b(?:you|your|you're|youre|you've|u|ur|y'all)\b/;
/** Blame or swearing aimed at oneself: "did I fuck up…", "I'm an idiot", "we messed up", "my bad". */
const SELF =
  /\b(?:i|we)\b(?: \w+){0,3} (?:fuck(?:ed)?|screw(?:ed)? (?:it )?up|mess(?:ed)? (?:it )?up|blew it|goofed)\b|\b(?:i'm|im|i am|i was|i feel) (?:so |such |really )?(?:an? )?(?:idiot|stupid|dumb|moron|blind)\b|\b(?:my bad|silly me|stupid me|dumb me|derp|d'oh|facepalm|brain ?fart)\b/;

/** True when one sentence (normalised) aims hostile words at someone. */
function aimedAtSomeone(s: string): boolean {
  return HOSTILE.test(s) && YOU.test(s);
}

/** True when the comment's heat words are a joke or aimed at the writer, and none at anyone else. */
export function isLightHearted(body: string): boolean {
  const sentences = body.split(/(?<=[.!?])\s+|\n+/).map((x) => normalizeForMatch(x)).filter(Boolean);
  if (sentences.length === 0 || sentences.some(aimedAtSomeone)) return false;
  const joke = JOKE.test(body.toLowerCase());
  const selfDirected = sentences.some((s) => SELF.test(s) && !YOU.test(s));
  return joke || selfDirected;
}

/** Ids of the light-hearted comments among these. */
export function lightHeartedComments(comments: readonly { id: string; body: string }[]): Set<string> {
  return new Set(comments.filter((c) => isLightHearted(c.body)).map((c) => c.id));
}
