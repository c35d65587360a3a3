// A question asked in jest ("Where do you want to meet up so I can give you a big bear hug? lol"):
// laughter right after it. It asks nothing: neither an open item nor heat. One regular expression.
const LAUGH = /(?:^|\s)(?:lol|lmao|rofl|haha+|hehe+|xd|:d|😂|🤣|😄|😆|😜|😉)[\s!.]*$/i;

/** True when a question is a joke: laughter right after it ("…a big bear hug? lol"). It asks nothing. */
export function isJokingQuestion(sentence: string, next: string | undefined): boolean {
  return LAUGH.test(sentence.replace(/^.*\?/s, " ")) || (next !== undefined && LAUGH.test(` ${next.trim()}`) && next.trim().split(/\s+/).length <= 2);
}
