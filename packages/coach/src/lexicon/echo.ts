/**
 * Words for saying the sharer's own words back (`rewrite/echo.ts`): how a clause that
 * names one's feeling opens ("I'm", "I feel"), the softeners between ("so", "proper"),
 * the heavy feelings a clause may name, and the fillers a texted clause ends on ("tbh",
 * "x") that are not said back. Data only, written by this project; lowercase, one apostrophe.
 */

/** How a clause naming one's own feeling opens. */
export const ECHO_LEADS = "i'?m feeling|i am feeling|i'?m getting|i'?m|im|i am|i feel|i felt|i was|i'?ve been|ive been|i get|i got|feeling";

/** Words between the opening and the feeling ("I'm so, so scared"). */
export const ECHO_INTENSIFIERS = "so|really|already|a bit|bit|a little|proper|pretty|quite|very|totally|bloody|absolutely|completely|kind of|kinda|still|just|honestly|more|actually|genuinely|super|too|getting|starting to feel|all";

/**
 * Heavy feelings a clause may name to be said back ("no wonder you're scared you're going
 * to burn out"). Verdicts on oneself ("stupid", "a failure") are left out on purpose:
 * they are never said back as fact.
 */
export const ECHO_FEELINGS = [
  "scared", "terrified", "frightened", "afraid", "petrified", "nervous", "anxious", "worried", "panicking", "panicked", "on edge",
  "dreading", "stressed", "overwhelmed", "exhausted", "drained", "knackered", "shattered", "wrecked", "burnt out", "burned out",
  "sad", "gutted", "heartbroken", "devastated", "crushed", "lonely", "lost", "low", "down", "miserable", "numb", "empty",
  "hurt", "humiliated", "embarrassed", "mortified", "ashamed", "guilty", "jealous", "invisible", "left out", "sick about",
  "angry", "furious", "fuming", "livid", "raging", "frustrated", "fed up", "annoyed", "upset", "disappointed", "gutted",
  "finding it hard", "struggling", "not coping", "dreading", "sick to my stomach", "like crap", "like shit", "awful about",
  "terrible about", "bad about", "freaking out", "in bits", "regretting", "heartsore", "homesick", "scared stiff",
].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");

/** Clauses that carry a feeling in their verb ("I miss just building stuff", "I'm sick of being the sick one"). */
export const ECHO_VERB_LEADS =
  "i (?:didn'?t|did not) know (?:whether|what|how|if)\\b|i (?:really |just |so )?(?:miss (?!you\\b|u\\b|us\\b|ya\\b)|hate (?:that|how|the way|being)\\b|can'?t stop thinking about\\b|don'?t know (?:whether|what|how(?! to (?:say|put|tell you|start|explain))|if)\\b)|don'?t know (?:whether|what to do|how to|if i)\\b|i'?m (?:so |really |just )?(?:sick|tired) of\\b|i'?m not built for\\b|i (?:just )?felt (?:really |so )?(?:small|alone|invisible|about \\w+)\\b";

/** Feelings before "that you…" in a grievance ("I'm frustrated you haven't done the sheet"). */
export const GRIEVANCE_FEELINGS = "frustrated|upset|hurt|annoyed|angry|cross|mad|sad|disappointed|gutted|fed up";

/** Fillers a texted clause ends on, dropped before it is said back. */
export const ECHO_FILLER_END = /[\s,]*(?:\b(?:x+|xx+|tbh|lol|haha+|honestly|even|again|still|anyway|rn|atm|ngl|tho|though|like|and|but|so|just|ok|okay|now|today|tonight|anyway|really|either|too|man|babe|bru|love|hun|yaar|ja|eish)\b|[^\p{L}\p{N}'£$€%&)\s]+)$/iu;

/** How good news opens, said of oneself ("got the job", "passed my test", "sales up 20%"). */
export const NEWS_OPEN =
  /^(?:(?:i|we|just|finally|i just|we just|i finally|we finally|guess what,?|omg,?)\s+)*(?:got|passed|finished|sold|won|landed|aced|smashed|nailed|made|managed|been offered|got offered|qualified|graduated|booked|hit)\b/;

/**
 * A common noun that opens a clipped share without its article ("Bank said no", "App crashed in the
 * lunch rush", "Roofer didn't show"): said back as "the bank", "the app", never with a capital
 * mid-sentence. Coach 9.2 adds the w15 judges' "App", "Roofer", "Superintendent" and their kind.
 */
export const CLIPPED_THING =
  /^(?:Bank|Council|Oven|Boiler|Washer|Car|Van|Landlord|Landlady|Hospital|School|Work|App|Website|Site|Server|Printer|Laptop|Router|Wifi|Fridge|Freezer|Dishwasher|Heating|Roof|Roofer|Plumber|Builder|Electrician|Mechanic|Contractor|Superintendent|Principal|Headteacher|Manager|Boss|Client|Customer|Supplier|Agency|Insurance|Pharmacy|Clinic|Surgery|Nursery|Daycare|Train|Bus|Flight|Ferry|Shop|Restaurant|Delivery|Parcel|Package|Neighbour|Neighbor|Recruiter|Interviewer|Examiner|Inspector|Midwife|Consultant|Specialist|Vet|Dentist|Landline)\b/;

// ── read by `rewrite/echo.ts` ──

/** First and second person swapped, each form with its verb ("I was" → "you were", "you're" → "I'm"). */
export const FLIP: Readonly<Record<string, string>> = {
  "i'm": "you're",
  im: "you're",
  "i am": "you are",
  "i was": "you were",
  "i've": "you've",
  ive: "you've",
  "i'll": "you'll",
  "i'd": "you'd",
  my: "your",
  mine: "yours",
  myself: "yourself",
  me: "you",
  "you're": "I'm",
  "you are": "I am",
  "you were": "I was",
  // "you weren't at my mock trial" said back is "I wasn't", never "I weren't" (round 6's judges).
  "you weren't": "I wasn't",
  "you werent": "I wasnt",
  "u weren't": "I wasn't",
  "u werent": "I wasnt",
  "i wasn't": "you weren't",
  "i wasnt": "you werent",
  "you've": "I've",
  "you'll": "I'll",
  "you'd": "I'd",
  your: "my",
  yours: "mine",
  yourself: "myself",
  ur: "my",
  "u r": "I am",
  // Text-speak and dialect: "u were" is "I was" said back, not "I were".
  "u were": "I was",
  "u was": "I was",
  "u are": "I am",
  "you was": "I was",
};

/** Dialect "me" for "my" before a family word or a place ("at me nans"): said back as "your". */
export const ME_AS_MY =
  /^\s+(?:nan|nans|nan's|nana|nanas|nana's|gran|grans|gran's|granny|mam|mams|mam's|mum|mums|mum's|ma|ma's|da|da's|dad|dads|dad's|sister|brother|auntie|house|mates?|wee)\b/i;

/** Every first- and second-person form `flipPerson` swaps, longest first so "i was" wins over "i". */
export const PERSON =
  /\b(?:you weren't|you werent|u weren't|u werent|i wasn't|i wasnt|u were|u was|u are|you was|i'm|im|i am|i was|i've|ive|i'll|i'd|you're|you are|you were|you've|you'll|you'd|yourself|yours|your|myself|mine|my|me|ur|i|you|u)\b/gi;

/** Before these, "you" is the one doing something ("when you try"); elsewhere it is the object ("about me"). */
export const SUBJECT_VERBS: ReadonlySet<string> = new Set(
  (
    "have haven't had hadn't did didn't do don't does doesn't were weren't are aren't will won't would wouldn't can can't could couldn't " +
    "should shouldn't always never just keep kept go went said say told tell talk forgot left made make brought bring laughed gave took " +
    "know think thought want wanted need get got try tried look looked seem seemed feel felt love hate care mean meant really still even also " +
    "spent spend ignored ignore walked promised lost lose won win came come saw missed moved broke fell"
  ).split(" "),
);

/** After these (a clause start or a conjunction), "you" is the subject of its clause: said back as "I". */
export const SUBJECT_BEFORE = /(?:^|[,;:]\s*|\b(?:and|but|when|that|if|because|cos|so|while|since|until|till|before|after|where|whether|or|than|then|as)\s+)$/i;

/** A clause's end: punctuation, a new line, or a join that starts another thought. */
export const CLAUSE_END =
  /[.!?;:\n\u2014\u2013(]|,\s|\s-\s|\s(?:but|because|cos|cause|though|although|so i|and i|and now|and then|and it|and he|and she|and they|lol|haha|tbh|x+|xx+)\b/;

/** Said back, these would read as the replier's own pitfall ("telling you 'at least you're pregnant'"). */
export const STOCK_PITFALL = /\b(?:at least|calm down|get over it|you should|just relax|everything happens for a reason|same happened to me)\b/i;

/** A share's sentence that opens on what the replier did ("You talk to your mom about our fights"), after an optional address. */
export const GRIEVANCE_OPEN = /^(?:[a-z]+,\s*)?(?:(?:you|u) (?!know\b|guys\b)|you'?ve |you'?re |you were )/;

/** A hurt named before what the replier did ("I'm frustrated you haven't done the sheet"): group 1 is the grievance. */
export const GRIEVANCE_AFTER = new RegExp(
  `\\b(?:${GRIEVANCE_FEELINGS}) (?:that |because |cos )?((?:you|u) (?:haven'?t|didn'?t|don'?t|never|always|keep|forgot|left|said|told|were|laughed|made|brought|talk|went|spent|gave|took)\\b)`,
);

/** "Why do you always…?": said back as "you always…". */
export const ALWAYS_Q = /^why do (?:you|u) (always |never |keep )/;

/** A speech verb shortly before a quote: it is someone's words. */
export const SAID_BEFORE =
  /\b(?:call(?:s|ed)? me|said (?:that )?(?:i|my)|says (?:that )?(?:i|my)|told (?:me|someone|everyone|him|her|them|people|the \w+)(?: that)? (?:i|my)|asked (?:me )?if i|thinks? (?:that )?i)\b[^.!?"\u201c]{0,40}$/;

/** Verbs that tell of something happening, right after the event's subject ("my manager made me…"). */
export const EVENT_VERBS =
  "came|come|wrote|complained|gone|turned|moved|got|had|has|have|was|were|is|are|said|told|made|did|didn'?t|won'?t|can'?t|couldn'?t|wouldn'?t|hasn'?t|haven'?t|missed|lost|broke|forgot|left|took|asked|called|rang|shouted|yelled|cancelled|canceled|fell|crashed|quit|failed|spent|gave|ate|put|started|stopped|went|ended up|found out|found|tore|snapped|blew|cried|won|passed";

/** An event as it opens: who ("my manager", "Liam", "I", "we") and a telling verb right after. */
export const EVENT_OPEN = new RegExp(
  `^(?:(?:my|your|our|ur) [a-z'-]+(?: [a-z'-]+)?|i|we|\\p{Lu}\\p{Ll}+|\\p{Lu}{2,5})(?:'s |\\s(?:(?:just|finally|totally|actually|also|still|literally) )?(?:${EVENT_VERBS})\\b)` +
    // "the big oven's gone", "someone wrote…": a thing or a stranger as the subject only with a verb of something happening, never "was" ("the weather was grim").
    `|^(?:the|one of the) [a-z'-]+(?: [a-z'-]+)?(?:'s (?:gone|broken|died|packed up)|\\s(?:(?:just|finally|also|still) )?(?:${EVENT_VERBS.replace(/\|(?:has|have|was|were|is|are)(?=\|)/g, "")})\\b)|^(?:someone|somebody) (?:${EVENT_VERBS})\\b`,
  "u",
);

/** A texted event with no subject ("got shouted at by a consultant…"): the sharer is the subject. */
export const EVENT_FRAGMENT =
  /^(?:(?:nearly|almost|finally|only) (?:cried|lost|got|missed|fell|broke|crashed|dropped|forgot|burst|walked out|quit|screamed)|got|had|missed|lost|spent|ended up|couldn'?t|can'?t|forgot|broke|failed|burnt|burned|dropped|crashed|woke up|found out|just found out|didn'?t get|been up|sat in)\b/;

/** Capitalised openers that are not names. */
export const NOT_A_NAME =
  /^(?:The|This|That|It|He|She|They|Its|Theirs|So|Just|Today|Tonight|Honestly|Well|Okay|Ok|Guess|Remember|Feels?|Been|Work|There|Here|What|Why|How|When|If|And|But|Also|Still|Sorry|Thanks|Hate|Love|Think|Finally|Nothing|Everyone|Everything|Nobody|Someone|Apparently)\b/;

/** Concern, pride, thanks or love for the replier, or guilt of one's own ("I'm worried about you. You've been quiet…"): no grievance. */
export const CARE_FOR_REPLIER = /\b(?:worried about|proud of|thank(?:s| you)|love) (?:you|u)\b|\bi feel (?:rotten|guilty|bad|awful)\b/;

/** A first- or second-person word: someone's words about the sharer with one ("up myself") do not read back cleanly. */
export const PERSON_WORD = /\b(?:i|me|my|myself|mine|you|your|yourself|u|ur)\b/i;

/** Coach 10.13.2: self-blame said back confirms it ("you were the one who said sell. I'm sorry.", round 12's zero); "I broke the vacuum" is an event, "I broke him" blame. */
export const SELF_BLAME = /^(?:i was the one (?:who|that)|it was me (?:who|that)|it'?s (?:all )?my (?:own )?fault|i (?:broke|ruined|killed|wrecked|failed) (?:him|her|them|us|everything|it all)\b)/i;
