// Lexical cues for escalation that the per-comment tone does not carry on its own:
// politeness (thanks, hedges, apologies) that tends to vanish before a blow-up, and
// second-person blame ("you never…", "did you even…").

const POLITE =
  /\b(?:thanks|thank you|thx|ty|appreciate|sorry|apologi[sz]e|my bad|please|i think|i believe|i guess|i suppose|maybe|perhaps|probably|might|could we|would you|not sure|imo|imho|in my opinion|if i understand|iiuc|afaict|afaik|good point|fair point|makes sense|great|nice|cheers|happy to|no worries)\b|🙏|❤️|😊|🙂/i;

const BLAME: RegExp[] = [
  /\byou (?:never|always|clearly|obviously|simply|just don't|keep|refuse|refused|failed to|fail to|ignored|ignore|broke|didn't even|did not even|don't even|can't even|still don't|still haven't|should have|should've|could have|could've|have no idea|don't understand|don't get it|didn't bother|never bothered)\b/,
  /\b(?:did|do|have) you (?:even|actually|ever) (?:read|test|tested|try|tried|look|looked|bother|run|check|checked|think)\b/,
  /\byour (?:fault|mistake|mess|problem|broken|sloppy|lazy)\b/,
  /\b(?:because of you|thanks to you,|you people|you guys always|you guys never)\b/,
  /\b(?:stop|quit) (?:ignoring|pretending|wasting|arguing|telling)\b/,
];

/** True when the prose carries thanks, apology, hedging or softening. */
export function isPolite(prose: string): boolean {
  return POLITE.test(prose);
}

/** Number of second-person blame cues in the prose. */
export function blameCount(prose: string): number {
  const s = prose.toLowerCase().replace(/[’‘]/g, "'");
  let n = 0;
  for (const re of BLAME) if (re.test(s)) n++;
  return n;
}
