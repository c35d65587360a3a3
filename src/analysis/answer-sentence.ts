// The key sentence of a reply that answers: an explanation, a diagnosis, a workaround or an
// instruction ("X is not supported because…", "the correct way is `pipenv sync`", "you need to
// set X", "use Y instead") — not a greeting, thanks, a question, a me-too, a report of one's own
// attempts, or a routine note (a CI or coverage report, a rebase or review request). Lexical cues only; the sentence must carry one to count. Pure.
import { normalizeForMatch } from "./questions.ts";
import { memoByText } from "./text-memo.ts";

/** A diagnosis or explanation: why it happens, what is (not) supported or intended. "Because I
 * like the OO API" gives the writer's own motive, not a cause. */
const EXPLAINS =
  /\b(?:because(?! (?:i|we) (?:like|prefer|love|want|feel|thought|think|find|was|am|have)\b)|due to|caused by|the (?:cause|reason|problem|issue|culprit|bug) (?:is|was|here is)|(?:is|are|was|were) (?:expected|intended|intentionally|deliberately|on purpose|by design|designed|not supported|unsupported|not meant|meant)|(?:has|have) never been supported|never (?:has |have )?(?:been )?supported|expected behaviou?r|works as (?:intended|designed|expected)|intended to be|only supports?|supports? only|(?:(?:does|do|can)(?: not|n't)|cannot) (?:support|handle|access)|there is no support|no support for|assumes?|(?:which|that|this|what) (?:causes|is causing|caused)|this happens when|happens because|the (?:issue|problem|bug|error|crash)\b.{0,40}\bcomes? from|that's why|which is why|not a bug)\b/;
/** A workaround or instruction: what to do. */
const INSTRUCTS =
  /\b(?:(?<!that )you (?:need|have|will need|must|should|'ll need|may want|might want|'d need) (?:to )?\w+|the (?:correct|right|recommended|proper|usual|only) way\b|the (?:fix|solution|workaround) (?:is|was|would be)|a workaround\b|workaround is|(?<!\b(?:how|whether|why|if) )(?:it|this|that) should work\b|the way to do (?:this|it|that) is\b|(?:it|they|this|that|each|every) (?:will |would )?(?:need|needs|has|have) to be (?:signed|set|configured|installed|updated|upgraded|enabled|disabled|rebuilt|quoted|escaped|registered)\b|make sure\b|either (?:don't|do not|use|set|add|remove))/;
/** A weaker offer: "you can …", "… instead" (an answer only with code named in it). */
const OFFERS = /\b(?:you can|you could|instead)\b/;
/** An imperative opening: "Use …", "Set …", "Run …". */
const IMPERATIVE =
  /^(?:(?:just|simply|so|then|instead|also)[\s,]+)?(?:use|set|run|install|add|remove|pass|call|specify|move|put|upgrade|downgrade|update|enable|disable|switch|try|replace|change|configure|point|image|mount|build|delete|rename|wrap)\b/;
/** Not an answer: thanks, greetings, me-toos, one's own attempts and reports, pings. */
const NOT_ANSWER =
  /^(?:thanks?|thank you|thx|hi|hello|hey|same|\+1|me too|ping|bump|any (?:news|update))\b|\b(?:i have the same|same (?:problem|issue|here)|me too|does anyone|is there any|close (?:this|the|it)\b|(?:don't|do not|doesn't) know|not sure|no idea|you (?:\w+ ){0,2}(?:did|do|are doing) (?:something|it|this) wrong)/;
/** A routine note on the thread's housekeeping: a CI or coverage report, a rebase or review
 * request, "ready for review". It answers nobody's problem. */
const ROUTINE =
  /\b(?:codecov|coverage (?:report|increased|decreased|remained|is now|went)|(?:ci|the build|the tests|all checks|checks) (?:is |are |have |has )?(?:green|red|passing|passed|failing|failed)\b|(?:please|could you|can you|would you)(?: please)? (?:rebase|squash|take a look|have a look|review)\b|needs? (?:a )?rebas(?:e|ing)\b|ready (?:for|to) (?:review|merge)\b|ptal\b)/;

/** The writer's own experience ("I used…", "while I didn't…"): a report, not an answer ("I think it is because…" is one). */
const FIRST_PERSON = /^(?:(?:while|as|and|but|so|when|since|although|though)\s+)?(?:i(?:'m|'ve|'d)? (?!think\b|believe\b|suspect\b|guess\b|'d (?:suggest|recommend)\b)|my\b)|\bi (?:tried|used|ran|did|have|had|was|am)\b|\bin my case\b|\bfor me\b/;
/** The writer's own finding, checked ("I checked the source and the problem comes from the parser"): an explanation, not a report of attempts. */
const FINDING = /\bi (?:checked|looked (?:at|into)|dug into|debugged|traced|investigated|read)\b.{0,60}\band (?:the (?:issue|problem|bug|error|crash|cause)\b|it(?:'s| is) (?:caused|due))/;
/** A request for something from the asker ("Please post the log"): an answer only when it also explains. */
const REQUEST = /^please\b/;

const MIN_WORDS = 5;
const MAX_WORDS = 70;

/** How strongly a sentence reads as an answer's point: 0 (not at all), 1 (weak), 2+ (an answer). */
/** True when a sentence tells of the writer's own doings ("I used…", "As I checked…"). */
export function isFirstPerson(sentence: string): boolean {
  const s = normalizeForMatch(sentence);
  // "I checked the source and the problem comes from X" tells a finding, not the writer's attempts.
  return FIRST_PERSON.test(s) && !FINDING.test(s);
}

export function answerScore(sentence: string): number {
  return answerScoreMemo(sentence);
}
const answerScoreMemo = memoByText(20_000, readAnswerScore);

function readAnswerScore(sentence: string): number {
  const s = normalizeForMatch(sentence);
  const n = sentence.split(/\s+/).length;
  // A sentence ending in ":" only introduces its code or list: cut off from its point.
  // "It's not a bug, it's a feature" is the old joke, not an answer.
  if (/\bnot a bug,? (?:it'?s|it is|but) an? feature\b/.test(s)) return 0;
  if (n < MIN_WORDS || n > MAX_WORDS || /[?:]\s*$/.test(sentence) || NOT_ANSWER.test(s) || ROUTINE.test(s) || (FIRST_PERSON.test(s) && !FINDING.test(s))) return 0;
  // A condition the writer cannot settle ("if this still fails, …") is not an answer's point.
  if (/^(?:if|when) (?:this|it|that|the (?:problem|issue)) (?:still|persists|happens again)\b/.test(s)) return 0;
  // A branch of a plan hanging on an earlier condition ("If not, we could still get it into 8.3") answers nothing by itself.
  if (/^(?:if not|if so|otherwise)\b/.test(s)) return 0;
  let score = 0;
  if (EXPLAINS.test(s)) score += 2;
  if (REQUEST.test(s)) return score;
  if (INSTRUCTS.test(s) || IMPERATIVE.test(s)) score += 2;
  else if (OFFERS.test(s)) score += 1;
  // Code named in the sentence (prose shows it as "§") makes an instruction concrete.
  if (score > 0 && sentence.includes("§")) score += 1;
  return score;
}

/** The sentence of a reply that carries its answer (the highest score, the earliest on a tie), or undefined. */
export function answerSentence(sentences: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = 1;
  for (const s of sentences) {
    const score = answerScore(s);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/** How many words an answer's cause and the instruction after it may run to together. */
const MAX_PAIR_WORDS = 45;

/** The sentence after an answer that only explains ("X is intentionally unsigned."), when it says what to
 * do about it ("…it will need to be signed to avoid false positives."): the answer is both. Else undefined. */
export function followingFix(sentences: readonly string[], chosen: string): string | undefined {
  const at = sentences.indexOf(chosen);
  const next = at >= 0 ? sentences[at + 1] : undefined;
  if (next === undefined) return undefined;
  const c = normalizeForMatch(chosen);
  const n = normalizeForMatch(next);
  if (!EXPLAINS.test(c) || INSTRUCTS.test(c) || IMPERATIVE.test(c)) return undefined;
  if (answerScore(next) < 2 || !(INSTRUCTS.test(n) || IMPERATIVE.test(n)) || isHedged(next)) return undefined;
  return `${chosen} ${next}`.split(/\s+/).length <= MAX_PAIR_WORDS ? next : undefined;
}

/** A guess, not an answer: "I think this is because…", "maybe the cache", "it might be the proxy", "not sure, but…". */
const HEDGE = /\b(?:i (?:think|guess|suspect|believe|assume)|maybe|perhaps|probably|possibly|presumably|(?:most |more than )?likely|might be|may be (?:due|caused|because|related|the)|could be (?:due|caused|because|related|the|a|an)|not (?:100% )?sure|my (?:guess|suspicion|hunch))\b/;

/** True when the sentence only guesses ("I think this is because the domain expired"). */
export function isHedged(sentence: string): boolean {
  return HEDGE.test(normalizeForMatch(sentence));
}

/** A guess at a cause ("I think this is because…", "probably caused by…"), not at what to do. */
export function guessesCause(sentence: string): boolean {
  return /\b(?:because|due to|caused by|the (?:cause|reason|culprit)|(?:is|are) causing)\b/.test(normalizeForMatch(sentence));
}
