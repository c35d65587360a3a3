// The tone lexicon we wrote: phrases that heat or cool a comment, each with the playbook
// category it evidences and how its meaning depends on who it is aimed at.
// Technical vocabulary (kill, abort, dead, fatal, execute, hack, nuke, dummy, blocker…) is
// deliberately absent: it is not hostility.
import type { ToneCategory } from "../../types.ts";

/**
 * How a phrase's meaning depends on its target:
 * - "plain": counts as written.
 * - "judge": a harsh judgement word. Aimed at "you" → insult; at the writer ("I'm dumb") →
 *   ignored; at a thing ("this is stupid") → the entry's category, at reduced strength.
 * - "name": a name for a person (idiot, moron). At the writer → ignored; otherwise insult.
 * - "swear": profanity. Aimed at "you" → profanity; otherwise (a thing, the writer,
 *   an exclamation) → mild frustration.
 */
export type TargetRule = "plain" | "judge" | "name" | "swear";

export interface LexEntry {
  tokens: string[];
  category: ToneCategory;
  rule: TargetRule;
  /** Relative strength, 1 = typical for the category. */
  strength: number;
}

type Group = [category: ToneCategory, rule: TargetRule, strength: number, phrases: string];

// Phrases are "|"-separated; words inside a phrase are separated by spaces and written
// as the tokenizer produces them (lower case, apostrophes as "'"); a lone "," stands for
// any clause break ("," ";" ":" a dash).
const GROUPS: Group[] = [
  // insult / name-calling
  ["insult", "name", 1, "idiot|idiots|moron|morons|imbecile|imbeciles|retard|retards|dumbass|jackass|asshole|assholes|dickhead|douchebag|douche|jerk|jerks|clown|clowns|buffoon|loser|losers|brat|troll|trolls|bozo|fool|fools|halfwit|nitwit|dimwit|twat|prick|wanker|scumbag|bastard|bastards|kiddo|liar|liars|hypocrite|hypocrites|faggot|faggots|dick|dicks|turd|turds|sucker|suckers"],
  ["insult", "plain", 1, "shut up|get lost|get a life|grow up|go to hell|screw you|fuck you|fuck off|piss off|stfu|gtfo|you people|are you stupid|are you dumb|are you serious|are you kidding|are you kidding me|what's wrong with you|do you even|can you even|any idiot|any moron|learn to read|learn to code|learn some|go fuck yourself|go fuck yourselves|fuck yourself|fuck yourselves|piece of shit|pieces of shit|act like a child|acting like a child|behave like a child"],
  ["frustration", "judge", 1, "stupid|dumb|idiotic|moronic|incompetent|clueless|ignorant|lazy|pathetic|ridiculous|absurd|ludicrous|laughable|retarded|braindead|brain dead|brain-dead|arrogant|rude|childish|insane|crazy|rubbish|bs|nonsense|gibberish|idiocy|stupidity|incompetence|disgrace|disgraceful|embarrassing|shameful|unprofessional|horrible|awful|terrible|useless|worthless|pointless|hopeless|joke|a joke|clown show|shitshow|dumpster fire|a mess|junk|lame|ugly|broken by design|half-baked|amateurish|amateur|sloppy|selfish|spineless|condescending|foolish|laziness|arrogance|unfriendly|unconstructive|nonsensical|hypocritical|such trash|is trash|utter trash|total trash|absolute trash|complete garbage|utter garbage|total garbage|hot garbage|a lie"],
  // mocking and sarcasm
  ["mockery", "plain", 1, "so much for|good luck with that|yeah right|oh great|oh wow|oh really|wow just wow|slow clap|thanks for nothing|thanks a lot for nothing|congrats on|congratulations on breaking|what a surprise|surprise surprise|big surprise|how convenient|genius|brilliant idea|nice job breaking|great job breaking|well done breaking|lol|lmao|rofl|lulz|haha|hahaha|sarcasm|cute|adorable|bravo|kudos to you for|must be nice|who would have thought|shocking|shocker|ever heard of|apparently not"],
  // impatience
  ["impatience", "plain", 1, "still waiting|still not fixed|still broken|still no|how many times|for the last time|once again|yet again|again and again|over and over|any update|any updates|any news|any progress|it's been months|it has been months|it's been years|it has been years|been waiting|months later|years later|hurry|asap|already told|already said|already explained|i already|as i said|as i already said|like i said|as i've said|as stated before|i repeat|read the docs|read the documentation|read the manual|rtfm|did you even read|did you read|seriously|come on|c'mon|nobody cares|no one cares|nobody responds|no response|third time|for the third time|won't ask again|i won't ask|i have to remind you|remind you again|didn't even read|without even reading"],
  // bitter frustration (not aimed at a person)
  ["frustration", "plain", 1, "wtf|what the hell|what the heck|what the fuck|ffs|for fuck's sake|for god's sake|for christ's sake|jesus christ|omg|ugh|argh|sick of|sick and tired|fed up|tired of|waste of time|wasted my time|wasting my time|waste of my time|waste of everyone's time|unacceptable|frustrating|frustrated|infuriating|annoying|annoyed|irritating|disappointed|disappointing|disappointment|disgusted|disgusting|outrageous|shame on|shame|unbelievable|can't believe|cannot believe|i give up|why on earth|why the hell|why the fuck|seriously why|no wonder|pain in the ass|horrible experience|deal breaker|makes no sense|doesn't make any sense|does not make any sense|this is insane|this is ridiculous|not acceptable|fix this already|do your job|hate|hated|hates|hating|pain in the butt|sick of it"],
  // profanity (aimed at a person when a second-person target is near, otherwise mild)
  ["profanity", "swear", 1, "fuck|fucking|fucked|fucker|fuckers|fck|fuk|shit|shitty|bullshit|damn|damned|goddamn|goddamnit|dammit|damnit|crap|crappy|piss|pissed|ass|arse|bitch|bitches|bitching|bollocks|bloody|sucks|screwed|effing|frigging|friggin|suck|sucked|sucking|sucky|shite|fuckery|fugly|darn"],
  // threats
  ["threat", "plain", 1, "or else|you'll regret|you will regret|i will report|i'll report|report you|reported you|ban you|block you|i'll sue|i will sue|sue you|lawyer|lawyers|legal action|i will fork|i'll fork|we will fork|we'll fork|switch to another|unsubscribe|unsubscribed|you'll be sorry|last warning|final warning|i'm warning you|kill you|hurt you|find you|burn it down|boycott|die in a fire|reporting you"],
  // absolutes and certainty
  ["absolute", "plain", 0.5, "obviously|clearly|of course|everyone knows|everybody knows|anyone can see|any fool|it's obvious|it is obvious|always|never|nobody|no one|nothing|everything|everyone|literally|completely|totally|utterly|absolutely|simply|just do|just use|just read|just fix|just look|plainly|undeniably|without a doubt|no doubt|end of story|end of discussion"],
  // dismissal
  ["dismissal", "plain", 1, "who cares|don't care|do not care|couldn't care less|not my problem|not our problem|that's your problem|that is your problem|thats your problem|it's your problem|it is your problem|its your problem|that's your own problem|it's your own problem|sounds like your problem|sounds like a you problem|a you problem|your problem , not mine|your problem not mine|your problem , not ours|your problem not ours|not interested|not going to happen|won't happen|never going to happen|nope|go away|forget it|stop asking|stop complaining|stop whining|whining|whine|complaining|moaning|irrelevant|don't bother|do not bother|nobody asked|no one asked|deal with it|live with it|tough luck|too bad|so what|who asked|no idea what you're talking about|no idea what you are talking about|what are you talking about|stop posting|rant|ranting"],
  // blame in the second person
  ["blame", "plain", 1, "you didn't|you did not|you don't understand|you do not understand|you don't get|you don't know|you have no idea|you never|you always|you broke|you've broken|you have broken|you failed|you fail|you ignored|you ignore|you keep|you refuse|you refused|you clearly|you obviously|you should have|you should've|you could have|your fault|your mistake|because of you|thanks to you|you messed|you screwed|you wasted|you misunderstood|you misread|you can't even|you are wrong|you're wrong|you people|your attitude|your behavior|your behaviour|your arrogance|your incompetence|accuse|accusing|you are not listening|you're not listening|you aren't listening|you don't listen|you do not listen|you aren't following|you are not following|you're not following|your ignorance|lack of basic|you just closed|you don't seem to"],
  // cooling: thanks
  ["thanks", "plain", 1, "thanks|thank you|thank|thx|ty|tyvm|cheers|appreciate|appreciated|appreciates|grateful|gratitude|kudos"],
  // cooling: apology
  ["apology", "plain", 1, "sorry|apologies|apologize|apologise|apologizing|my apologies|my bad|my mistake|my fault|oops|excuse me|pardon|i stand corrected|you're right|you are right|good catch|fair point|fair enough|i was wrong|i misread|i misunderstood"],
  // cooling: hedges
  ["hedge", "plain", 1, "maybe|perhaps|might|possibly|probably|i think|i believe|i guess|i suppose|i feel|imo|imho|in my opinion|it seems|seems like|seems to|it looks like|looks like|not sure|i'm not sure|i wonder|i was wondering|would it|could we|could you|would you|would you mind|what do you think|wdyt|if i understand|if i'm not mistaken|correct me if|unless i'm|i may be wrong|i might be wrong|might be wrong|suggest|suggestion|consider|how about|what about|alternatively|optionally"],
  // cooling: praise
  ["praise", "plain", 1, "great|nice|good job|great job|well done|awesome|excellent|amazing|love this|love it|lgtm|looks good|looks great|looks fine|neat|elegant|beautiful|brilliant|fantastic|wonderful|perfect|impressive|helpful|good work|great work|nice work|nice catch|good idea|great idea|nice idea|good point|great point|makes sense|agreed|props|well written|good stuff"],
];

function parse(groups: Group[]): LexEntry[] {
  const out: LexEntry[] = [];
  for (const [category, rule, strength, phrases] of groups) {
    for (const p of phrases.split("|")) {
      const tokens = p.split(" ").filter((t) => t !== "");
      if (tokens.length) out.push({ tokens, category, rule, strength });
    }
  }
  return out;
}

/** Every lexicon entry. */
export const LEXICON: readonly LexEntry[] = parse(GROUPS);

/** Entries indexed by their first token, longest phrases first. */
export const LEXICON_BY_FIRST: ReadonlyMap<string, LexEntry[]> = (() => {
  const m = new Map<string, LexEntry[]>();
  for (const e of LEXICON) {
    const k = e.tokens[0];
    const list = m.get(k);
    if (list) list.push(e);
    else m.set(k, [e]);
  }
  for (const list of m.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return m;
})();

/** Words that negate what follows in the same clause. Tokens ending in "n't" also negate. */
export const NEGATORS: ReadonlySet<string> = new Set([
  "not", "no", "never", "nor", "hardly", "barely", "without", "nothing", "cannot", "cant", "dont", "doesnt", "isnt", "wasnt", "arent", "wont",
]);

/** Words that point at the reader (second person). */
export const SECOND_PERSON: ReadonlySet<string> = new Set([
  "you", "you're", "youre", "your", "yours", "yourself", "yourselves", "you've", "you'll", "you'd", "u", "ur", "ya", "y'all",
]);

/** Words that point at the writer (first person singular). */
export const FIRST_PERSON: ReadonlySet<string> = new Set([
  "i", "i'm", "im", "me", "my", "myself", "mine", "i've", "i'd", "i'll",
]);

/** Words that introduce a genuine question at the start of a sentence. */
export const QUESTION_STARTS: ReadonlySet<string> = new Set([
  "what", "which", "how", "when", "where", "who", "whom", "whose", "is", "are", "was", "were", "do", "does", "did", "can",
  "could", "would", "should", "will", "shall", "may", "have", "has", "had", "any", "anyone", "isn't", "doesn't",
]);

/** Openers of rhetorical or hostile questions ("why would you ever…", "are you serious?"). */
export const RHETORICAL: readonly string[][] = [
  ["why", "would", "you"], ["why", "would", "anyone"], ["why", "on", "earth"], ["why", "the", "hell"], ["are", "you", "serious"],
  ["are", "you", "kidding"], ["did", "you", "even"], ["do", "you", "even"], ["have", "you", "even"], ["how", "hard", "is"],
  ["how", "hard", "can"], ["how", "many", "times"], ["how", "long", "does"], ["how", "long", "will"], ["what", "is", "wrong"],
  ["what's", "wrong"], ["who", "cares"], ["who", "the", "hell"], ["who", "asked"], ["can't", "you"], ["cannot", "you"],
  ["don't", "you"], ["didn't", "you"], ["is", "it", "too"], ["is", "it", "so"], ["seriously"], ["really"], ["what", "the"],
];

/** Capitalised words that are acronyms, not shouting. */
export const ACRONYMS: ReadonlySet<string> = new Set(
  ("api|apis|ci|cd|cli|ui|ux|url|urls|http|https|json|yaml|xml|html|css|sql|db|id|ids|io|os|pr|prs|lgtm|tl|dr|tldr|ok|okay|imo|imho|" +
    "fyi|afaik|iirc|todo|fixme|wip|nb|ps|aws|gcp|gpu|cpu|ram|ssd|jvm|npm|js|ts|sdk|ide|vm|vms|dns|tcp|udp|ip|ssl|tls|ssh|jwt|" +
    "oauth|utf|ascii|csv|pdf|png|jpg|svg|gif|rfc|faq|readme|license|changelog|mit|gpl|bsd|eol|lts|qa|ci|cve|dos|ddos|xss|csrf|" +
    "rest|crud|orm|mvc|oop|gc|oom|tbd|eta|asap|wtf|omg|lol|pm|am|utc|gmt|usa|us|uk|eu|bug|nan|null|true|false|get|post|put|delete|patch|head")
    .split("|"),
);
