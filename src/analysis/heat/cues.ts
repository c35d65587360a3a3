// Lexical cues for escalation that the per-comment tone does not carry on its own:
// politeness (thanks, hedges, apologies) that tends to vanish before a blow-up, and
// second-person blame ("you never…", "did you even…").

const POLITE =
  /\b(?:thanks|thank you|thx|ty|appreciate|sorry|apologi[sz]e|my bad|please|i think|i believe|i guess|i suppose|maybe|perhaps|probably|might|could we|would you|not sure|imo|imho|in my opinion|if i understand|iiuc|afaict|afaik|good point|fair point|makes sense|great|nice|cheers|happy to|no worries)\b|🙏|❤️|😊|🙂/i;

let lastProse = "";
let lastLower = "";
/** Lower-cased prose with straight apostrophes (remembers its last answer: three cues read the same prose). */
function lowerProse(prose: string): string {
  if (prose !== lastProse) {
    lastProse = prose;
    lastLower = prose.toLowerCase().replace(/[’‘]/g, "'");
  }
  return lastLower;
}

const BLAME: RegExp[] = [
  /\byou (?:never|always|clearly|obviously|simply|just don't|keep|refuse|refused|failed to|fail to|ignored|ignore|broke|didn't even|did not even|don't even|can't even|still don't|still haven't|should have|should've|could have|could've|have no idea|don't understand|don't get it|didn't bother|never bothered)\b/,
  /\b(?:did|do|have) you (?:even|actually|ever) (?:read|test|tested|try|tried|look|looked|bother|run|check|checked|think)\b/,
  /\byour (?:fault|mistake|mess|broken|sloppy|lazy)\b/,
  // "your problem" blames only as a brush-off, not in "Is your problem similar?"
  /\b(?:that's|that is|it's|it is|sounds like) your (?:own )?problem\b|\byour problem,? not (?:mine|ours)\b/,
  /\b(?:because of you|thanks to you,|you people|you guys always|you guys never)\b/,
  /\b(?:stop|quit) (?:ignoring|pretending|wasting|arguing|telling)\b/,
];

/** True when the prose carries thanks, apology, hedging or softening. */
export function isPolite(prose: string): boolean {
  return POLITE.test(prose);
}

/** Number of second-person blame cues in the prose. */
export function blameCount(prose: string): number {
  const s = lowerProse(prose);
  if (!s.includes("you")) return 0;
  let n = 0;
  for (const re of BLAME) if (re.test(s)) n++;
  return n;
}

/** Second person aimed at someone ("you just…", "you should have…", "you didn't…"). */
const POINTED_YOU =
  /\byou (?:simply|just|should|should have|shouldn't|did|didn't|are|were|chose|need to|have to|must|keep|never|always|don't|do not|can't|cannot|clearly|obviously|made|broke|want)\b/g;

/** Brush-offs that tend to precede a blow-up: "not a bug", "as I already said", "read the docs", "lol". */
const DISMISSAL =
  /\b(?:not a bug|not an issue|this is not an? (?:bug|issue)|closing (?:this|as)|this isn't|don't use github|read the (?:docs|documentation|manual|readme)|as i (?:already )?(?:said|mentioned|explained)|i already (?:said|told|explained)|lol|please don't|won't fix|wontfix|works as intended|nobody)\b/g;

/** Number of pointed second-person phrases. */
export function pointedYouCount(prose: string): number {
  const s = lowerProse(prose);
  return s.includes("you") ? (s.match(POINTED_YOU) ?? []).length : 0;
}

/** Number of brush-off phrases. */
export function dismissalCount(prose: string): number {
  return (lowerProse(prose).match(DISMISSAL) ?? []).length;
}
