/**
 * Shared building blocks of the reply patterns, as regular-expression source text.
 * Data only. Patterns run on the normal form of `text/normalize.ts`: lowercase, one
 * apostrophe ('), one double quote ("). Texting spellings are part of the data
 * ("u", "ur", "im", "dont").
 */

/** Joins alternatives into a non-capturing group. */
export function alt(words: readonly string[]): string {
  return `(?:${words.join("|")})`;
}

/** Compiles a pattern from source fragments (global, so every match is found). */
export function rx(...parts: string[]): RegExp {
  return new RegExp(parts.join(""), "g");
}

export const YOU = "(?:you|u|ya)";
export const YOURE = "(?:you'?re|you are|ur|u r|youre)";
export const IM = "(?:i'?m|i am|im)";
export const ITS = "(?:it'?s|it is|its)";
export const THATS = "(?:that'?s|that is|thats|this is|it'?s|its|it is)";
export const DONT = "(?:don'?t|do not|dont)";
/** Softeners that may sit between a verb and its object: "so", "really", "just". */
export const ADV = "(?:(?:so+|really|very|super|pretty|quite|incredibly|absolutely|totally|completely|deeply|truly|genuinely|just|such|a bit|kind of|kinda|sort of|extra|way too|too|rather|bloody|fucking|damn)\\s+)*";
/** Openers that may precede an imperative or a question: "oh", "ok", "babe,". */
export const OPENER = "(?:(?:oh|ok|okay|so|well|hi|hello|hey there|honestly|seriously|then|ugh|look|listen|babe|hun|mate|love|hey|and|but|also|i mean|tbh|yeah|yes|no|right|hmm+|lol|haha|ah|aw+|omg|dude|man)[,!.]*\\s+)*";

/**
 * Feeling words a reply can attribute to the sharer or their experience
 * ("you sound exhausted", "that must have felt humiliating"). Naming one is the
 * naming_feeling move.
 */
export const FEELINGS: readonly string[] = [
  // mad
  "angry", "mad", "furious", "livid", "fuming", "frustrat(?:ed|ing)", "annoy(?:ed|ing)", "irritat(?:ed|ing)",
  "infuriat(?:ed|ing)", "maddening", "resentful", "bitter", "fed up", "pissed(?: off)?", "wound up", "cross",
  "exasperat(?:ed|ing)", "aggravat(?:ed|ing)", "betrayed", "disrespected", "jealous", "outraged", "offended",
  "insulting", "patroni[sz]ing", "condescending", "dismissive", "belittl(?:ed|ing)", "undermined", "grumpy",
  // sad
  "sad", "upset(?:ting)?", "hurt(?:ful|ing)?", "lonely", "alone", "isolat(?:ed|ing)", "heartbr(?:oken|eaking)",
  "devastat(?:ed|ing)", "gutted", "gutting", "crushed", "crushing", "disappoint(?:ed|ing)", "discourag(?:ed|ing)",
  "demoralis(?:ed|ing)", "demoraliz(?:ed|ing)", "deflated", "defeated", "miserable", "depress(?:ed|ing)", "low", "down",
  "blue", "hopeless", "helpless", "powerless", "empty", "numb", "heavy-hearted", "grief-stricken", "grieving",
  "exhaust(?:ed|ing)", "drain(?:ed|ing)", "worn out", "tired", "wiped(?: out)?", "knackered", "burn(?:ed|t) out",
  "ashamed", "embarrass(?:ed|ing)", "humiliat(?:ed|ing)", "mortif(?:ied|ying)", "guilty", "small", "invisible",
  "unseen", "unheard", "ignored", "dismissed", "left out", "excluded", "rejected", "unwanted", "unappreciated",
  "unloved", "abandoned", "let down", "painful", "homesick", "regretful", "teary",
  // fear
  "scared", "scary", "afraid", "frighten(?:ed|ing)", "terrif(?:ied|ying)", "anxious", "nervous", "nerve-?wracking",
  "worried", "worrying", "stress(?:ed|ful)", "overwhelm(?:ed|ing)", "panick(?:ed|y)", "uneasy", "unsettl(?:ed|ing)",
  "rattled", "shaken", "shook", "on edge", "tense", "insecure", "vulnerable", "unsafe", "dread(?:ful|ing)?",
  "distress(?:ed|ing)", "alarm(?:ed|ing)", "daunting", "intimidat(?:ed|ing)", "confus(?:ed|ing)", "lost", "stuck",
  "trapped", "torn", "conflicted", "out of your depth", "under pressure", "jittery",
  // glad
  "happy", "proud", "relieved", "excited", "thrilled", "delighted", "overjoyed", "grateful", "elated", "chuffed",
  "ecstatic", "over the moon", "buzzing", "giddy", "hopeful", "joyful", "content", "validated", "seen",
];
export const FEEL = alt(FEELINGS);

/**
 * Words that say the situation is hard without naming a feeling ("that sounds
 * rough"). With "that sounds / must be / is" they make the validation move.
 */
export const EVALUATIONS: readonly string[] = [
  "hard", "rough", "tough", "difficult", "awful", "horrible", "horrid", "terrible", "dreadful", "rubbish", "crap",
  "crappy", "shit", "shitty", "brutal", "harsh", "heavy", "unfair", "unjust", "cruel", "mean", "grim", "bleak",
  "not (?:ok|okay|fair|right|on)", "out of order", "a lot", "so much", "too much", "a lot to (?:carry|deal with|handle|take in)",
  "the worst(?! thing (?:you|to))", "a nightmare", "a big deal", "big", "huge", "intense", "valid", "understandable",
  "completely understandable", "natural", "normal", "real", "wrong", "messed up", "hard work", "no joke", "no fun",
  "sucky", "pants", "grim", "a hard (?:spot|place|one|thing|situation|position|day|week)",
  "such a (?:hard|rough|tough|long) (?:day|week|time|spot|one)", "bummer", "disappointment", "downer", "blow", "gut punch",
  "kick in the teeth", "shock", "loss", "(?:rotten|horrible|awful|crap|rubbish|sinking|lonely|hard|heavy|horrid) (?:feeling|place|spot|thing)", "a (?:rough|tough|long|hard) (?:day|week|time|one)",
];
export const EVAL = alt(EVALUATIONS);

/** Feeling words too ambiguous to show the inner layer in a share ("lost my keys", "down the road"). */
const AMBIGUOUS_IN_SHARE: ReadonlySet<string> = new Set([
  "low", "down", "blue", "small", "wiped(?: out)?", "lost", "stuck", "content", "seen", "cross", "alone", "tired", "mean", "heavy",
  "upset(?:ting)?", "tense", "mad", "shook", "empty", "painful", "scary", "worrying", "stress(?:ed|ful)",
]);
/** Feeling words that show a share opens the inner layer. */
export const SHARE_FEEL = alt(FEELINGS.filter((f) => !AMBIGUOUS_IN_SHARE.has(f)));

/** More feeling words a reply may name, beyond adjectives: nouns and verbs of feeling. */
export const FEELING_EXTRAS: readonly string[] = [
  "hurt", "hurts", "guilt", "fear", "fears", "nerves", "rejection", "disappointment",
  "relief", "heartbreak", "loneliness", "anxiety", "panic", "dread", "frazzled", "freaking out", "freaked out",
  "brushed off", "psyched", "bummed", "a bummer", "swamped", "feel sick", "feeling sick", "broken", "suffocating",
  "(?:felt|feel|feeling|feels) (?:so |really |pretty )?(?:awful|terrible|horrible|bad|rubbish|crap|good|amazing|great|wonderful|weird|off)",
  "seething", "raging", "stressing", "on edge", "fraud feeling", "like a fraud", "unsettled", "out of sorts", "shattered",
  "a shock", "shocked", "shocking", "crushed", "fuming", "worn down", "wiped", "wrecked", "rattled", "spooked", "gutted",
  "beside yourself", "at the end of your rope", "at your wits'? end", "heartsore", "teary", "weepy", "tearful",
  "frightening", "mortifying", "gut-?wrenching", "deflating", "nerve-?racking",
];
// Joy words name a feeling only with "you" ("you must be so proud"), caught by the
// structured patterns; alone ("So proud!") they are the replier's own joy.
const JOY_WORDS: ReadonlySet<string> = new Set(["happy", "proud", "excited", "thrilled", "delighted", "overjoyed", "elated", "chuffed", "ecstatic", "over the moon", "buzzing", "giddy", "joyful", "grateful", "hopeful", "validated"]);
const STRICT_FEELINGS = FEELINGS.filter((f) => !AMBIGUOUS_IN_SHARE.has(f) && !JOY_WORDS.has(f));
/** Feeling words for the broad naming rule (ambiguous everyday words left out). */
export const NAMED_FEEL = alt([...STRICT_FEELINGS, ...FEELING_EXTRAS, "upset(?:ting)?", "tense", "scary", "worrying", "stress(?:ed|ful)", "painful", "tired", "(?:feel(?:ing)?|felt) (?:so |really )?(?:small|low|down|lost|alone|stuck)"]);
